// The CLI benchmark: `agentsmith check` against claudelint (`claude-code-lint`, a devDependency)
// on the same 1,000 generated agent files, interleaved in one run, as CI would run them: a fresh
// process per check, the project a committed git checkout.
//
//   npm run bench:cli                                  build, then measure
//   npm run bench:cli -- --files 1000 --runs 7 --strict   (--strict: exit 1 when a budget fails)
//
// Budgets (issue 5): agentsmith's median under 1 s for 1,000 files, and (the goal) at least 2x
// faster than claudelint's median in the same run. Results: a table on stdout, JSON in
// bench/results/ (cli-latest.json and one file per run).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCliProject } from './generate-cli-project.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 && argv[index + 1] !== undefined ? Number(argv[index + 1]) : fallback;
};
const FILES = option('files', 1000);
const RUNS = option('runs', 7);
const STRICT = argv.includes('--strict');
const KEEP = argv.includes('--keep');
const BUDGET_MS = 1000;
const GOAL_RATIO = 2;

const cli = join(root, 'dist', 'cli.js');
const claudelint = join(root, 'node_modules', 'claude-code-lint', 'bin', 'claudelint');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const claudelintVersion = existsSync(claudelint)
  ? JSON.parse(readFileSync(join(root, 'node_modules', 'claude-code-lint', 'package.json'), 'utf8')).version
  : undefined;

if (!existsSync(cli)) {
  console.error('bench/cli.mjs: dist/cli.js is missing; run `npm run build` (npm run bench:cli does)');
  process.exit(1);
}

/** A committed git checkout of the generated project (without git: a plain folder, said below). */
function makeProject(realistic) {
  const dir = mkdtempSync(join(tmpdir(), `agentsmith-cli-bench-${realistic ? 'nested-' : ''}`));
  writeCliProject(dir, { count: FILES, yamlErrors: realistic, nested: realistic });
  let committed = false;
  try {
    const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@agentsmith.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'bench project');
    committed = true;
  } catch {
    // no git: version rules stay silent, as in a folder outside a repository
  }
  return { dir, committed };
}

