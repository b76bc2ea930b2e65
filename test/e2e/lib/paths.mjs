// Where things are. One place, so the runner, `npm start` and the desktop entry agree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT_DIR = path.resolve(E2E_DIR, '..', '..');
export const TEST_WORK_DIR = path.join(ROOT_DIR, '.test-work');
export const ARTIFACTS_DIR = path.join(ROOT_DIR, 'artifacts', 'e2e');
export const CODE_SERVER_ENTRY = path.join(E2E_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.AGENTSMITH_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The bin dir of Node 24 (installs it on first use, like scripts/e2e-setup.sh does). */
export function node24BinDir() {
  const output = execFileSync('bash', [path.join(ROOT_DIR, 'scripts', 'e2e-node24.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const binDir = output.trim().split('\n').pop() ?? '';
  if (!existsSync(path.join(binDir, 'node'))) throw new Error(`no Node 24 found at ${binDir}`);
  return binDir;
}

/** Fails early with the fix when scripts/e2e-setup.sh has not run. */
export function assertSetupDone() {
  const missing = [CODE_SERVER_ENTRY, CHROMIUM].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}: run scripts/e2e-setup.sh first`);
  }
}
