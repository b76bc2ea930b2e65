// The preview's costs, on the same generated agents as the rest of the benchmark:
//  - in process, the extension's own code bundled on the fly (core + pure renderer + markdown-it):
//    the agent model after an edit (the parse and findings the diagnostics share), a full page
//    render with a cold chunk cache (opening the preview), and the update after an edit (what
//    the extension host does per keystroke while the preview is open);
//  - over stdio, the bundled server: the `agentsmith/agentModel` request after an edit, and
//    edit→diagnostics with that request sent right behind every edit (as an open preview does)
//    next to edits without it, in the same process: typing must not get slower.
//
//   node bench/preview.mjs [--sizes 4k,1m] [--iterations N]     (after npm run build)
// run.mjs calls measurePreview() per size and adds previewBudgets() to its budget table.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SIZES, writeFixtures } from './generate-agents.mjs';
import { bundleAndImport, lineStartsOf, timeCalls, timeCallsAfterIdle } from './in-process.mjs';
import { LspSession } from './lsp-session.mjs';
import { markdownTable, ms, summarize } from './stats.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH_DIR, '..');
const AGENT_MODEL_METHOD = 'agentsmith/agentModel';

/** From the issue: rendering a 1 MB agent stays under 100 ms; typing is never blocked. */
export const PREVIEW_RENDER_BUDGET_MS = { size: '1m', maxMs: 100 };
export const DEFAULT_PREVIEW_ITERATIONS = { '4k': 60, '1m': 20, '10m': 6 };

/** Bundles the core and the preview renderer (markdown-it stays a node_modules import). */
export async function loadPreview(repoRoot = REPO) {
  const from = (file) => JSON.stringify(join(repoRoot, file));
  const { module: preview, outfile } = await bundleAndImport(repoRoot, 'preview-bundle', [
    `export { createLanguageService } from ${from('server/src/core/service.ts')};`,
    `export { resolveSettings } from ${from('server/src/core/settings.ts')};`,
    `export { ChunkedBodyRenderer } from ${from('client/src/preview/render/body-renderer.ts')};`,
    `export { createMarkdown } from ${from('client/src/preview/render/markdown.ts')};`,
    `export { renderOverview, renderPreviewDocument } from ${from('client/src/preview/render/render-document.ts')};`,
  ]);
  return { preview, cleanup: () => rmSync(outfile, { force: true }) };
}

/** The last non-empty line: where the rest of the benchmark types in the body. */
function bodyEnd(text) {
  const lines = text.split('\n');
  let line = lines.length - 1;
  while (line > 0 && lines[line].trim() === '') line--;
  return { line, length: lines[line].length };
}

const RESOURCES = { nonce: 'YmVuY2gtbm9uY2UtYmVuY2gtbm9uY2U=', cspSource: 'https://bench.vscode-cdn.net', styleUri: 'https://bench/preview.css', scriptUri: 'https://bench/preview.js', page: 1 };

/** In-process timings of the extension's own preview code for one agent text. */
async function measureInProcess(preview, { text, path, uri }) {
  const at = bodyEnd(text);
  const lines = text.split('\n');
  lines[at.line] += 'x';
  const texts = [text, lines.join('\n')];
  const edits = [
    { range: { start: { line: at.line, character: at.length }, end: { line: at.line, character: at.length + 1 } }, text: '' },
    { range: { start: { line: at.line, character: at.length }, end: { line: at.line, character: at.length } }, text: 'x' },
  ];
  const starts = texts.map(lineStartsOf);
  const service = preview.createLanguageService({ log: () => undefined });
  const settings = preview.resolveSettings({});
  let version = 1;
  const documentAt = (i) => {
    const k = i % 2;
    const v = version++;
    return { uri, path, version: v, getText: () => texts[k], lineStarts: () => starts[k], changesSince: (since) => (since === v - 1 ? [edits[k]] : undefined) };
  };
  const budget = { minCalls: 10, minMs: 600 };
  const model = await timeCallsAfterIdle((i) => service.agentModel(documentAt(i), settings).body.blockStarts.length, budget);
  // The two versions' models, as the extension has them when it renders.
  const models = texts.map((t, k) => service.agentModel({ uri: `${uri}#model-${k}`, path, version: 1, getText: () => t }, settings));
  const bodies = texts.map((t, k) => t.slice(starts[k][models[k].body.startLine] ?? t.length));
  const md = preview.createMarkdown();
  const fullRender = timeCalls((i) => {
    const k = i % 2;
    const chunks = new preview.ChunkedBodyRenderer(md).render(bodies[k], models[k].body.startLine, models[k].body.blockStarts);
    return preview.renderPreviewDocument(models[k], chunks, md, RESOURCES).length;
  }, { minCalls: 8, minMs: 1500 });
  const renderer = new preview.ChunkedBodyRenderer(md);
  const sent = new Set();
  const update = timeCalls((i) => {
    const k = i % 2;
    const chunks = renderer.render(bodies[k], models[k].body.startLine, models[k].body.blockStarts);
    const message = { type: 'update', version: i, overview: preview.renderOverview(models[k], md), chunks: chunks.map((c) => (sent.has(c.id) ? { id: c.id, line: c.line } : { id: c.id, line: c.line, html: c.html })) };
    for (const c of chunks) sent.add(c.id);
    return JSON.stringify(message).length; // postMessage serialises it
  }, { minCalls: 10, minMs: 600 });
  return { model, fullRender, update, chunks: renderer.render(bodies[0], models[0].body.startLine, models[0].body.blockStarts).length };
}

