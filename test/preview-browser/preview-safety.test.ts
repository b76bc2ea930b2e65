/**
 * The preview is safe in a real browser: hostile agent files (raw HTML, event handlers, iframes,
 * `javascript:`/`data:` links, SVG with script, markup in frontmatter values, CSS injection) are
 * rendered by the extension's own pure renderer, loaded in headless Chromium with the page's CSP
 * and our bundled script, updated through the script's message path, and clicked through. Each
 * payload would set `window.__pwned`, open a dialog or make a request to a local "beacon"
 * server; the test asserts that none of that happened, that the only requests were the page,
 * its stylesheet and its script, that our nonce script did run (a positive control), and that
 * the CSP meta tag is the one `contentSecurityPolicy` builds. A last test injects markup past
 * the renderer to show the CSP alone blocks it too.
 *
 *   npm run test:preview-browser      (needs Debian's chromium: apt-get install chromium)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { classifyLink } from '../../client/src/preview/link-policy';
import { contentSecurityPolicy } from '../../client/src/preview/render/render-document';
import { parseWebviewMessage } from '../../client/src/preview/webview-protocol';
import { CHROMIUM, CHROMIUM_ARGS, FIXTURES, type LocalServer, PAGE_INSTRUMENTATION, REPO_ROOT, renderPreview, startBeacon, startPageServer } from './support';

interface PageReport {
  pwned: unknown;
  violations: string[];
  messages: Array<Record<string, unknown>>;
  forbiddenElements: string[];
  handlerAttributes: string[];
  styleAttributes: string[];
  urlAttributes: string[];
  scripts: Array<{ src: string; nonce: string }>;
  csp: string[];
  cspBeforeResources: boolean;
}

/** Reads what the page ended up with; evaluated in the page (a string: the root tsconfig has no DOM types). */
const REPORT = `(() => {
  const all = [...document.querySelectorAll('*')];
  const forbidden = ['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'IMG', 'SVG', 'MATH', 'VIDEO', 'AUDIO', 'FORM', 'BASE', 'STYLE', 'TEMPLATE'];
  const urlAttributes = ['href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'];
  const head = [...document.head.children];
  const cspIndex = head.findIndex((e) => e.matches('meta[http-equiv="Content-Security-Policy"]'));
  const firstResource = head.findIndex((e) => e.matches('link, script, style'));
  return {
    pwned: window.__pwned,
    violations: window.__violations,
    messages: window.__messages,
    forbiddenElements: all.filter((e) => forbidden.includes(e.tagName.toUpperCase())).map((e) => e.outerHTML.slice(0, 120)),
    handlerAttributes: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + '@' + a.name)),
    styleAttributes: all.filter((e) => e.hasAttribute('style')).map((e) => e.outerHTML.slice(0, 120)),
    urlAttributes: all.flatMap((e) => [...e.attributes].filter((a) => urlAttributes.includes(a.name.toLowerCase())).map((a) => e.tagName + ' ' + a.name + '=' + a.value)),
    scripts: [...document.scripts].map((s) => ({ src: s.src, nonce: s.nonce })),
    csp: [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.content),
    cspBeforeResources: cspIndex >= 0 && (firstResource < 0 || cspIndex < firstResource),
  };
})()`;

const CLICKABLE = 'a.md-link, .md-heading, [data-reveal-line], [data-problem], summary';

let browser: Browser;
let beacon: LocalServer;
let pages: Awaited<ReturnType<typeof startPageServer>>;

