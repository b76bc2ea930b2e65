// What every UI pass shares: a page, a list of named checks, screenshots, and a `step` that
// records a check's outcome (a failure is recorded with a screenshot, not thrown, so the
// remaining checks still run and the report lists them all).
import path from 'node:path';

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} artifactsDir
 * @param {{ escapeOnFailure?: boolean }} [options] press Escape after a failed step, so an
 *   open widget (quick input, suggest) does not block the next one
 */
export async function openUiChecks(context, artifactsDir, { escapeOnFailure = false } = {}) {
  /** @type {Array<{ name: string, ok: boolean, detail?: string }>} */
  const checks = [];
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: path.join(artifactsDir, name) }).catch(() => {});
  const step = async (name, action) => {
    const startedAt = Date.now();
    try {
      await action();
      checks.push({ name, ok: true, detail: `${((Date.now() - startedAt) / 1000).toFixed(1)} s` });
      return true;
    } catch (error) {
      checks.push({ name, ok: false, detail: String(error?.message ?? error).split('\n')[0] });
      await shot(`failed-${name.replace(/\W+/g, '-')}.png`);
      if (escapeOnFailure) await page.keyboard.press('Escape').catch(() => {});
      return false;
    }
  };
  return { checks, page, shot, step };
}