/** Over stdio: the model request after an edit, and edit→diagnostics with and without it. */
async function measureServer({ command, workspace, uri, text, iterations }) {
  const session = new LspSession({ command, workspace });
  const at = bodyEnd(text);
  const result = { request: [], editWithPreview: [], editWithout: [], modelBytes: null, error: null };
  try {
    await session.start();
    await session.open(uri, text);
    let inserted = false;
    const edit = async (withPreview) => {
      const change = inserted
        ? { range: { start: { line: at.line, character: at.length }, end: { line: at.line, character: at.length + 1 } }, text: '' }
        : { range: { start: { line: at.line, character: at.length }, end: { line: at.line, character: at.length } }, text: 'x' };
      inserted = !inserted;
      const version = ++session.docs.version;
      let modelRequest;
      const diagnostics = await session.roundTrip(uri, version, async () => {
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        if (withPreview) {
          const sentAt = performance.now();
          // The preview asks right behind the edit, as its change listener does.
          modelRequest = session.request(AGENT_MODEL_METHOD, { textDocument: { uri } }).then((model) => ({ model, ms: performance.now() - sentAt }));
        }
      });
      (withPreview ? result.editWithPreview : result.editWithout).push(diagnostics.ms);
      if (!modelRequest) return;
      const answer = await modelRequest;
      if (answer.model?.version !== version) throw new Error(`the model answered version ${answer.model?.version}, expected ${version}`);
      result.request.push(answer.ms);
      result.modelBytes ??= JSON.stringify(answer.model).length;
    };
    for (let i = 0; i < iterations; i++) {
      await edit(false);
      await edit(true);
    }
  } catch (error) {
    result.error = String(error?.message ?? error);
  } finally {
    await session.stop();
  }
  return result;
}

/**
 * Everything for one generated agent. `serverCommand` is the bundled server's argv;
 * `workspace`/`file` put the agent where the server checks it (under .claude/agents/).
 */
export async function measurePreview({ preview, fixture, serverCommand, workspace, file, iterations }) {
  const uri = pathToFileURL(file).href;
  const path = file.split('\\').join('/');
  const inProcess = await measureInProcess(preview, { text: fixture.text, path, uri });
  const server = await measureServer({ command: serverCommand, workspace, uri, text: fixture.text, iterations: iterations ?? DEFAULT_PREVIEW_ITERATIONS[fixture.id] });
  const samples = (x) => summarize(x.samples);
  return {
    label: fixture.label,
    bytes: fixture.bytes,
    chunks: inProcess.chunks,
    model: samples(inProcess.model),
    fullRender: { ...samples(inProcess.fullRender), firstCallMs: inProcess.fullRender.first },
    update: samples(inProcess.update),
    request: summarize(server.request),
    editWithPreview: summarize(server.editWithPreview),
    editWithout: summarize(server.editWithout),
    modelBytes: server.modelBytes,
    error: server.error,
  };
}

