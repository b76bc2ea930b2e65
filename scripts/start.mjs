#!/usr/bin/env node
// `npm start`: try Agentsmith in real VS Code (code-server, in your browser) on examples/.
// Builds and packages the extension, installs the .vsix into a code-server kept under
// .test-work/code-server-start/, serves it on 127.0.0.1:8080 (or $PORT) and waits until Ctrl+C,
// then stops code-server's whole process group.
// Options: --vsix <file> (install that package instead of building one), --folder <dir>.
// Needs scripts/e2e-setup.sh (npm start runs it first).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  TEST_USER_SETTINGS, installExtension, isPortFree, prepareStateDir, startCodeServer,
} from '../test/e2e/lib/code-server.mjs';
import { packageExtension } from '../test/e2e/lib/extension-package.mjs';
import { ROOT_DIR, TEST_WORK_DIR, assertSetupDone, node24BinDir } from '../test/e2e/lib/paths.mjs';

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string' },
    folder: { type: 'string', default: path.join(ROOT_DIR, 'examples') },
  },
});
const log = (line) => process.stdout.write(`[start] ${line}\n`);

async function main() {
  assertSetupDone();
  const node24Bin = node24BinDir();
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT=${process.env.PORT} is not a port`);
  if (!(await isPortFree(port))) throw new Error(`127.0.0.1:${port} is in use; run with PORT=<another port> npm start`);
  const folder = path.resolve(options.folder);
  if (!existsSync(folder)) throw new Error(`${folder} does not exist`);

  let vsixPath = options.vsix && path.resolve(options.vsix);
  if (!vsixPath) {
    log('npm run package …');
    vsixPath = packageExtension();
  }

  // Kept between runs (your layout and settings survive); the extension is reinstalled each time.
  const stateDir = path.join(TEST_WORK_DIR, 'code-server-start');
  const settingsFile = path.join(stateDir, 'user', 'User', 'settings.json');
  const firstRun = !existsSync(settingsFile);
  const dirs = prepareStateDir(stateDir, firstRun ? TEST_USER_SETTINGS : undefined);
  installExtension({ dirs, node24Bin, vsixPath });
  log(`installed ${path.relative(ROOT_DIR, vsixPath)} into ${path.relative(ROOT_DIR, dirs.extensions)}`);

  const server = await startCodeServer({
    dirs, node24Bin, port, openFolder: folder, logFile: path.join(stateDir, 'code-server.log'),
  });
  const url = `${server.url}/?folder=${encodeURI(folder)}`;
  log(`code-server is up. Open ${url}`);
  log(`(log: ${path.relative(ROOT_DIR, path.join(stateDir, 'code-server.log'))}; Ctrl+C to stop)`);

  let stopping = false;
  const stopAndExit = (code) => server.stop().finally(() => process.exit(code));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stopping = true;
      log(`${signal}: stopping code-server`);
      stopAndExit(0);
    });
  }
  const exitCode = await server.exited;
  if (stopping) return; // the signal handler finishes the job
  log(`code-server exited by itself (${exitCode})`);
  await stopAndExit(exitCode === 0 ? 0 : 1);
}

main().catch((error) => {
  log(`error: ${error?.message ?? error}`);
  process.exit(1);
});
