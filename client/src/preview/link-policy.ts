/**
 * Which link targets the preview honours. Pure (no `vscode`), shared by the renderer (a target
 * it rejects is not rendered as a link at all) and by the host (which re-checks every
 * `openLink` message, since a message could come from anything running in the webview).
 *
 * The policy, smallest that serves agent files:
 *   - `#fragment`      scrolls the preview to the heading (inside the webview, no message);
 *   - `http:`/`https:` opened by VS Code outside the editor (`env.openExternal`, which applies
 *                      VS Code's own link protection);
 *   - a relative path  (`docs/x.md`, `../y.md#part`) resolved against the agent file's folder
 *                      and opened in the editor only when it lands inside a workspace folder;
 *   - anything else    (`javascript:`, `data:`, `vbscript:`, `file:`, `command:`, `vscode:`,
 *                      `mailto:`, protocol-relative `//host`, a path whose first segment has a
 *                      `:`) is not a link: its text stays as text.
 */

export type LinkTarget =
  | { kind: 'fragment'; fragment: string }
  | { kind: 'web'; url: string }
  | { kind: 'relative'; path: string; fragment: string };

/** Longer targets are not links (no agent file needs one; a giant one is an attack or junk). */
export const MAX_LINK_LENGTH = 2048;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Control characters and whitespace inside a target are how scheme filters get fooled.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

export function classifyLink(href: string): LinkTarget | undefined {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_LINK_LENGTH) return undefined;
  if (CONTROL_OR_SPACE.test(href) || href.includes('\\')) return undefined;
  if (href.startsWith('#')) return href.length > 1 ? { kind: 'fragment', fragment: href.slice(1) } : undefined;
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') return undefined;
    // `https:evil` without `//` and user-info tricks are not plain web links.
    if (!/^https?:\/\/[^/@\s]+(?:[/?#]|$)/i.test(href)) return undefined;
    return { kind: 'web', url: href };
  }
  if (href.startsWith('//')) return undefined;
  const hash = href.indexOf('#');
  const pathPart = hash < 0 ? href : href.slice(0, hash);
  const query = pathPart.indexOf('?');
  const path = query < 0 ? pathPart : pathPart.slice(0, query);
  // `java%09script:…` and `c:/x` have a colon before the first slash: never a relative path.
  const firstSegment = path.split('/')[0] ?? '';
  if (firstSegment.includes(':') || path === '') return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (CONTROL_OR_SPACE.test(decoded.replace(/ /g, '')) || decoded.includes('\\')) return undefined;
  return { kind: 'relative', path: decoded, fragment: hash < 0 ? '' : href.slice(hash + 1) };
}

/**
 * Resolves a relative link against the agent file's folder (POSIX paths, as URI paths are) and
 * returns the target path when it stays inside one of `roots`; undefined otherwise.
 */
export function resolveInside(fromFile: string, relative: string, roots: readonly string[]): string | undefined {
  const base = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
  const joined = relative.startsWith('/') ? relative : base + relative;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  const target = '/' + parts.join('/');
  const inside = roots.some((root) => {
    const prefix = root.endsWith('/') ? root : root + '/';
    return target.startsWith(prefix);
  });
  return inside ? target : undefined;
}
