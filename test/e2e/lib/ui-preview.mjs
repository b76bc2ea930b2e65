// What a person sees of the agent preview: the editor-title button (our hubot icon) on an agent
// file opens the preview beside it; inside the webview (an iframe in an iframe) the card, the
// three phase slots (one a gap), the checklist count and the problems strip are there; a click
// on a problem count or a body heading moves the editor's cursor there, and scrolling the editor
// scrolls the preview along. Screenshots in the dark,
// light and high-contrast themes land in artifacts/e2e/ (ui-preview-dark.png,
// ui-preview-light.png, ui-preview-high-contrast.png). Selectors are VS Code 1.139.1 internals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workbenchUrl } from './extension-tests.mjs';
import { openUiChecks } from './ui-checks.mjs';

const FILE = '.claude/agents/specialists/perf-tuner.md';
const PREVIEW_BUTTON = '.editor-actions .codicon-hubot';
const QUICK_INPUT_FIELD = '.quick-input-widget input';
const QUICK_INPUT_ROW = '.quick-input-widget .quick-input-list .monaco-list-row';
// VS Code 1.139's default themes (labels as the Color Theme picker shows them).
const THEMES = [
  { name: 'Light 2026', workbenchClass: 'vs', webviewClass: 'vscode-light', screenshot: 'ui-preview-light.png' },
  { name: 'Dark 2026', workbenchClass: 'vs-dark', webviewClass: 'vscode-dark', screenshot: 'ui-preview-dark.png' },
  { name: 'Dark High Contrast', workbenchClass: 'hc-black', webviewClass: 'vscode-high-contrast', screenshot: 'ui-preview-high-contrast.png' },
];

/**
 * @returns {Promise<Array<{ name: string, ok: boolean, detail?: string }>>}
 */
export async function runUiPreview({ context, serverUrl, port, workspaceDir, extensionDir, artifactsDir, timeoutMs = 60_000 }) {
  const { checks, page, shot, step } = await openUiChecks(context, artifactsDir, { escapeOnFailure: true });
  // Picks the quick-input row whose label is exactly `label` (Enter would take the best fuzzy
  // match, which is not always the one meant: "Browse Color Themes in Marketplace").
  const pickRow = (label) => page.locator(QUICK_INPUT_ROW).filter({ has: page.getByText(label, { exact: true }) }).first().click({ timeout: timeoutMs });
  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    await page.locator(QUICK_INPUT_FIELD).waitFor({ state: 'visible', timeout: timeoutMs });
    await page.locator(QUICK_INPUT_FIELD).fill(`>${label}`);
    await pickRow(label);
  };
  const pickTheme = async (theme) => {
    await runCommand('Preferences: Color Theme');
    await page.locator(QUICK_INPUT_ROW).filter({ hasText: THEMES[0].name }).first().waitFor({ timeout: timeoutMs });
    await page.locator(QUICK_INPUT_FIELD).fill(theme.name);
    await pickRow(theme.name);
    await page.locator(`.monaco-workbench.${theme.workbenchClass}`).waitFor({ timeout: timeoutMs });
  };
  // The webview: VS Code's host iframe, then our page in its active frame.
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const text = readFileSync(path.join(workspaceDir, FILE), 'utf8').split('\n');
  const checklistLine = text.findIndex((line) => line.startsWith('## Self-Verification Checklist'));
  // perf-tuner's first warning is phase-missing on the methodology heading.
  const methodologyLine = text.findIndex((line) => line.startsWith('## Three-Phase Specialist Methodology'));
  // Resolves (in the webview) once the element is inside the viewport, checked every frame.
  const untilInView = (element) => new Promise((resolve) => {
    const check = () => {
      const box = element.getBoundingClientRect();
      if (box.top >= 0 && box.bottom <= window.innerHeight) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });

  try {
    await page.goto(workbenchUrl({ serverUrl, port, folder: workspaceDir, extensionDevelopmentPath: extensionDir }));
    const opened = await step('ui preview: the editor-title button opens the preview beside the agent file', async () => {
      await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: timeoutMs });
      await runCommand('View: Close Primary Side Bar');
      // 1.139 opens the (empty, chat disabled) secondary side bar in a new window: room for the preview.
      if (await page.locator('.part.auxiliarybar').isVisible()) await runCommand('View: Toggle Secondary Side Bar Visibility');
      await page.keyboard.press('Control+P');
      await page.locator(QUICK_INPUT_FIELD).waitFor({ state: 'visible', timeout: timeoutMs });
      await page.locator(QUICK_INPUT_FIELD).fill(FILE);
      await page.locator(QUICK_INPUT_ROW).first().waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab[aria-label*="${path.basename(FILE)}"]`).first().waitFor({ timeout: timeoutMs });
      await page.locator(PREVIEW_BUTTON).first().click({ timeout: timeoutMs });
      await preview.locator('.agent-card .agent-name', { hasText: 'perf-tuner' }).waitFor({ timeout: timeoutMs });
    });
    if (!opened) return checks;

    await step('ui preview: the panel shows three phase slots (Phase 2 a gap), the checklist count and the problems', async () => {
      const phases = preview.locator('.phases > li');
      await phases.nth(2).waitFor({ timeout: timeoutMs });
      const count = await phases.count();
      if (count !== 3) throw new Error(`${count} phase slots`);
      const gap = await preview.locator('.phase-missing .phase-number').innerText();
      if (!/phase 2/i.test(gap)) throw new Error(`the gap is "${gap}"`);
      const badge = await preview.locator('.checklist .count-badge').innerText();
      if (!/^\d+ items?$/.test(badge.trim())) throw new Error(`checklist badge "${badge}"`);
      await preview.locator('.problem-count.severity-warning').waitFor({ timeout: timeoutMs });
    });

    await step('ui preview: clicking a problem count moves the editor to the first warning', async () => {
      await preview.locator('.problem-count.severity-warning').click();
      await page.locator('.statusbar-item', { hasText: `Ln ${methodologyLine + 1},` }).first().waitFor({ timeout: timeoutMs });
    });

    await step('ui preview: clicking a body heading moves the editor to its line, and the preview follows the editor', async () => {
      await preview.locator('article.markdown-body .md-heading', { hasText: 'Self-Verification Checklist' }).click();
      await page.locator('.statusbar-item', { hasText: `Ln ${checklistLine + 1},` }).first().waitFor({ timeout: timeoutMs });
      // The editor scrolled to reveal the heading; the preview scrolls along (scrollToLine).
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      await preview.locator('.agent-card').evaluate(untilInView);
      await page.keyboard.press('Control+End');
      await preview.locator('article.markdown-body .md-heading', { hasText: 'Self-Verification Checklist' }).evaluate(untilInView);
    });

    for (const theme of THEMES) {
      await step(`ui preview: ${theme.name} theme`, async () => {
        await pickTheme(theme);
        await preview.locator(`body.${theme.webviewClass} .agent-card`).waitFor({ timeout: timeoutMs });
        // Scroll the editor (and so the preview, which follows it) back to the top for the picture.
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+Home');
        await preview.locator('.agent-card').evaluate(untilInView);
      });
      await shot(theme.screenshot);
    }
  } finally {
    // The theme is a user setting shared by later windows: put the first one (the default here) back.
    await pickTheme(THEMES[0]).catch(() => {});
    await page.close().catch(() => {});
  }
  return checks;
}
