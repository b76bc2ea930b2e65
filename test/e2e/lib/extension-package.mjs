// Builds the .vsix exactly as a user would get it and unpacks it, so the tests load what ships
// (a file missing from the package fails the test instead of being found in the source tree).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from './paths.mjs';

export const DEFAULT_VSIX = path.join(ROOT_DIR, 'agentsmith.vsix');

/** `npm run package` in the repository root (build + vsce). Output goes to our stderr. */
export function packageExtension() {
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT_DIR, stdio: ['ignore', 2, 2] });
  if (!existsSync(DEFAULT_VSIX)) throw new Error(`npm run package did not produce ${DEFAULT_VSIX}`);
  return DEFAULT_VSIX;
}

/** Unzips the `extension/` folder of the .vsix into destDir; returns the extension's folder. */
export function unpackVsix(vsixPath, destDir) {
  rmSync(destDir, { recursive: true, force: true });
  mkdirSync(destDir, { recursive: true });
  execFileSync('unzip', ['-q', '-o', vsixPath, 'extension/*', '-d', destDir], { stdio: ['ignore', 2, 2] });
  const extensionDir = path.join(destDir, 'extension');
  if (!existsSync(path.join(extensionDir, 'package.json'))) {
    throw new Error(`${vsixPath} has no extension/package.json`);
  }
  return extensionDir;
}
