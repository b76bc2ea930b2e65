// `npm run test:editors`: the bundled server in two real non-VS Code editors, over stdio.
// Neovim (headless) and Emacs (batch, eglot) each open a defective agent file under a temp
// workspace's .claude/agents/, wait for our diagnostics, ask for document symbols and a quick
// fix, apply it and wait for the fixed diagnostic to disappear; they write what they saw as
// JSON, and this file asserts on it. Editors come from scripts/editors-setup.sh.
//
//   node --test test/editors/run.mjs        (after npm run build)
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
/** The bundled server; AGENTSMITH_SERVER_JS points the test at another build of it. */
const SERVER = resolve(process.env.AGENTSMITH_SERVER_JS ?? join(REPO, 'dist/server.js'));
const FIXTURE = 'release-notes-writer.md';
/** Rules the fixture breaks on purpose; every editor must show at least these. */
const EXPECTED_CODES = ['phase-tools', 'checklist-item-format', 'invalid-value', 'unknown-tool'];
/** The diagnostic whose quick fix each editor applies (inserts a `**Tools**:` line in Phase 2). */
const FIX_CODE = 'phase-tools';
/** Bound on each wait inside the editor, and on the editor process as a whole. */
const STEP_TIMEOUT_MS = 15000;
const EDITOR_TIMEOUT_MS = 60000;

let workspace;
let agentFile;

before(() => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
  workspace = mkdtempSync(join(os.tmpdir(), 'agentsmith-editors-'));
  mkdirSync(join(workspace, '.claude', 'agents'), { recursive: true });
  agentFile = join(workspace, '.claude', 'agents', FIXTURE);
});

after(() => {
  if (workspace && !process.env.AGENTSMITH_KEEP_EDITOR_WORKSPACE) rmSync(workspace, { recursive: true, force: true });
});

function requireEditor(command, hint) {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  assert.ok(!probe.error && probe.status === 0, `${command} is not installed (${hint}): run scripts/editors-setup.sh`);
  return probe.stdout.split('\n')[0];
}

/** Runs an editor process to its end, killing its own pid if it outlives the bound. */
function runEditor(command, args, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d) => (output = (output + d).slice(-8000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, EDITOR_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: null, timedOut, output: `${output}\n${error.message}` });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, timedOut, output });
    });
  });
}

/** A fresh copy of the fixture for each editor (the quick fix edits the buffer, not the file). */
function freshFixture() {
  copyFileSync(join(HERE, 'fixtures', FIXTURE), agentFile);
  return agentFile;
}

function readResult(file, run, editor) {
  const why = `${editor} exited with ${run.timedOut ? `a timeout after ${EDITOR_TIMEOUT_MS} ms` : `code ${run.code}`}; output tail:\n${run.output.slice(-3000)}`;
  assert.ok(existsSync(file), `${editor} wrote no result. ${why}`);
  const result = JSON.parse(readFileSync(file, 'utf8'));
  if (result.error) {
    const server = result.server_stderr ? `\nserver stderr tail:\n${String(result.server_stderr).slice(-1500)}` : '';
    assert.fail(`${editor} reported an error after steps [${(result.steps ?? []).join(' → ')}]:\n${result.error}${server}\n${why}`);
  }
  if (run.code !== 0) assert.fail(why);
  return result;
}

function symbolNames(symbols, into = []) {
  for (const s of symbols ?? []) {
    into.push(s.name);
    symbolNames(s.children, into);
  }
  return into;
}

/** The assertions both editors share: what a user of either editor must see. */
function assertEditorSawAgentsmith(result) {
  const diagnostics = result.diagnostics ?? [];
  assert.ok(diagnostics.length > 0, 'no diagnostics');
  for (const d of diagnostics) assert.equal(d.source, 'agentsmith', `diagnostic ${JSON.stringify(d)} is not from agentsmith`);
  const codes = new Set(diagnostics.map((d) => d.code));
  for (const code of EXPECTED_CODES) assert.ok(codes.has(code), `expected a ${code} diagnostic; got ${[...codes].join(', ')}`);

  const names = symbolNames(result.symbols);
  assert.ok(names.some((n) => /Three-Phase Specialist Methodology/.test(n)), `no methodology symbol in ${JSON.stringify(names)}`);
  for (const phase of ['Phase 1', 'Phase 2', 'Phase 3']) assert.ok(names.some((n) => n.includes(phase)), `no ${phase} symbol in ${JSON.stringify(names)}`);

  assert.ok(result.code_actions?.some((a) => a.kind === 'quickfix' && a.has_edit), `no quickfix with an edit: ${JSON.stringify(result.code_actions)}`);
  assert.equal(result.tools_lines_after, result.tools_lines_before + 1, `the fix "${result.applied_fix}" did not add a **Tools** line`);
  const after = new Set((result.diagnostics_after_fix ?? []).map((d) => d.code));
  assert.ok(!after.has(FIX_CODE), `${FIX_CODE} still reported after the fix`);
  for (const code of EXPECTED_CODES.filter((c) => c !== FIX_CODE)) assert.ok(after.has(code), `${code} disappeared after an unrelated fix`);
}

function editorEnv(stateDir, outFile) {
  return {
    AGENTSMITH_SERVER: SERVER,
    AGENTSMITH_FILE: freshFixture(),
    AGENTSMITH_ROOT: workspace,
    AGENTSMITH_OUT: outFile,
    AGENTSMITH_FIX_CODE: FIX_CODE,
    AGENTSMITH_TIMEOUT_MS: String(STEP_TIMEOUT_MS),
    // Keep the editors away from the user's config, data and caches.
    HOME: stateDir,
    XDG_CONFIG_HOME: join(stateDir, 'config'),
    XDG_DATA_HOME: join(stateDir, 'data'),
    XDG_STATE_HOME: join(stateDir, 'state'),
    XDG_CACHE_HOME: join(stateDir, 'cache'),
  };
}

describe('the bundled server in other editors', () => {
  test('Neovim: diagnostics, document symbols and a quick fix', async () => {
    const version = requireEditor('nvim', 'Debian package neovim');
    const stateDir = mkdtempSync(join(os.tmpdir(), 'agentsmith-nvim-'));
    try {
      const out = join(stateDir, 'result.json');
      const run = await runEditor('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(HERE, 'check.lua')}`], editorEnv(stateDir, out));
      const result = readResult(out, run, version);
      assertEditorSawAgentsmith(result);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  test('Emacs + eglot: diagnostics via Flymake, document symbols and a quick fix', async () => {
    const version = requireEditor('emacs', 'Debian packages emacs-nox elpa-eglot');
    const stateDir = mkdtempSync(join(os.tmpdir(), 'agentsmith-emacs-'));
    try {
      const out = join(stateDir, 'result.json');
      const run = await runEditor('emacs', ['--batch', '-l', join(HERE, 'check.el')], editorEnv(stateDir, out));
      const result = readResult(out, run, version);
      assertEditorSawAgentsmith(result);
      assert.equal(result.diagnostics_via, 'flymake', 'diagnostics did not reach Flymake');
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
