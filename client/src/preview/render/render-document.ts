/**
 * The preview page: a pure function of the agent model and the rendered body chunks (plus the
 * webview's resource locations and a fresh nonce). The page's only script is our bundled
 * `media/preview.js`, allowed by the nonce; its only stylesheet is `media/preview.css`. The
 * Content-Security-Policy allows nothing else: no inline script or style, no event-handler
 * attributes, no images, fonts, frames, forms or connections.
 */
import type { AgentModel } from '../../../../server/src/protocol/messages';
import type { BodyChunk } from './body-renderer';
import { escapeHtml } from './escape';
import type { Markdown } from './markdown';
import { renderCard } from './render-card';
import { renderProblems } from './render-problems';
import { renderSkeleton } from './render-skeleton';

export interface PageResources {
  /** A fresh random value per page (base64 or hex). */
  nonce: string;
  /** `webview.cspSource`: the origin the webview serves extension resources from. */
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  /** Which page this is (the script reports it when it loads), so late reports of replaced pages are ignored. */
  page: number;
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,128}$/;

/** The policy the page declares; tests read it back from the meta tag. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  if (!NONCE.test(nonce)) throw new Error('the preview needs a random nonce of 16 to 128 base64 characters');
  // Source expressions never contain `;` or `,`: keep a malformed one from adding directives.
  const source = cspSource.replace(/[;,\s]+/g, ' ').trim();
  return [
    "default-src 'none'",
    `style-src ${source}`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The part above the body: card, problems, skeleton. Sent again with every update (it is small). */
export function renderOverview(model: AgentModel, md: Markdown): string {
  return `${renderCard(model)}\n${renderProblems(model)}\n${renderSkeleton(model, md)}`;
}

export function renderChunk(chunk: BodyChunk): string {
  return `<div class="md-chunk" data-chunk="${escapeHtml(chunk.id)}" data-line-base="${chunk.line}">${chunk.html}</div>`;
}

export function renderPreviewDocument(model: AgentModel, chunks: readonly BodyChunk[], md: Markdown, resources: PageResources): string {
  const title = `${model.card.name?.text ?? 'Agent'} \u2014 Agentsmith preview`;
  const main = `<div class="overview-area">${renderOverview(model, md)}</div>
<article class="markdown-body" aria-label="Agent instructions">${chunks.map(renderChunk).join('\n')}</article>`;
  return page(title, main, model.version, resources);
}

/** Shown while the first model is on its way, or when there is none (the server is not running). */
export function renderMessageDocument(message: string, resources: PageResources): string {
  return page('Agentsmith preview', `<p class="preview-message">${escapeHtml(message)}</p>`, null, resources);
}

function page(title: string, main: string, version: number | null, resources: PageResources): string {
  const csp = contentSecurityPolicy(resources.nonce, resources.cspSource);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main class="agent-preview" data-version="${version ?? ''}" data-page="${Math.trunc(resources.page)}">
${main}
</main>
<script nonce="${escapeHtml(resources.nonce)}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>
`;
}
