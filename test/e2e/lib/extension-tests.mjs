// Runs the bundled mocha suite INSIDE code-server's extension host. The smoke-test driver
// (`--vscode-option enable-smoke-test-driver`) makes the workbench honour the `payload` query
// parameter; the page then reports through window.codeAutomationLog / codeAutomationExit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

export const RESULT_MARKER = 'AGENTSMITH_E2E_RESULT';
/** Logged by the suite when mocha starts; workbench chatter before it goes to the log file only. */
export const START_MARKER = 'AGENTSMITH_E2E_START';

/** vscode-remote URI of a path on the code-server machine. */
function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
}

export function workbenchUrl({ serverUrl, port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
  const query = new URLSearchParams({ folder });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query}`;
}

/**
 * @returns {Promise<{ exitCode: number, passed: number, failed: number, pending: number, logs: string[] }>}
 */
export async function runExtensionTests({
  context, serverUrl, port, workspaceDir, extensionDir, suiteFile, artifactsDir, timeoutMs = 240_000,
  onLine = (line) => process.stdout.write(`${line}\n`),
}) {
  const page = await context.newPage();
  const logs = [];
  let suiteStarted = false;
  let counts = { passed: 0, failed: 0, pending: 0 };
  let settle;
  const exitCodePromise = new Promise((resolve) => { settle = resolve; });

  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The extension host forwards console calls unformatted (mocha logs '%s%s', indent, title).
    const text = format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) {
      logs.push(`[${type}] ${line}`);
      if (line.includes(START_MARKER)) {
        suiteStarted = true;
        continue;
      }
      const markerAt = line.indexOf(RESULT_MARKER);
      if (markerAt >= 0) {
        try {
          counts = JSON.parse(line.slice(markerAt + RESULT_MARKER.length));
        } catch {
          // A garbled marker leaves the counts at zero; the exit code still decides.
        }
        continue;
      }
      if (suiteStarted) onLine(type === 'error' ? `  ! ${line}` : `  ${line}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
  page.on('pageerror', (error) => logs.push(`[pageerror] ${error.message}`));

  const url = workbenchUrl({
    serverUrl, port, folder: workspaceDir, extensionDevelopmentPath: extensionDir, extensionTestsPath: suiteFile,
  });
  await page.goto(url);

  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const outcome = await Promise.race([exitCodePromise, timedOut]);
  clearTimeout(timer);
  await page.screenshot({ path: path.join(artifactsDir, 'extension-host-suite.png') }).catch(() => {});
  await page.close().catch(() => {});
  writeFileSync(path.join(artifactsDir, 'extension-host-suite.log'), `${logs.join('\n')}\n`);

  if (!suiteStarted) {
    // The suite never got to mocha (bundle failed to load, extension host crashed…): show why.
    onLine('  ! the suite did not start; last workbench log lines:');
    for (const line of logs.slice(-25)) onLine(`    ${line}`);
  }
  if (outcome === 'timeout') {
    onLine(`  ! the extension-host suite did not finish within ${timeoutMs / 1000} s`);
    return { exitCode: 1, ...counts, failed: Math.max(1, counts.failed), logs };
  }
  return { exitCode: outcome, ...counts, logs };
}
