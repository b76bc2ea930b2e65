#!/usr/bin/env node
// `npm run bench`: edit→diagnostics latency, cold start and memory of the bundled server on
// generated agent files of 4.4 KB, 1 MB and 10 MB, side by side in one interleaved run with
//  - the protocol floor (bench/echo-server.mjs: same transport and text sync, no work),
//  - the parse floor (yaml.parseDocument of the frontmatter + one scan of the body, in process),
//  - the core in process (our language service without LSP, each call after a 1 ms idle gap
//    like a keystroke's), to split core time from glue and transport.
// Each file sits under the .claude/agents/ of a temp workspace of its own, so the server really
// checks it (and indexes nothing else), and the diagnostics it reports are asserted against
// expected-diagnostics.mjs.
//
//   npm run bench [-- --strict] [--runs N] [--iterations N] [--sizes 4k,1m,10m] [--cpu-prof]
//                 [--print-diagnostics] [--no-assert] [--server "node other.js --stdio"]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSummary, profileFiles, summarizeProfiles } from './cpu-profile-summary.mjs';
import { EXPECTED_DIAGNOSTICS } from './expected-diagnostics.mjs';
import { DELIBERATE_DEFECTS, SIZES, writeFixtures } from './generate-agents.mjs';
import { coreDiagnoser, loadCore, parseFloor, timeCalls, timeCallsAfterIdle } from './in-process.mjs';
import { LspSession } from './lsp-session.mjs';
import { loadPreview, measurePreview, previewBudgets, renderPreviewTable } from './preview.mjs';
import { checkBudgets, countByCode, printDiagnostics, renderBudgets, renderRequestTable, renderTable, sameCounts, total } from './report.mjs';
import { DEFAULT_REQUEST_ITERATIONS, measureRequests, REQUEST_KINDS, requestPositions } from './requests.mjs';
import { median, ms, summarize } from './stats.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH_DIR, '..');

/** Edits per position per run: enough samples for a stable p50 while staying under ~3 minutes. */
const DEFAULT_ITERATIONS = { '4k': 100, '1m': 30, '10m': 12 };

