// Starts code-server (VS Code 1.139.1 in the browser) the way the tests and `npm start` need it:
// bound to 127.0.0.1, no auth, every state/cache/temp dir inside one throwaway folder, in its
// own process group so that stopping it also stops the file watcher it forks.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER_ENTRY } from './paths.mjs';

/** Settings for a quiet, predictable workbench; chat off so VS Code adds no AI code actions. */
export const TEST_USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
};

/** A port that was free a moment ago (the OS picks it). */
export async function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port. */
export async function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Lays out the state dir: user data, extensions, XDG dirs, TMPDIR. Writes `userSettings` (when
 * given) as the user and machine settings.
 */
export function prepareStateDir(stateDir, userSettings) {
  const dirs = {
    userData: path.join(stateDir, 'user'),
    extensions: path.join(stateDir, 'ext'),
    xdgConfig: path.join(stateDir, 'xdg', 'config'),
    xdgData: path.join(stateDir, 'xdg', 'data'),
    xdgCache: path.join(stateDir, 'xdg', 'cache'),
    tmp: path.join(stateDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  // code-server keeps user settings on the server; Machine/ holds the remote (machine) scope.
  for (const scope of userSettings ? ['User', 'Machine'] : []) {
    mkdirSync(path.join(dirs.userData, scope), { recursive: true });
    writeFileSync(path.join(dirs.userData, scope, 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  return dirs;
}

function environmentFor(dirs, node24Bin) {
  return {
    ...process.env,
    PATH: `${node24Bin}:${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmp,
    // Don't let a parent session's settings leak in.
    VSCODE_IPC_HOOK_CLI: '',
    PASSWORD: '',
    HASHED_PASSWORD: '',
  };
}

/** `code-server --install-extension x.vsix` into the state dir's extensions folder. */
export function installExtension({ dirs, node24Bin, vsixPath }) {
  return execFileSync(
    path.join(node24Bin, 'node'),
    [CODE_SERVER_ENTRY, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
      '--install-extension', vsixPath, '--force'],
    { env: environmentFor(dirs, node24Bin), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/**
 * Starts code-server and resolves once it listens and /healthz answers.
 * @returns {Promise<{ url: string, port: number, pid: number, stop: () => Promise<void>, exited: Promise<number|null> }>}
 */
export async function startCodeServer({ dirs, node24Bin, port, logFile, smokeTestDriver = false, openFolder }) {
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (openFolder) args.push(openFolder);

  const log = createWriteStream(logFile);
  const child = spawn(path.join(node24Bin, 'node'), args, {
    env: environmentFor(dirs, node24Bin),
    detached: true, // its own process group: we kill the whole group on stop
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let stopped = false;

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Last resort if our process dies without calling stop(): never leave the group running.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    killGroup('SIGKILL'); // children (file watcher, extension host) that outlived the main pid
    log.end();
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, pid: child.pid, stop, exited };
}

/**
 * Resolves when code-server logs that its HTTP server listens (an event, not a poll), then
 * checks /healthz once. Rejects when it exits first or stays silent past the bound.
 */
async function waitForHealth(url, child, exited, timeoutMs = 60_000) {
  await new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen = (seen + chunk).slice(-4096);
      if (/HTTP server listening on/.test(seen)) finish(resolve);
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`code-server did not start listening within ${timeoutMs / 1000} s`))), timeoutMs);
    const finish = (settle) => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      settle();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then((code) => finish(() => reject(new Error(`code-server exited (${code ?? 'signal'}) before it listened`))));
  });
  const response = await fetch(`${url}/healthz`);
  if (!response.ok) throw new Error(`code-server listens but ${url}/healthz answered ${response.status}`);
}
