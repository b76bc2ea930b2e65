/**
 * The preview's only script (bundled to `media/preview.js`, loaded with the page's nonce).
 * DOM-only: it never builds HTML from the file's text — the host sends HTML that the pure
 * renderer escaped — and it talks to the host only with the messages of `webview-protocol.ts`:
 *   - applies updates (the overview, and body chunks by id, so unchanged chunks keep their DOM
 *     and the scroll position stays where it was);
 *   - follows the editor's scroll position (`scrollToLine`);
 *   - turns clicks on headings, overview items, problems and links into messages.
 * It keeps its scroll line in the webview state, so a preview that was hidden comes back where
 * it was.
 */
import type { ChunkUpdate, HostMessage, WebviewMessage } from '../webview-protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface LineAnchor {
  line: number;
  element: HTMLElement;
}

const vscode = acquireVsCodeApi();
const main = document.querySelector<HTMLElement>('main.agent-preview');
const chunks = new Map<string, HTMLElement>();
let anchors: LineAnchor[] | undefined;

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}


function indexChunks(): void {
  chunks.clear();
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('article.markdown-body > .md-chunk'))) {
    const id = element.dataset.chunk;
    if (id) chunks.set(id, element);
  }
  anchors = undefined;
}

function areas(): { overview: HTMLElement; article: HTMLElement } | undefined {
  if (!main) return undefined;
  let overview = main.querySelector<HTMLElement>(':scope > .overview-area');
  let article = main.querySelector<HTMLElement>(':scope > article.markdown-body');
  if (!overview || !article) {
    // The page showed a message (no model yet): lay out the two areas once.
    overview = document.createElement('div');
    overview.className = 'overview-area';
    article = document.createElement('article');
    article.className = 'markdown-body';
    article.setAttribute('aria-label', 'Agent instructions');
    main.replaceChildren(overview, article);
  }
  return { overview, article };
}

function applyUpdate(version: number, overviewHtml: string, updates: readonly ChunkUpdate[]): void {
  const target = areas();
  if (!target || !main) return;
  const elements: HTMLElement[] = [];
  for (const update of updates) {
    let element = chunks.get(update.id);
    if (update.html !== undefined) {
      element = document.createElement('div');
      element.className = 'md-chunk';
      element.dataset.chunk = update.id;
      element.innerHTML = update.html;
    }
    if (!element) {
      // The host thinks we have a chunk we do not: ask for everything again.
      post({ type: 'resync' });
      return;
    }
    element.dataset.lineBase = String(update.line);
    elements.push(element);
  }
  target.overview.innerHTML = overviewHtml;
  target.article.replaceChildren(...elements);
  main.dataset.version = String(version);
  indexChunks();
  post({ type: 'rendered', version });
}

/** Every element that maps to a source line, in document order, with its absolute line. */
function lineAnchors(): LineAnchor[] {
  if (anchors) return anchors;
  const list: LineAnchor[] = [];
  for (const chunk of chunks.values()) {
    const base = Number(chunk.dataset.lineBase ?? 0);
    list.push({ line: base, element: chunk });
    for (const element of Array.from(chunk.querySelectorAll<HTMLElement>('[data-line]'))) {
      list.push({ line: base + Number(element.dataset.line ?? 0), element });
    }
  }
  anchors = list;
  return list;
}

function scrollToLine(line: number): void {
  const list = lineAnchors();
  if (list.length === 0 || line < list[0]!.line) {
    window.scrollTo(0, 0);
    return;
  }
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.line <= line) lo = mid;
    else hi = mid - 1;
  }
  const before = list[lo]!;
  const after = list.slice(lo + 1).find((anchor) => anchor.line > before.line);
  const top = before.element.getBoundingClientRect().top + window.scrollY;
  let offset = 0;
  if (after) {
    // Between two anchors: move in proportion to the lines in between.
    const nextTop = after.element.getBoundingClientRect().top + window.scrollY;
    offset = ((line - before.line) / (after.line - before.line)) * Math.max(0, nextTop - top);
  }
  window.scrollTo(0, Math.max(0, top + offset - 8));
}

/** The source line at the top of the viewport, for the saved state. */
function topLine(): number | undefined {
  for (const anchor of lineAnchors()) {
    if (anchor.element.getBoundingClientRect().bottom > 0) return anchor.line;
  }
  return undefined;
}

function absoluteLine(element: HTMLElement): number | undefined {
  const chunk = element.closest<HTMLElement>('.md-chunk');
  if (!chunk) return undefined;
  return Number(chunk.dataset.lineBase ?? 0) + Number(element.dataset.line ?? 0);
}

/** GitHub-style heading slugs, computed on demand: the page carries no ids from the file. */
function headingForFragment(fragment: string): HTMLElement | undefined {
  let wanted: string;
  try {
    wanted = decodeURIComponent(fragment).toLowerCase();
  } catch {
    return undefined;
  }
  const seen = new Map<string, number>();
  for (const heading of Array.from(document.querySelectorAll<HTMLElement>('article.markdown-body .md-heading'))) {
    const base = (heading.textContent ?? '').trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    if ((count === 0 ? base : `${base}-${count}`) === wanted) return heading;
  }
  return undefined;
}

function activate(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const problem = target.closest<HTMLElement>('[data-problem]');
  if (problem) {
    post({ type: 'revealProblem', index: Number(problem.dataset.problem) });
    return true;
  }
  const link = target.closest<HTMLElement>('a.md-link');
  if (link) {
    const href = link.dataset.href ?? '';
    if (href.startsWith('#')) headingForFragment(href.slice(1))?.scrollIntoView();
    else if (href !== '') post({ type: 'openLink', href });
    return true;
  }
  const reveal = target.closest<HTMLElement>('[data-reveal-line]');
  if (reveal) {
    post({ type: 'revealLine', line: Number(reveal.dataset.revealLine) });
    return true;
  }
  const heading = target.closest<HTMLElement>('.md-heading');
  const line = heading ? absoluteLine(heading) : undefined;
  if (line !== undefined) {
    post({ type: 'revealLine', line });
    return true;
  }
  return false;
}

document.addEventListener('click', (event) => {
  // Selecting text is not a request to jump to the editor.
  if (!window.getSelection()?.isCollapsed) return;
  if (activate(event.target)) event.preventDefault();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target;
  // Buttons get a click from the browser already.
  if (target instanceof HTMLButtonElement || !(target instanceof HTMLElement) || !target.hasAttribute('tabindex')) return;
  if (activate(target)) event.preventDefault();
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  // Only the frame that hosts us (same origin) speaks for the extension.
  if (event.origin !== window.origin) return;
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'update') applyUpdate(message.version, message.overview, message.chunks);
  else if (message.type === 'scrollToLine') scrollToLine(message.line);
});

let saveScheduled = false;
window.addEventListener('scroll', () => {
  if (saveScheduled) return;
  saveScheduled = true;
  requestAnimationFrame(() => {
    saveScheduled = false;
    vscode.setState({ line: topLine() });
  });
}, { passive: true });

indexChunks();
const saved = vscode.getState() as { line?: unknown } | undefined;
if (typeof saved?.line === 'number') scrollToLine(saved.line);
post({ type: 'ready', page: Number(main?.dataset.page ?? 0) });