function parseArgs(argv) {
  const o = { strict: false, runs: 3, iterations: null, sizes: SIZES.map((s) => s.id), cpuProf: false, printDiagnostics: false, assert: true, server: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--strict') o.strict = true;
    else if (a === '--runs') o.runs = Math.max(1, Number(value()));
    else if (a === '--iterations') o.iterations = Math.max(2, Number(value()));
    else if (a === '--sizes') o.sizes = value().split(',').map((s) => s.trim());
    else if (a === '--cpu-prof') o.cpuProf = true;
    else if (a === '--print-diagnostics') o.printDiagnostics = true;
    else if (a === '--no-assert') o.assert = false;
    // Paths in the command are relative to where bench was started; the server runs in the workspace.
    else if (a === '--server') o.server = value().split(/\s+/).filter(Boolean).map((x) => (!x.startsWith('-') && existsSync(x) ? resolve(x) : x));
    else if (a === '-h' || a === '--help') {
      console.log(readHelp());
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (see --help)`);
  }
  const unknown = o.sizes.filter((id) => !SIZES.some((s) => s.id === id));
  if (unknown.length) throw new Error(`unknown size(s) ${unknown.join(', ')}; known: ${SIZES.map((s) => s.id).join(', ')}`);
  return o;
}

function readHelp() {
  return `npm run bench -- [options]
  --strict               exit 1 when a budget fails (diagnostic mismatches always exit 1)
  --runs N               fresh server processes per size and target (default 3)
  --iterations N         edits per position, and completion/hover requests per kind, per run (defaults ${JSON.stringify(DEFAULT_ITERATIONS)}, ${JSON.stringify(DEFAULT_REQUEST_ITERATIONS)})
  --sizes 4k,1m,10m      which files to measure
  --cpu-prof             run the server under --cpu-prof; print where its time went
  --print-diagnostics    print every diagnostic the server reports on open
  --no-assert            do not compare diagnostics with expected-diagnostics.mjs
  --server "<argv>"      another server command instead of node dist/server.js --stdio`;
}


/**
 * The two edit positions: the end of the `description:` line (frontmatter) and the end of the
 * last non-empty line (body). Edits alternate: insert `x`, then delete it again, so the text
 * and the expected diagnostics stay the same and the file never grows.
 */
function editPositions(text) {
  const lines = text.split('\n');
  const fmLine = lines.findIndex((l) => l.startsWith('description:'));
  let bodyLine = lines.length - 1;
  while (bodyLine > 0 && lines[bodyLine].trim() === '') bodyLine--;
  return {
    frontmatter: { line: fmLine, length: lines[fmLine].length },
    body: { line: bodyLine, length: lines[bodyLine].length },
  };
}

function editFor(pos, insert) {
  const at = { line: pos.line, character: pos.length };
  return insert
    ? { range: { start: at, end: at }, text: 'x' }
    : { range: { start: at, end: { line: pos.line, character: pos.length + 1 } }, text: '' };
}

/** The text with an `x` appended at the given positions (for full-sync servers and the core). */
function withX(text, positions) {
  const lines = text.split('\n');
  for (const p of positions) lines[p.line] += 'x';
  return lines.join('\n');
}

/** One server process: start, open, alternate edits in frontmatter and body end, stop. */
async function measureSession({ command, workspace, file, uri, text, positions, iterations, requestIterations, expected, kind }) {
  const session = new LspSession({ command, workspace });
  const r = { coldStartMs: null, openMs: null, rssOpenMB: null, hwmOpenMB: null, rssEndMB: null, edits: { frontmatter: [], body: [] }, mismatches: [], openDiagnostics: null, versioned: true, error: null };
  const check = (label, diagnostics) => {
    const nonOurs = diagnostics.filter((d) => kind === 'server' && d.source !== 'agentsmith');
    if (nonOurs.length) r.mismatches.push(`${label}: ${nonOurs.length} diagnostic(s) without source "agentsmith"`);
    if (!expected) return;
    const got = countByCode(diagnostics);
    if (!sameCounts(got, expected)) r.mismatches.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  };
  try {
    r.coldStartMs = await session.start();
    const sync = session.initializeResult?.capabilities?.textDocumentSync;
    const syncKind = typeof sync === 'number' ? sync : sync?.change ?? 0;
    r.syncKind = syncKind;
    const open = await session.open(uri, text);
    r.openMs = open.ms;
    r.openDiagnostics = open.diagnostics;
    r.versioned &&= open.versioned;
    check('open', open.diagnostics);
    const mem = session.memory();
    r.rssOpenMB = mem.rss;
    r.hwmOpenMB = mem.hwm;
    const fullTexts = new Map();
    const fullText = (fmX, bodyX) => {
      const key = `${fmX}${bodyX}`;
      if (!fullTexts.has(key)) fullTexts.set(key, withX(text, [...(fmX ? [positions.frontmatter] : []), ...(bodyX ? [positions.body] : [])]));
      return fullTexts.get(key);
    };
    for (let i = 0; i < iterations; i++) {
      const insert = i % 2 === 0;
      for (const where of ['frontmatter', 'body']) {
        let res;
        if (syncKind === 1) {
          // Full sync: the state after this edit is "x present" at the positions edited so far.
          const fmX = insert;
          const bodyX = where === 'body' ? insert : !insert;
          res = await session.change(uri, [{ text: fullText(fmX, bodyX) }]);
        } else {
          res = await session.change(uri, [editFor(positions[where], insert)]);
        }
        r.edits[where].push(res.ms);
        r.versioned &&= res.versioned;
        if (i < 2 || i === iterations - 1) check(`edit ${i + 1} (${where})`, res.diagnostics);
      }
    }
    const requests = await measureRequests(session, uri, requestPositions(text), requestIterations, kind === 'server');
    r.requests = requests.samples;
    for (const problem of requests.problems) r.mismatches.push(problem);
    r.rssEndMB = session.memory().rss;
  } catch (error) {
    r.error = String(error?.message ?? error);
  } finally {
    await session.stop();
  }
  return r;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const startedAt = performance.now();
  const serverJs = join(REPO, 'dist/server.js');
  if (!opt.server && !existsSync(serverJs)) {
    console.error('bench: dist/server.js not found: run `npm run build` first.');
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const resultsDir = join(BENCH_DIR, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const profRoot = join(resultsDir, `cpu-prof-${stamp}`);
  const serverCommand = (sizeId) => {
    const prof = opt.cpuProf ? ['--cpu-prof', '--cpu-prof-interval', '100', `--cpu-prof-dir=${join(profRoot, sizeId)}`] : [];
    if (!opt.server) return [process.execPath, ...prof, serverJs, '--stdio'];
    // Profiling another server works when it is started by node.
    const [exe, ...rest] = opt.server;
    return /(^|\/)node(\.exe)?$/.test(exe) ? [exe, ...prof, ...rest] : opt.server;
  };
  const echoCommand = [process.execPath, join(BENCH_DIR, 'echo-server.mjs'), '--stdio'];

  const fixtures = writeFixtures().filter((f) => opt.sizes.includes(f.id));
  const benchRoot = mkdtempSync(join(os.tmpdir(), 'agentsmith-bench-'));

  const { core, reason: coreMissing } = await loadCore(REPO);
  const previewBundle = await loadPreview(REPO);
  if (!core) console.error(`bench: core in-process measurement skipped: ${coreMissing}`);

  const report = {
    meta: {
      date: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      loadavgStart: os.loadavg(),
      runs: opt.runs,
      server: serverCommand('<size>').join(' '),
      echo: echoCommand.join(' '),
      cpuProf: opt.cpuProf,
      deliberateDefects: DELIBERATE_DEFECTS,
    },
    sizes: {},
    budgets: [],
  };
  const failures = [];

  try {
    for (const fx of fixtures) {
      // One workspace per size: the server indexes its workspace, so a 10 MB session must not
      // also index the 1 MB file of the session before it (the echo server indexes nothing).
      const workspace = join(benchRoot, fx.id);
      const agentsDir = join(workspace, '.claude', 'agents');
      mkdirSync(agentsDir, { recursive: true });
      const file = join(agentsDir, `${fx.name}.md`);
      writeFileSync(file, fx.text);
      const uri = pathToFileURL(file).href;
      const positions = editPositions(fx.text);
      const iterations = opt.iterations ?? DEFAULT_ITERATIONS[fx.id];
      const expected = opt.assert ? EXPECTED_DIAGNOSTICS[fx.id] : null;
      if (opt.assert && !expected) failures.push(`${fx.label}: no expected diagnostics pinned in bench/expected-diagnostics.mjs (run with --print-diagnostics, review, pin)`);
      const runs = { server: [], echo: [] };
      const floors = { parse: [], coreFrontmatter: [], coreBody: [] };
      const floorTexts = [fx.text, withX(fx.text, [positions.frontmatter]), withX(fx.text, [positions.body])];
      const floorBudget = { minCalls: 10, minMs: fx.id === '4k' ? 300 : 600 };
      let coreCount = null;
      for (let run = 1; run <= opt.runs; run++) {
        // Alternate who goes first, so drift in machine load hits both alike.
        const order = run % 2 ? ['server', 'echo'] : ['echo', 'server'];
        for (const kind of order) {
          const command = kind === 'server' ? serverCommand(fx.id) : echoCommand;
          const requestIterations = opt.iterations ?? DEFAULT_REQUEST_ITERATIONS[fx.id];
          const r = await measureSession({ command, workspace, file, uri, text: fx.text, positions, iterations, requestIterations, expected: kind === 'server' ? expected : {}, kind });
          runs[kind].push(r);
          const editP50 = median([...r.edits.frontmatter, ...r.edits.body]);
          console.error(`bench: ${fx.label} ${kind} run ${run}/${opt.runs}: cold ${ms(r.coldStartMs)} ms, open→diag ${ms(r.openMs)} ms, edit→diag p50 ${ms(editP50)} ms, RSS ${ms(r.rssOpenMB)} MB${r.error ? `, ERROR ${r.error}` : ''}`);
          if (r.error) failures.push(`${fx.label} ${kind} run ${run}: ${r.error}`);
          for (const m of r.mismatches) failures.push(`${fx.label} ${kind} run ${run}: diagnostics differ from the expected ones: ${m}`);
          if (kind === 'server' && run === 1 && opt.printDiagnostics && r.openDiagnostics) printDiagnostics(fx, r.openDiagnostics);
        }
        floors.parse.push(timeCalls((i) => parseFloor(floorTexts[i % 3]), floorBudget));
        if (core) {
          const path = file.split(os.platform() === 'win32' ? '\\' : '/').join('/');
          const fm = coreDiagnoser(core, { uri: `${uri}#core-fm`, path, texts: [floorTexts[1], fx.text], changes: [editFor(positions.frontmatter, true), editFor(positions.frontmatter, false)] });
          const body = coreDiagnoser(core, { uri: `${uri}#core-body`, path, texts: [floorTexts[2], fx.text], changes: [editFor(positions.body, true), editFor(positions.body, false)] });
          try {
            floors.coreFrontmatter.push(await timeCallsAfterIdle((i) => fm.diagnose(i), floorBudget));
            floors.coreBody.push(await timeCallsAfterIdle((i) => body.diagnose(i), floorBudget));
            coreCount = fm.diagnose(1);
          } catch (error) {
            failures.push(`${fx.label} core in process: ${error?.message ?? error}`);
          }
        }
      }
      if (expected && coreCount != null && coreCount !== total(expected)) failures.push(`${fx.label} core in process: ${coreCount} diagnostics, expected ${total(expected)}`);
      report.sizes[fx.id] = summarizeSize(fx, iterations, runs, floors, coreCount, expected);
      report.sizes[fx.id].preview = await measurePreview({ preview: previewBundle.preview, fixture: fx, serverCommand: opt.server ?? [process.execPath, serverJs, '--stdio'], workspace, file, iterations: opt.iterations ?? undefined });
      if (report.sizes[fx.id].preview.error) failures.push(`${fx.label} preview: ${report.sizes[fx.id].preview.error}`);
    }
  } finally {
    rmSync(benchRoot, { recursive: true, force: true });
  }

  report.budgets = [...checkBudgets(report.sizes), ...previewBudgets(report.sizes)];
  report.meta.loadavgEnd = os.loadavg();
  report.meta.totalSeconds = +((performance.now() - startedAt) / 1000).toFixed(1);

  console.log(renderTable(report));
  console.log('');
  console.log(renderRequestTable(report));
  console.log('');
  console.log(renderPreviewTable(report.sizes));
  console.log('');
  console.log(renderBudgets(report.budgets));

  if (opt.cpuProf) {
    report.cpuProfiles = {};
    for (const fx of fixtures) {
      const dir = join(profRoot, fx.id);
      if (!existsSync(dir)) continue;
      const summary = summarizeProfiles(profileFiles([dir]));
      const versions = opt.runs * (1 + 2 * report.sizes[fx.id].iterations);
      report.cpuProfiles[fx.id] = { dir, versions, totalMs: summary.totalMs, self: summary.self.slice(0, 40), inclusive: summary.inclusive.slice(0, 60) };
      console.log(`\nserver CPU profile, ${fx.label} (${opt.runs} process(es), 1 open + ${2 * report.sizes[fx.id].iterations} edits each; profiling slows the server down, so read proportions):`);
      console.log(formatSummary(summary, 15, versions));
    }
  }

  const out = join(resultsDir, `bench-${stamp}.json`);
  writeFileSync(out, JSON.stringify(report, null, 1));
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(report, null, 1));
  console.log(`\nresults: ${out} (total ${report.meta.totalSeconds} s)`);

  if (failures.length) {
    console.error('\nBENCH FAILED — the measurements above are not trustworthy:');
    for (const f of [...new Set(failures)]) console.error(`  ✗ ${f}`);
    process.exitCode = 1;
  } else if (opt.strict && report.budgets.some((b) => b.result === 'FAIL')) {
    process.exitCode = 1;
  }
  if (core) rmSync(join(REPO, 'bench/fixtures', `core-bundle-${process.pid}.mjs`), { force: true });
  previewBundle.cleanup();
}

