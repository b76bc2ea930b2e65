#!/usr/bin/env node
// `npm run test:e2e`: the extension as users install it, tested in real VS Code (code-server).
//   1. npm run package → agentsmith.vsix; unzip its extension/ folder.
//   2. Bundle the mocha suite (test/e2e/suite) and copy the fixture workspace (test/e2e/workspace).
//   3. Start code-server with the smoke-test driver; in headless chromium, run the suite inside
//      the extension host with extensionDevelopmentPath = the UNPACKED .vsix.
//   4. A thin UI check: squiggle + Problems panel, with screenshots in artifacts/e2e/.
// Options: --vsix <file> (test that package instead of building one; also AGENTSMITH_E2E_VSIX),
//          --skip-ui, --keep (keep .test-work/e2e-run-*), --grep <text> (mocha grep).
// Needs scripts/e2e-setup.sh once. Exits non-zero on any failure; always stops code-server.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { TEST_USER_SETTINGS, findFreePort, prepareStateDir, startCodeServer } from './lib/code-server.mjs';
import { runExtensionTests } from './lib/extension-tests.mjs';
import { ARTIFACTS_DIR, assertSetupDone, node24BinDir } from './lib/paths.mjs';
import { copyWorkspace, prepareRun } from './lib/prepare-run.mjs';
import { runUiAuthoring } from './lib/ui-authoring.mjs';
import { runUiPreview } from './lib/ui-preview.mjs';
import { runUiSmoke } from './lib/ui-smoke.mjs';
import { runUiWorkspace } from './lib/ui-workspace.mjs';

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string', default: process.env.AGENTSMITH_E2E_VSIX },
    'skip-ui': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    grep: { type: 'string', default: process.env.AGENTSMITH_E2E_GREP },
  },
});

// What the UI check opens, and a piece of text its Problems-panel row must contain.
// A file in a subfolder of .claude/agents gets the `markdown` language id, which VS Code does
// not validate itself: any squiggle there is ours. Problems rows show "agentsmith(code)".
const UI_FILE = '.claude/agents/specialists/perf-tuner.md';
const UI_PROBLEM_TEXT = 'agentsmith';

const log = (line) => process.stdout.write(`[e2e] ${line}\n`);
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const cleanups = [];
let cleaning;
/** Runs the registered cleanups once, last first; every caller waits for the same run. */
function cleanUp() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      await cleanups.pop()().catch((error) => log(`cleanup: ${error.message}`));
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  assertSetupDone();
  const node24Bin = node24BinDir();
  rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const { runDir, vsixPath, extensionDir, suiteFile } = await prepareRun({ vsix: options.vsix, log });
  if (!options.keep) cleanups.push(async () => rmSync(runDir, { recursive: true, force: true }));
  log(`testing ${path.relative(process.cwd(), vsixPath)} unpacked at ${extensionDir} (${seconds()})`);

  // Two copies of the fixtures: the UI check must not reopen the suite window's edited state.
  const workspaceDir = copyWorkspace(path.join(runDir, 'workspace'));
  const uiWorkspaceDir = copyWorkspace(path.join(runDir, 'ui', 'workspace'));
  const authoringWorkspaceDir = copyWorkspace(path.join(runDir, 'ui-authoring', 'workspace'));
  const previewWorkspaceDir = copyWorkspace(path.join(runDir, 'ui-preview', 'workspace'));
  const navigationWorkspaceDir = copyWorkspace(path.join(runDir, 'ui-workspace', 'workspace'));

  const dirs = prepareStateDir(path.join(runDir, 'state'), TEST_USER_SETTINGS);
  // Inherited by code-server and so by the extension host the suite runs in.
  if (options.grep) process.env.AGENTSMITH_E2E_GREP = options.grep;
  process.env.AGENTSMITH_E2E_EXTENSION_PATH = extensionDir;
  const port = await findFreePort();
  const server = await startCodeServer({
    dirs, node24Bin, port, smokeTestDriver: true, logFile: path.join(ARTIFACTS_DIR, 'code-server.log'),
  });
  cleanups.push(server.stop);
  log(`code-server ${server.url} (pid group ${server.pid}) healthy after ${seconds()}`);

  const context = await launchBrowser(path.join(runDir, 'browser'));
  cleanups.push(() => context.close());

  log('extension-host suite:');
  const suite = await runExtensionTests({
    context, serverUrl: server.url, port, workspaceDir, extensionDir, suiteFile, artifactsDir: ARTIFACTS_DIR,
  });
  // A suite that could not even load reports exit 1 with no counts: that is one failure.
  const suiteFailed = suite.exitCode !== 0 ? Math.max(1, suite.failed) : suite.failed;
  log(`extension-host suite: exit ${suite.exitCode}, ${suite.passed} passed, ${suiteFailed} failed, ${suite.pending} pending (${seconds()})`);

  let uiChecks = [];
  if (!options['skip-ui']) {
    uiChecks = await runUiSmoke({
      context, serverUrl: server.url, port, workspaceDir: uiWorkspaceDir, extensionDir,
      relativeFile: UI_FILE, expectedProblemText: UI_PROBLEM_TEXT, artifactsDir: ARTIFACTS_DIR,
    });
    uiChecks.push(...(await runUiAuthoring({
      context, serverUrl: server.url, port, workspaceDir: authoringWorkspaceDir, extensionDir, artifactsDir: ARTIFACTS_DIR,
    })));
    uiChecks.push(...(await runUiPreview({
      context, serverUrl: server.url, port, workspaceDir: previewWorkspaceDir, extensionDir, artifactsDir: ARTIFACTS_DIR,
    })));
    uiChecks.push(...(await runUiWorkspace({
      context, serverUrl: server.url, port, workspaceDir: navigationWorkspaceDir, extensionDir, artifactsDir: ARTIFACTS_DIR,
    })));
    for (const check of uiChecks) log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.detail ? ` — ${check.detail}` : ''}`);
    log(`UI checks done (${seconds()})`);
    log(`screenshots in ${path.relative(process.cwd(), ARTIFACTS_DIR)}/`);
  }
  return {
    passed: suite.passed + uiChecks.filter((check) => check.ok).length,
    failed: suiteFailed + uiChecks.filter((check) => !check.ok).length,
  };
}

let exitCode = 1;
try {
  const { passed, failed } = await main();
  exitCode = failed === 0 && passed > 0 ? 0 : 1;
  log(`stopping code-server and chromium (${seconds()})`);
  await cleanUp();
  log(`finished in ${seconds()}`);
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
} catch (error) {
  log(`error: ${error?.stack ?? error}`);
  await cleanUp();
  process.stdout.write('e2e: 0 passed, 1 failed\n');
}
process.exit(exitCode);
