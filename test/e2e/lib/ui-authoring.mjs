// What a person sees of the authoring features, in the workbench: semantic highlighting on a
// phase heading (Developer: Inspect Editor Tokens and Scopes), the hover on a key, the suggest
// widget on a `model:` value and inside `Agent(`, and "New Agent" driven through its input box
// and quick picks. Screenshots land in artifacts/e2e/ (ui-semantic-tokens.png, ui-hover.png,
// ui-suggest-widget.png, ui-suggest-accepted.png, ui-suggest-agents.png, ui-new-agent-*.png).
// Selectors are VS Code 1.139.1 internals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workbenchUrl } from './extension-tests.mjs';
import { QUICK_INPUT, QUICK_INPUT_ROW, quickInputOf } from './quick-input.mjs';
import { openUiChecks } from './ui-checks.mjs';
import { waitForFile } from './wait-for-file.mjs';

const SPECIALIST = '.claude/agents/specialists/api-reviewer.md';

/**
 * @returns {Promise<Array<{ name: string, ok: boolean, detail?: string }>>}
 */
export async function runUiAuthoring({ context, serverUrl, port, workspaceDir, extensionDir, artifactsDir, timeoutMs = 60_000 }) {
  const { checks, page, shot, step } = await openUiChecks(context, artifactsDir, { escapeOnFailure: true });
  /** Waits until the element's CSS animations (the quick input fades in) have finished, for a crisp screenshot. */
  const settled = async (selector) => {
    const element = await page.locator(selector).first().elementHandle({ timeout: timeoutMs });
    await page.waitForFunction((node) => node.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'), element, { timeout: timeoutMs });
  };
  const { quickInput, runCommand } = quickInputOf(page, timeoutMs);
  const openFile = async (relativeFile) => {
    await page.keyboard.press('Control+P');
    await (await quickInput()).fill(relativeFile);
    await page.locator(QUICK_INPUT_ROW).first().waitFor({ timeout: timeoutMs });
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[aria-label*="${path.basename(relativeFile)}"]`).first().waitFor({ timeout: timeoutMs });
  };
  /** Puts the cursor at the start (or end) of the first line that starts with `prefix`. */
  const goToLine = async (relativeFile, prefix, where = 'Home') => {
    const line = readFileSync(path.join(workspaceDir, relativeFile), 'utf8').split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
    if (line < 1) throw new Error(`no line starting with ${prefix} in ${relativeFile}`);
    await page.keyboard.press('Control+G');
    await (await quickInput()).fill(`:${line}`);
    await page.locator(QUICK_INPUT_ROW).filter({ hasText: `line ${line}` }).first().waitFor({ timeout: timeoutMs });
    await page.keyboard.press('Enter');
    await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: timeoutMs });
    await page.keyboard.press(where);
  };

  try {
    await page.goto(workbenchUrl({ serverUrl, port, folder: workspaceDir, extensionDevelopmentPath: extensionDir }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: timeoutMs });

    const opened = await step(`ui: opens ${SPECIALIST}`, () => openFile(SPECIALIST));
    if (!opened) return checks;

    await step('ui: a phase heading carries the agentPhase semantic token', async () => {
      // A new window starts its own server: the breadcrumbs show Agentsmith's symbols once it
      // answers, and only then does the token inspector see Agentsmith's semantic tokens.
      await page.locator('.breadcrumbs-control .monaco-breadcrumb-item').filter({ hasText: 'Agentsmith' }).first().waitFor({ timeout: timeoutMs });
      await goToLine(SPECIALIST, '### Phase 1');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await runCommand('Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.filter({ hasText: 'agentPhase' }).waitFor({ timeout: timeoutMs });
      await widget.filter({ hasText: 'entity.name.type.phase.agentsmith' }).waitFor({ timeout: timeoutMs });
      await shot('ui-semantic-tokens.png');
      await page.keyboard.press('Escape');
    });

    await step('ui: hovering the `model` key shows its documentation', async () => {
      await goToLine(SPECIALIST, 'model:');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await page.locator('.monaco-hover').filter({ hasText: 'claude-opus-4-5' }).first().waitFor({ timeout: timeoutMs });
      await shot('ui-hover.png');
      await page.keyboard.press('Escape');
    });

    await step('ui: the suggest widget offers models for `model:` and Enter accepts one', async () => {
      await goToLine(SPECIALIST, 'model:', 'End');
      await page.keyboard.press('Shift+Control+ArrowLeft'); // select `sonnet`
      await page.keyboard.press('Delete');
      await page.keyboard.press('Control+Space');
      const rows = page.locator('.suggest-widget .monaco-list-row');
      await rows.filter({ hasText: 'opus' }).first().waitFor({ timeout: timeoutMs });
      await rows.filter({ hasText: 'haiku' }).first().waitFor({ timeout: timeoutMs });
      await shot('ui-suggest-widget.png');
      await page.keyboard.type('opu');
      await rows.first().filter({ hasText: 'opus' }).waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line').filter({ hasText: /^model:\s+opus$/ }).first().waitFor({ timeout: timeoutMs });
      await shot('ui-suggest-accepted.png');
    });

    await step('ui: typing `Agent(` in `tools` offers the workspace agents', async () => {
      await goToLine(SPECIALIST, 'model:', 'End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('tools: Read, Agent');
      await page.keyboard.press('Escape'); // whatever the `,` opened: the `(` below must open the list itself
      await page.keyboard.type('(');
      const rows = page.locator('.suggest-widget .monaco-list-row');
      await rows.filter({ hasText: 'release-captain' }).first().waitFor({ timeout: timeoutMs });
      await rows.filter({ hasText: 'perf-tuner' }).first().waitFor({ timeout: timeoutMs });
      await shot('ui-suggest-agents.png');
      await page.keyboard.type('rel');
      await rows.first().filter({ hasText: 'release-captain' }).waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line').filter({ hasText: /^tools:\s+Read,\s+Agent\(release-captain\)?$/ }).first().waitFor({ timeout: timeoutMs });
    });

    await step('ui: New Agent through its input box and quick picks', async () => {
      await runCommand('Agentsmith: New Agent');
      const input = await quickInput();
      await input.fill('Pipeline Doctor');
      await page.locator('.quick-input-message').filter({ hasText: 'pipeline-doctor' }).waitFor({ timeout: timeoutMs });
      await settled(QUICK_INPUT);
      await shot('ui-new-agent-name.png');
      await input.fill('ui-pipeline-doctor');
      await page.locator(`${QUICK_INPUT} .quick-input-message`).filter({ hasText: 'pipeline-doctor' }).waitFor({ state: 'hidden', timeout: timeoutMs });
      await page.keyboard.press('Enter');
      // Each step has its own title; wait for it, or a key meant for the next step lands in the editor.
      const title = (text) => page.locator(`${QUICK_INPUT} .quick-input-title`).filter({ hasText: text }).waitFor({ timeout: timeoutMs });
      await title('New Agent (2/3)');
      await page.locator(QUICK_INPUT_ROW).filter({ hasText: 'workflow-specialist' }).first().waitFor({ timeout: timeoutMs });
      await (await quickInput()).fill('workflow');
      await page.keyboard.press('Enter');
      await title('New Agent (3/3)');
      await page.locator(QUICK_INPUT_ROW).filter({ hasText: /^haiku\s*suggested/ }).first().waitFor({ timeout: timeoutMs });
      await settled(QUICK_INPUT);
      await shot('ui-new-agent-model.png');
      await page.keyboard.press('Enter');
      const tab = page.locator('.tabs-container .tab.active[aria-label*="ui-pipeline-doctor.md"]');
      await tab.first().waitFor({ timeout: timeoutMs });
      await page.locator('.monaco-editor .view-lines').filter({ hasText: 'class: workflow-specialist' }).first().waitFor({ timeout: timeoutMs });
      await shot('ui-new-agent.png');
      // The command saves the file once the snippet is in: wait for its content on disk.
      const file = path.join(workspaceDir, '.claude', 'agents', 'ui-pipeline-doctor.md');
      const expected = ['name: ui-pipeline-doctor', 'class: workflow-specialist', 'model: haiku', '### Phase 2: Release (70%)'];
      await waitForFile(file, (text) => expected.every((line) => text.includes(line)), timeoutMs);
      await page.keyboard.press('Escape'); // leave snippet mode
    });
  } finally {
    await page.close().catch(() => {});
  }
  return checks;
}
