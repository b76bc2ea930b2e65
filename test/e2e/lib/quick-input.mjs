// The workbench's quick input (command palette, Quick Open, input boxes and picks), as the UI
// passes drive it. Selectors are VS Code 1.139.1 internals.

export const QUICK_INPUT = '.quick-input-widget';
export const QUICK_INPUT_FIELD = `${QUICK_INPUT} input`;
export const QUICK_INPUT_ROW = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

/**
 * @param {import('playwright-core').Page} page
 * @returns {{ quickInput: () => Promise<import('playwright-core').Locator>, runCommand: (label: string) => Promise<void> }}
 */
export function quickInputOf(page, timeoutMs) {
  /** The input field, once the widget shows. */
  const quickInput = async () => {
    const input = page.locator(QUICK_INPUT_FIELD);
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    return input;
  };
  /** Runs a command by its palette label, once the palette lists it. */
  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    await (await quickInput()).fill(`>${label}`);
    await page.locator(QUICK_INPUT_ROW).filter({ hasText: label }).first().waitFor({ timeout: timeoutMs });
    await page.keyboard.press('Enter');
  };
  return { quickInput, runCommand };
}
