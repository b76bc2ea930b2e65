// What every runner of the suite needs first: the packaged extension unpacked, the suite
// bundled, and a throwaway copy of the fixture workspace (the tests create and edit files).
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { bundleSuite } from './bundle-suite.mjs';
import { packageExtension, unpackVsix } from './extension-package.mjs';
import { E2E_DIR, TEST_WORK_DIR } from './paths.mjs';

export const FIXTURE_WORKSPACE = path.join(E2E_DIR, 'workspace');

export async function prepareRun({ vsix, log }) {
  mkdirSync(TEST_WORK_DIR, { recursive: true });
  const runDir = mkdtempSync(path.join(TEST_WORK_DIR, 'e2e-run-'));
  let vsixPath = vsix && path.resolve(vsix);
  if (!vsixPath) {
    log('npm run package …');
    vsixPath = packageExtension();
  }
  const extensionDir = unpackVsix(vsixPath, path.join(runDir, 'vsix'));
  const suiteFile = await bundleSuite(path.join(runDir, 'suite', 'suite.js'));
  return { runDir, vsixPath, extensionDir, suiteFile };
}

export function copyWorkspace(destination) {
  cpSync(FIXTURE_WORKSPACE, destination, { recursive: true });
  return destination;
}