/** Wall time of one process, plus its CPU time when /usr/bin/time is there to tell. */
function timeOnce(command, args, cwd) {
  const timer = existsSync('/usr/bin/time');
  const started = performance.now();
  const run = timer
    ? spawnSync('/usr/bin/time', ['-f', '\n@cpu %U %S', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - started;
  const cpuMatch = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? '');
  const cpu = cpuMatch ? (Number(cpuMatch[1]) + Number(cpuMatch[2])) * 1000 : undefined;
  return { wall, cpu, status: run.status, stdout: run.stdout ?? '', stderr: (run.stderr ?? '').replace(/\n@cpu [\d. ]+\s*$/, '') };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);

const tools = [
  { id: 'agentsmith', label: `agentsmith ${manifest.version} check`, command: process.execPath, args: [cli, 'check', '--format', 'json'] },
  claudelintVersion && {
    id: 'claudelint',
    label: `claudelint ${claudelintVersion} check-all`,
    command: process.execPath,
    args: [claudelint, 'check-all', '--no-cache', '--no-config'],
  },
].filter(Boolean);

// The timed project: every agent directly in .claude/agents, all YAML parses, so claudelint
// checks the same files as agentsmith.
const project = makeProject(false);
console.log(`CLI benchmark: ${FILES} agent files in ${project.dir}${project.committed ? ' (a committed git checkout)' : ' (no git: not a repository)'}, ${RUNS} runs each, interleaved`);
if (!claudelintVersion) console.log('claudelint (claude-code-lint) is not installed (npm install); only agentsmith is measured');

// What each tool checks on this project, from one run (also the warm-up of the disk cache).
const facts = {};
for (const tool of tools) {
  const run = timeOnce(tool.command, tool.args, project.dir);
  if (tool.id === 'agentsmith') {
    let output;
    try {
      output = JSON.parse(run.stdout);
    } catch {
      console.error(`agentsmith check did not print JSON (exit ${run.status}):\n${run.stderr}`);
      process.exit(1);
    }
    const rules = new Set(output.files.flatMap((file) => file.problems.map((problem) => problem.ruleId)));
    facts[tool.id] = { exit: run.status, files: output.summary.files, problems: output.summary.errors + output.summary.warnings + output.summary.information + output.summary.hints, rules: rules.size };
    if (output.summary.files !== FILES) {
      console.error(`agentsmith checked ${output.summary.files} files, expected ${FILES}`);
      process.exit(1);
    }
  } else {
    const said = run.stdout + run.stderr;
    const checked = /Checked (\d+) files?/.exec(said);
    const problems = /(\d+) problems? \(/.exec(said);
    const failed = /Validator failed/.test(run.stdout + run.stderr);
    facts[tool.id] = { exit: run.status, files: checked ? Number(checked[1]) : undefined, problems: problems ? Number(problems[1]) : undefined, failed };
    if (run.status !== 0 && run.status !== 1) console.log(`claudelint exited with ${run.status}: ${(run.stderr || run.stdout).slice(0, 500)}`);
  }
}

const samples = Object.fromEntries(tools.map((tool) => [tool.id, []]));
let unexpected = 0;
for (let i = 0; i < RUNS; i++) {
  // Alternate the order so neither tool always runs right after the other's disk and CPU use.
  const order = i % 2 === 0 ? tools : [...tools].reverse();
  for (const tool of order) {
    const sample = timeOnce(tool.command, tool.args, project.dir);
    samples[tool.id].push(sample);
    // A run that ends differently from the first one did not do the same work: say so, loudly.
    if (sample.status !== facts[tool.id].exit) {
      unexpected++;
      console.log(`${tool.id} run ${i + 1} exited with ${sample.status}, not ${facts[tool.id].exit}:\n${sample.stdout.slice(0, 400)}\n${sample.stderr.slice(0, 400)}`);
    }
  }
}

// Both tools on a project as people have them: agents in subfolders of .claude/agents, a few
// files whose YAML does not parse. Not timed: what each one checks.
let realistic;
if (claudelintVersion) {
  const other = makeProject(true);
  const ours = JSON.parse(timeOnce(process.execPath, [cli, 'check', '--format', 'json'], other.dir).stdout);
  const theirs = timeOnce(process.execPath, [claudelint, 'check-all', '--no-cache', '--no-config'], other.dir);
  const said = theirs.stdout + theirs.stderr;
  const checked = /Checked (\d+) files? across [^\n]*/.exec(said);
  realistic = {
    nestedFiles: FILES - readdirSync(join(other.dir, '.claude', 'agents')).filter((name) => name.endsWith('.md')).length,
    yamlSyntaxFiles: ours.files.filter((file) => file.problems.some((p) => p.ruleId === 'yaml-syntax')).length,
    agentsmithFiles: ours.summary.files,
    claudelintSummary: checked ? checked[0] : said.trim().split('\n').slice(-2).join(' '),
    claudelintValidatorFailed: /Validator failed/.test(said),
  };
  if (!KEEP) rmSync(other.dir, { recursive: true, force: true });
}

const rows = tools.map((tool) => ({
  tool: tool.label,
  id: tool.id,
  wallMedian: median(samples[tool.id].map((s) => s.wall)),
  wallMin: Math.min(...samples[tool.id].map((s) => s.wall)),
  cpuMedian: median(samples[tool.id].map((s) => s.cpu)),
  ...facts[tool.id],
}));
const ours = rows.find((row) => row.id === 'agentsmith');
const theirs = rows.find((row) => row.id === 'claudelint');
const ratio = theirs ? theirs.wallMedian / ours.wallMedian : undefined;

console.log('');
console.log('| tool | median wall | min wall | median CPU | files checked | problems | exit |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.tool} | ${ms(row.wallMedian)} | ${ms(row.wallMin)} | ${ms(row.cpuMedian)} | ${row.files ?? 'n/a'} | ${row.problems ?? 'n/a'} | ${row.exit} |`);
}
console.log('');
const budget = ours.wallMedian < BUDGET_MS;
console.log(`budget: agentsmith median ${ms(ours.wallMedian)} < ${BUDGET_MS} ms: ${budget ? 'PASS' : 'FAIL'}`);
if (ratio !== undefined) console.log(`goal: claudelint / agentsmith = ${ratio.toFixed(2)}x (goal ≥ ${GOAL_RATIO}x): ${ratio >= GOAL_RATIO ? 'PASS' : 'FAIL'}`);
else console.log('goal: no claudelint to compare with');
if (realistic) {
  console.log(
    `with ${realistic.nestedFiles} agents in subfolders of .claude/agents and ${realistic.yamlSyntaxFiles} files whose YAML does not parse: ` +
      `agentsmith checks ${realistic.agentsmithFiles} files; claudelint says "${realistic.claudelintSummary}"` +
      `${realistic.claudelintValidatorFailed ? ' (its agents validator failed on a YAML error)' : ''}`,
  );
}
console.log('The machine is shared and noisy: compare the rows of one run, not runs.');

const results = {
  date: new Date().toISOString(),
  node: process.version,
  files: FILES,
  runs: RUNS,
  committedCheckout: project.committed,
  rows,
  ratio,
  budgetMs: BUDGET_MS,
  budgetPass: budget,
  goalRatio: GOAL_RATIO,
  goalPass: ratio === undefined ? undefined : ratio >= GOAL_RATIO,
  realistic,
  unexpectedRuns: unexpected,
  samples: Object.fromEntries(Object.entries(samples).map(([id, list]) => [id, list.map(({ wall, cpu, status }) => ({ wall, cpu, status }))])),
};
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'cli-latest.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(resultsDir, `cli-${results.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 2) + '\n');
if (!KEEP) rmSync(project.dir, { recursive: true, force: true });
if (unexpected > 0) {
  console.log(`${unexpected} timed runs ended differently from the first: the figures above are not trustworthy`);
  process.exitCode = 1;
}
if (STRICT && (!budget || (ratio !== undefined && ratio < GOAL_RATIO))) process.exitCode = 1;