function summarizeSize(fx, iterations, runs, floors, coreCount, expected) {
  const target = (rs) => ({
    coldStartMs: median(rs.map((r) => r.coldStartMs)),
    rssOpenMB: median(rs.map((r) => r.rssOpenMB)),
    hwmOpenMB: median(rs.map((r) => r.hwmOpenMB)),
    rssEndMB: median(rs.map((r) => r.rssEndMB)),
    openMs: median(rs.map((r) => r.openMs)),
    editFrontmatter: summarize(rs.flatMap((r) => r.edits.frontmatter)),
    editBody: summarize(rs.flatMap((r) => r.edits.body)),
    requests: Object.fromEntries(REQUEST_KINDS.map(({ id }) => [id, summarize(rs.flatMap((r) => r.requests?.[id] ?? []))])),
    diagnostics: rs[0]?.openDiagnostics ? countByCode(rs[0].openDiagnostics) : null,
    versionedPublish: rs.every((r) => r.versioned),
    syncKind: rs[0]?.syncKind ?? null,
    runs: rs.map(({ openDiagnostics, ...rest }) => rest),
  });
  const inProcess = (list) => (list.length ? { ...summarize(list.flatMap((x) => x.samples)), firstCallMs: median(list.map((x) => x.first)) } : null);
  return {
    label: fx.label,
    bytes: fx.bytes,
    iterations,
    expectedDiagnostics: expected,
    server: target(runs.server),
    echo: target(runs.echo),
    parseFloor: inProcess(floors.parse),
    coreFrontmatter: inProcess(floors.coreFrontmatter),
    coreBody: inProcess(floors.coreBody),
    coreDiagnosticCount: coreCount,
  };
}

main().catch((error) => {
  console.error(`bench: ${error?.stack ?? error}`);
  process.exit(2);
});
