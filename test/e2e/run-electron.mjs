#!/usr/bin/env node
// The same extension-host suite in desktop VS Code, through @vscode/test-electron (a root
// devDependency). For machines with internet access: test-electron downloads VS Code on first
// use (cached in .test-work/vscode-test/). CI and these sandboxes use run.mjs (code-server) instead.
//
//   node test/e2e/run-electron.mjs                         # packages, then tests on stable
//   VSCODE_VERSION=1.82.0 node test/e2e/run-electron.mjs   # the oldest engine we support
//   node test/e2e/run-electron.mjs --vsix agentsmith.vsix --grep outline
// On a Linux box without a display, run it under `xvfb-run -a`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { TEST_USER_SETTINGS } from './lib/code-server.mjs';
import { TEST_WORK_DIR } from './lib/paths.mjs';
import { copyWorkspace, prepareRun } from './lib/prepare-run.mjs';

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string', default: process.env.AGENTSMITH_E2E_VSIX },
    grep: { type: 'string', default: process.env.AGENTSMITH_E2E_GREP },
    keep: { type: 'boolean', default: false },
  },
});
const log = (line) => process.stdout.write(`[e2e-electron] ${line}\n`);

const { runDir, extensionDir, suiteFile } = await prepareRun({ vsix: options.vsix, log });
const workspaceDir = copyWorkspace(path.join(runDir, 'workspace'));
const userDataDir = path.join(runDir, 'user-data');
mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(TEST_USER_SETTINGS, null, 2));

let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    cachePath: path.join(TEST_WORK_DIR, 'vscode-test'),
    extensionDevelopmentPath: extensionDir, // the unpacked .vsix, as in run.mjs
    extensionTestsPath: suiteFile,
    extensionTestsEnv: { AGENTSMITH_E2E_EXTENSION_PATH: extensionDir, ...(options.grep ? { AGENTSMITH_E2E_GREP: options.grep } : {}) },
    launchArgs: [
      workspaceDir,
      '--disable-extensions', // other installed extensions; built-ins and ours still load
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', userDataDir,
      '--extensions-dir', path.join(runDir, 'extensions'),
    ],
  });
} catch (error) {
  log(`failed: ${error?.message ?? error}`);
} finally {
  if (!options.keep) rmSync(runDir, { recursive: true, force: true });
}
log(exitCode === 0 ? 'passed' : 'FAILED');
process.exit(exitCode === 0 ? 0 : 1);