export function previewBudgets(sizes) {
  const id = PREVIEW_RENDER_BUDGET_MS.size;
  const p = sizes[id]?.preview;
  const label = SIZES.find((s) => s.id === id).label;
  const render = p?.fullRender?.p95 ?? null;
  const budgets = [{
    name: `preview full render p95, ${label} (model → page HTML, markdown-it, cold cache)`,
    limit: `≤ ${PREVIEW_RENDER_BUDGET_MS.maxMs} ms`,
    measured: render == null ? '–' : `${ms(render)} ms`,
    result: !p ? 'SKIPPED' : render == null ? 'FAIL' : render <= PREVIEW_RENDER_BUDGET_MS.maxMs ? 'PASS' : 'FAIL',
  }];
  // Typing is not blocked: with the preview's request behind every edit, edit→diagnostics stays
  // within the edit budget and within 1 ms of the same run's edits without it.
  const withPreview = p?.editWithPreview?.p50 ?? null;
  const without = p?.editWithout?.p50 ?? null;
  budgets.push({
    name: `edit→diag p50 with the preview open, ${label}, body end (vs without, same process)`,
    limit: '≤ without + 1 ms',
    measured: withPreview == null || without == null ? '–' : `${ms(withPreview)} ms vs ${ms(without)} ms`,
    result: !p ? 'SKIPPED' : withPreview == null || without == null ? 'FAIL' : withPreview <= without + 1 ? 'PASS' : 'FAIL',
  });
  return budgets;
}

export function renderPreviewTable(sizes) {
  const rows = [];
  const p = (x) => (x ? `${ms(x.p50)} / ${ms(x.p95)}` : '–');
  for (const s of Object.values(sizes)) {
    const v = s.preview;
    if (!v) continue;
    rows.push([v.label, 'agent model after an edit (in process: parse + findings, shared with the diagnostics)', p(v.model)]);
    rows.push([v.label, `full page render (in process, cold chunk cache; ${v.chunks} chunks)`, p(v.fullRender)]);
    rows.push([v.label, 'update after an edit (in process, warm chunk cache, message serialised)', p(v.update)]);
    rows.push([v.label, `agentsmith/agentModel request after an edit (server over stdio; ${v.modelBytes == null ? '?' : (v.modelBytes / 1024).toFixed(1)} KB)`, p(v.request)]);
    rows.push([v.label, 'edit→diag with the preview\u2019s request behind each edit (server)', p(v.editWithPreview)]);
    rows.push([v.label, 'edit→diag without it, same process (server)', p(v.editWithout)]);
  }
  return [
    'Preview (the extension host renders; the server answers one request per edit):',
    '',
    markdownTable(['file', 'step', 'p50 / p95 ms'], rows),
  ].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const sizeArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '4k,1m';
  const iterations = args.includes('--iterations') ? Number(args[args.indexOf('--iterations') + 1]) : undefined;
  const serverJs = join(REPO, 'dist/server.js');
  if (!existsSync(serverJs)) throw new Error('dist/server.js not found: run `npm run build` first');
  const fixtures = writeFixtures().filter((f) => sizeArg.split(',').includes(f.id));
  const workspace = mkdtempSync(join(os.tmpdir(), 'agentsmith-bench-preview-'));
  const agents = join(workspace, '.claude', 'agents');
  mkdirSync(agents, { recursive: true });
  const { preview, cleanup } = await loadPreview();
  const sizes = {};
  try {
    for (const fixture of fixtures) {
      const file = join(agents, `${fixture.name}.md`);
      writeFileSync(file, fixture.text);
      sizes[fixture.id] = { preview: await measurePreview({ preview, fixture, serverCommand: [process.execPath, serverJs, '--stdio'], workspace, file, iterations }) };
      if (sizes[fixture.id].preview.error) console.error(`bench preview: ${fixture.label}: ${sizes[fixture.id].preview.error}`);
    }
  } finally {
    cleanup();
    rmSync(workspace, { recursive: true, force: true });
  }
  console.log(renderPreviewTable(sizes));
  console.log('');
  console.log(markdownTable(['budget', 'limit', 'measured', 'result'], previewBudgets(sizes).map((b) => [b.name, b.limit, b.measured, b.result])));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`bench preview: ${error?.stack ?? error}`);
    process.exit(2);
  });
}