before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: install it (apt-get install chromium, or bash scripts/e2e-setup.sh)`);
  if (!existsSync(join(REPO_ROOT, 'media', 'preview.js'))) throw new Error('media/preview.js is missing: run `npm run build` first');
  beacon = await startBeacon();
  pages = await startPageServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await pages?.close();
  await beacon?.close();
});

/** Loads `html` as the page, with everything the page does recorded. */
async function openPage(html: string): Promise<{ page: Page; requested: string[]; failed: string[]; dialogs: string[]; close(): Promise<void> }> {
  pages.setPage(html);
  beacon.requests.length = 0;
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  const failed: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(PAGE_INSTRUMENTATION);
  await page.goto(`${pages.origin}/page.html`, { waitUntil: 'load' });
  // Positive control: our script, allowed by the nonce, ran and announced itself.
  await page.waitForFunction('window.__messages.some((m) => m.type === "ready")');
  return { page, requested, failed, dialogs, close: () => context.close() };
}

function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').replaceAll('__BEACON__', `${beacon.origin}/beacon/${name}`);
}

const EXPECTED_REQUESTS = (origin: string) => [`${origin}/page.html`, `${origin}/media/preview.css`, `${origin}/media/preview.js`];

describe('preview in Chromium: hostile agent files', () => {
  const fixtures = readdirSync(FIXTURES).filter((file) => file.endsWith('.md')).sort();

  it('has the fixtures', () => {
    assert.deepEqual(fixtures, ['body-html.md', 'css-injection.md', 'frontmatter-markup.md', 'links.md']);
  });

  for (const fixture of fixtures) {
    it(`${fixture}: nothing runs, nothing is requested, through load, update and clicks`, async () => {
      const rendered = renderPreview(fixtureText(fixture), pages.origin);
      const { page, requested, failed, dialogs, close } = await openPage(rendered.html);
      try {
        // The update path: the host posts the overview and the body chunks; the script applies them.
        await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', version: 2, overview: rendered.update.overview, chunks: rendered.update.chunks })}, window.origin)`);
        await page.waitForFunction('window.__messages.some((m) => m.type === "rendered" && m.version === 2)');

        // Click everything a person could click, and activate the first link and heading by keyboard.
        for (const element of await page.locator(CLICKABLE).all()) await element.click();
        for (const selector of ['a.md-link', '.md-heading']) {
          const first = page.locator(selector).first();
          if ((await first.count()) > 0) {
            await first.focus();
            await page.keyboard.press('Enter');
          }
        }
        await page.waitForLoadState('networkidle');

        const report = (await page.evaluate(REPORT)) as PageReport;
        assert.equal(report.pwned, undefined, 'no payload set window.__pwned');
        assert.deepEqual(dialogs, [], 'no dialog opened');
        assert.deepEqual(beacon.requests, [], 'the beacon server received nothing');
        assert.deepEqual(requested, EXPECTED_REQUESTS(pages.origin), 'the page loaded only itself, its stylesheet and its script');
        assert.deepEqual(failed, []);
        assert.equal(page.url(), `${pages.origin}/page.html`, 'no click navigated');
        assert.equal(page.frames().length, 1, 'no frame was created');
        assert.deepEqual(report.violations, [], 'nothing even tried something the CSP had to block');
        assert.deepEqual(report.forbiddenElements, []);
        assert.deepEqual(report.handlerAttributes, []);
        assert.deepEqual(report.styleAttributes, []);
        assert.deepEqual(report.urlAttributes, [`LINK href=${pages.origin}/media/preview.css`, `SCRIPT src=${pages.origin}/media/preview.js`]);
        assert.deepEqual(report.scripts, [{ src: `${pages.origin}/media/preview.js`, nonce: rendered.resources.nonce }]);
        assert.deepEqual(report.csp, [contentSecurityPolicy(rendered.resources.nonce, pages.origin)], 'exactly our CSP');
        assert.ok(report.cspBeforeResources, 'the CSP comes before any stylesheet or script');

        // Whatever the clicks posted is one of our messages, and links only ones the host may open.
        for (const message of report.messages) {
          assert.ok(parseWebviewMessage(message), `the host accepts ${JSON.stringify(message)}`);
          if (message.type === 'openLink') {
            const target = classifyLink(String(message.href));
            assert.ok(target && target.kind !== 'fragment', `openLink ${String(message.href)} is a web or relative link`);
          }
        }
      } finally {
        await close();
      }
    });
  }

  it('links: only the web, relative and fragment links are links', async () => {
    const rendered = renderPreview(fixtureText('links.md'), pages.origin);
    const hrefs = [...rendered.html.matchAll(/data-href="([^"]*)"/g)].map((match) => match[1]);
    assert.deepEqual(hrefs, [
      `${beacon.origin}/beacon/links.md/web-link`,
      `${beacon.origin}/beacon/links.md/autolink`,
      '../docs/notes.md#part',
      '#you-are-the-link-checker',
    ]);
  });

  it('the CSP alone blocks markup that got past the renderer (defence in depth)', async () => {
    const rendered = renderPreview('---\nname: csp-check\ndescription: Use this agent to check the CSP.\n---\n\nBody.\n', pages.origin);
    const beaconUrl = `${beacon.origin}/beacon/csp`;
    const smuggled = [
      `<script>window.__pwned = 'inline-script'</script>`,
      `<script src="${beaconUrl}/external.js"></script>`,
      `<img src="${beaconUrl}/img" onerror="window.__pwned = 'onerror'">`,
      `<div style="background: url(${beaconUrl}/style-attr)">x</div>`,
      `<style>body { background: url(${beaconUrl}/style-tag) }</style>`,
      `<link rel="stylesheet" href="${beaconUrl}/link.css">`,
      `<iframe src="${beaconUrl}/frame"></iframe>`,
    ].join('\n');
    const html = rendered.html.replace(/(<main [^>]*>)/, `$1\n${smuggled}`);
    assert.notEqual(html, rendered.html);
    const { page, requested, failed, dialogs, close } = await openPage(html);
    try {
      await page.waitForLoadState('networkidle');
      const report = (await page.evaluate(REPORT)) as PageReport;
      assert.equal(report.pwned, undefined, 'no smuggled script or handler ran');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(beacon.requests, [], 'no smuggled element reached the beacon');
      // Chromium reports the smuggled loads as requests that failed: blocked by the CSP.
      const smuggledLoads = requested.filter((url) => !EXPECTED_REQUESTS(pages.origin).includes(url));
      assert.ok(smuggledLoads.length > 0);
      assert.deepEqual(smuggledLoads.map((url) => `${url} csp`).sort(), failed.sort());
      assert.ok(report.violations.length >= 5, `the CSP reported what it blocked: ${report.violations.join(', ')}`);
    } finally {
      await close();
    }
  });
});
