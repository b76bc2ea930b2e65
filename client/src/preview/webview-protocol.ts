/**
 * The messages between the preview's host (extension) and its webview. Pure: the webview script
 * imports the types, the host imports the validator.
 *
 * The webview runs text from an untrusted file, so the host treats whatever arrives from it as
 * hostile: `parseWebviewMessage` accepts only the shapes below, with exact keys, the right
 * types and sane bounds, and returns undefined for anything else (which the host ignores).
 */

/** Webview → host. */
export type WebviewMessage =
  /** A page loaded (first time, or again after it was hidden): its number from `data-page`. */
  | { type: 'ready'; page: number }
  /** The webview lost track of its body chunks: send the whole render again. */
  | { type: 'resync' }
  /** An update was applied; the DOM now shows this document version. */
  | { type: 'rendered'; version: number }
  /** A heading or overview item was clicked: reveal this 0-based source line. */
  | { type: 'revealLine'; line: number }
  /** A problem was clicked: its index in the `problems.items` of the model last rendered. */
  | { type: 'revealProblem'; index: number }
  /** A link was clicked; the host applies `link-policy.ts` again before opening anything. */
  | { type: 'openLink'; href: string };

export interface ChunkUpdate {
  id: string;
  line: number;
  /** Only for chunks the webview does not have yet. */
  html?: string;
}

/** Host → webview. */
export type HostMessage =
  | { type: 'update'; version: number; overview: string; chunks: ChunkUpdate[] }
  | { type: 'scrollToLine'; line: number };

/** Lines and indexes beyond this are not from any document we render. */
export const MAX_LINE = 10_000_000;
const MAX_HREF = 2048;

const KEYS: Record<WebviewMessage['type'], readonly string[]> = {
  ready: ['type', 'page'],
  resync: ['type'],
  rendered: ['type', 'version'],
  revealLine: ['type', 'line'],
  revealProblem: ['type', 'index'],
  openLink: ['type', 'href'],
};

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LINE;
}

export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const message = raw as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(KEYS, type)) return undefined;
  const keys = Object.keys(message);
  const expected = KEYS[type as WebviewMessage['type']];
  if (keys.length !== expected.length || !keys.every((key) => expected.includes(key))) return undefined;
  switch (type) {
    case 'ready':
      return isIndex(message.page) ? { type, page: message.page } : undefined;
    case 'resync':
      return { type };
    case 'rendered':
      return isIndex(message.version) ? { type, version: message.version } : undefined;
    case 'revealLine':
      return isIndex(message.line) ? { type, line: message.line } : undefined;
    case 'revealProblem':
      return isIndex(message.index) ? { type, index: message.index } : undefined;
    case 'openLink':
      return typeof message.href === 'string' && message.href.length > 0 && message.href.length <= MAX_HREF ? { type, href: message.href } : undefined;
    default:
      return undefined;
  }
}
