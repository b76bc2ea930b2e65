// Entry point of the suite that runs INSIDE the VS Code extension host (code-server or desktop
// VS Code). Bundled with its mocha by test/e2e/lib/bundle-suite.mjs; VS Code calls run().
import Mocha from 'mocha';
import { registerAuthoringCompletionTests } from './authoring-completion.test';
import { registerAuthoringTests } from './authoring.test';
import { registerCodeActionTests } from './code-actions.test';
import { registerDiagnosticsTests } from './diagnostics.test';
import { registerEditingTests } from './editing.test';
import { registerExtensionTests } from './extension.test';
import { registerOutlineTests } from './outline.test';
import { registerPreviewTests } from './preview.test';
import { registerWorkspaceTests } from './workspace.test';

/** The runner (test/e2e/lib/extension-tests.mjs) reads the counts from this log line. */
const RESULT_MARKER = 'AGENTSMITH_E2E_RESULT';
const START_MARKER = 'AGENTSMITH_E2E_START';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    grep: process.env.AGENTSMITH_E2E_GREP || undefined,
  });
  // The test modules are bundled, not files mocha could load: give them mocha's globals
  // (describe, it, before…) the way mocha does before requiring a file, then register them.
  mocha.suite.emit('pre-require', globalThis, 'agentsmith-e2e-suite', mocha);
  registerExtensionTests();
  registerDiagnosticsTests();
  registerCodeActionTests();
  registerOutlineTests();
  registerEditingTests();
  registerAuthoringTests();
  registerAuthoringCompletionTests();
  registerPreviewTests();
  registerWorkspaceTests();

  console.log(START_MARKER);
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((failureCount) => resolve(failureCount));
    runner.on('end', () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending })}`);
    });
  });
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
