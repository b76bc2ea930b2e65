/**
 * What the browser safety test needs: the preview page of an agent file, rendered by the same
 * pure functions the extension uses, served the way a webview serves it (page and media from one
 * origin, named in the CSP as the webview's `cspSource`), and a "beacon" server on another
 * origin standing in for an attacker's: any request it receives is a failure.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ChunkedBodyRenderer } from '../../client/src/preview/render/body-renderer';
import { type PageResources, renderPreviewDocument } from '../../client/src/preview/render/render-document';
import { createLanguageService } from '../../server/src/core/create-service';
import { resolveSettings } from '../../server/src/core/settings';
import type { AgentModel } from '../../server/src/protocol/messages';

/** Repository root, from the compiled file's location (out/test/preview-browser). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'preview-browser', 'fixtures');
export const CHROMIUM = process.env.AGENTSMITH_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** The flags that work for headless Debian chromium here (see test/e2e/lib/browser.mjs). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface RenderedPreview {
  html: string;
  model: AgentModel;
  resources: PageResources;
  /** The overview and chunks as an `update` message would carry them. */
  update: { overview: string; chunks: { id: string; line: number; html: string }[] };
}

/** Renders `text` as the extension does: model from the core, body through the chunked renderer. */
export function renderPreview(text: string, origin: string, filePath = '/ws/.claude/agents/hostile.md'): RenderedPreview {
  const service = createLanguageService({ log: () => undefined });
  const model = service.agentModel({ uri: `file://${filePath}`, version: 1, path: filePath, getText: () => text }, resolveSettings({}));
  const renderer = new ChunkedBodyRenderer();
  const body = text.split('\n').slice(model.body.startLine).join('\n');
  const chunks = renderer.render(body, model.body.startLine, model.body.blockStarts);
  const resources: PageResources = {
    nonce: randomBytes(18).toString('base64'),
    cspSource: origin,
    styleUri: `${origin}/media/preview.css`,
    scriptUri: `${origin}/media/preview.js`,
    page: 1,
  };
  const html = renderPreviewDocument(model, chunks, renderer.md, resources);
  // The overview part of the page, for the update path.
  const overview = /<div class="overview-area">([\s\S]*?)<\/div>\n<article/.exec(html)?.[1] ?? '';
  return { html, model, resources, update: { overview, chunks } };
}

export interface LocalServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** Records every request and answers 204: a hostile payload that reaches it has "phoned home". */
export async function startBeacon(): Promise<LocalServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(204, { 'access-control-allow-origin': '*' });
    response.end();
  });
  const origin = await listen(server);
  return { origin, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Serves `/page.html` (whatever `setPage` last set) and the extension's real `media/` files. */
export async function startPageServer(): Promise<LocalServer & { setPage(html: string): void }> {
  const requests: string[] = [];
  let page = '';
  const media: Record<string, { type: string; body: Buffer }> = {
    '/media/preview.css': { type: 'text/css', body: readFileSync(join(REPO_ROOT, 'media', 'preview.css')) },
    '/media/preview.js': { type: 'text/javascript', body: readFileSync(join(REPO_ROOT, 'media', 'preview.js')) },
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    requests.push(url);
    if (url === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    const file = media[url];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    response.end(file?.body ?? '');
  });
  const origin = await listen(server);
  return {
    origin,
    requests,
    setPage: (html) => {
      page = html;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs in the page before anything else (playwright's init script): the VS Code API stub our
 * script talks to (it records what the script posts), and a record of CSP violations. A hostile
 * payload that ran would have to set `window.__pwned`, make a request or open a dialog.
 */
export const PAGE_INSTRUMENTATION = `
  window.__messages = [];
  window.__violations = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__messages.push(message),
    getState: () => undefined,
    setState: () => undefined,
  });
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));
`;
