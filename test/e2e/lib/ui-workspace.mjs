// Workspace intelligence on screen, in a window of its own: F12 on `Agent(changelog-scribe)`
// opens changelog-scribe.md at its name (ui-go-to-definition.png); F2 there shows the rename box
// with the agent's name (ui-rename.png), and a new name renames the file on disk and edits the
// other agent (ui-renamed.png); "Agentsmith: Check Workspace" from the command palette fills the
// Problems panel with the problem of a file no editor shows and says what it found
// (ui-check-workspace.png). Selectors are VS Code 1.139.1 internals.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workbenchUrl } from './extension-tests.mjs';
import { QUICK_INPUT, QUICK_INPUT_ROW, quickInputOf } from './quick-input.mjs';
import { openUiChecks } from './ui-checks.mjs';
import { waitForFile } from './wait-for-file.mjs';

const PROBLEM_ROW = '.markers-panel .monaco-list-row';
const CAPTAIN = '.claude/agents/team/release-captain.md';

/**
 * @returns {Promise<Array<{ name: string, ok: boolean, detail?: string }>>}
 */
export async function runUiWorkspace({ context, serverUrl, port, workspaceDir, extensionDir, artifactsDir, timeoutMs = 60_000 }) {
  const { checks, page, shot, step } = await openUiChecks(context, artifactsDir, { escapeOnFailure: true });
  const { quickInput, runCommand } = quickInputOf(page, timeoutMs);
  const activeTab = (fileName) => page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).first();

  try {
    await page.goto(workbenchUrl({ serverUrl, port, folder: workspaceDir, extensionDevelopmentPath: extensionDir }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: timeoutMs });

    const opened = await step(`ui: opens ${CAPTAIN}`, async () => {
      await page.keyboard.press('Control+P');
      await (await quickInput()).fill(CAPTAIN);
      await page.locator(QUICK_INPUT_ROW).first().waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await activeTab('release-captain.md').waitFor({ timeout: timeoutMs });
      // The server of this window answers once the breadcrumbs show Agentsmith's Frontmatter symbol.
      await page.locator('.breadcrumbs-control .monaco-breadcrumb-item').filter({ hasText: 'Frontmatter' }).first().waitFor({ timeout: timeoutMs });
    });
    if (!opened) return checks;

    const defined = await step('ui: F12 on Agent(changelog-scribe) opens the other agent at its name', async () => {
      const line = readFileSync(path.join(workspaceDir, CAPTAIN), 'utf8').split('\n').findIndex((l) => l.startsWith('tools:')) + 1;
      await page.keyboard.press('Control+G');
      await (await quickInput()).fill(`:${line}`);
      await page.locator(QUICK_INPUT_ROW).filter({ hasText: `line ${line}` }).first().waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: timeoutMs });
      await page.keyboard.press('End'); // `tools: …, Agent(changelog-scribe)|`
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft'); // inside `scribe`
      await page.keyboard.press('F12');
      await activeTab('changelog-scribe.md').waitFor({ timeout: timeoutMs });
      // The cursor is at the start of the name: `name: |changelog-scribe`.
      await page.locator('.statusbar-item').filter({ hasText: 'Ln 2, Col 7' }).first().waitFor({ timeout: timeoutMs });
    });
    await shot('ui-go-to-definition.png');

    if (defined) {
      const renaming = await step('ui: F2 on the name opens the rename box with the agent name', async () => {
        await page.keyboard.press('F2');
        const box = page.locator('.rename-box input');
        await box.waitFor({ state: 'visible', timeout: timeoutMs });
        await page.waitForFunction((selector) => document.querySelector(selector)?.value === 'changelog-scribe', '.rename-box input', { timeout: timeoutMs });
        await shot('ui-rename.png');
      });
      if (renaming) {
        await step('ui: a new name renames the file and edits the other agent', async () => {
          await page.keyboard.press('Control+A');
          await page.keyboard.type('notes-scribe');
          await page.keyboard.press('Enter');
          await activeTab('notes-scribe.md').waitFor({ timeout: timeoutMs });
          await waitForFile(path.join(workspaceDir, '.claude', 'agents', 'team', 'notes-scribe.md'), () => true, timeoutMs);
          if (existsSync(path.join(workspaceDir, '.claude', 'agents', 'team', 'changelog-scribe.md'))) throw new Error('changelog-scribe.md is still there');
          await page.locator('.tabs-container .tab').filter({ hasText: 'release-captain.md' }).first().click();
          await page.locator('.monaco-editor .view-line').filter({ hasText: 'Agent(notes-scribe)' }).first().waitFor({ timeout: timeoutMs });
          await page.locator('.monaco-editor .view-line').filter({ hasText: '`notes-scribe` agent' }).first().waitFor({ timeout: timeoutMs });
        });
        await shot('ui-renamed.png');
      }
    }

    await step('ui: Check Workspace lists a closed file\'s problem in the Problems panel', async () => {
      await runCommand('Agentsmith: Check Workspace');
      await page.locator(PROBLEM_ROW).filter({ hasText: 'stale-helper.md' }).first().waitFor({ timeout: timeoutMs });
      await page.locator(PROBLEM_ROW).filter({ hasText: 'triage-bot' }).first().waitFor({ timeout: timeoutMs });
      // The summary, in the notification center (a toast may already have faded).
      await runCommand('Notifications: Show Notifications');
      await page.locator('.notifications-center').filter({ hasText: /Agentsmith checked \d+ agent files: \d+ problems/ }).first().waitFor({ timeout: timeoutMs });
      // The progress notification closes a moment after the check is done.
      await page.locator('.notifications-center .notification-list-item').filter({ hasText: 'checking the agent files' }).first().waitFor({ state: 'detached', timeout: timeoutMs });
    });
    await shot('ui-check-workspace.png');
  } finally {
    await page.close().catch(() => {});
  }
  return checks;
}
