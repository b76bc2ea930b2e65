/**
 * File URIs for files the server finds on disk (the workspace index, skills). The index is
 * keyed by URI, and an open document is keyed by the URI its client sent: the same file under
 * two spellings would be two agents with one name (a false `duplicate-name`). So files on disk
 * get the spelling VS Code uses (`vscode-uri`: everything but `A-Z a-z 0-9 - . _ ~` and `/`
 * percent-encoded, lower-case drive letter), and the index learns any other client's spelling
 * from the URIs it sends (see `UriSpellings`).
 */

const UNRESERVED = /[A-Za-z0-9\-._~]/;

function encodeSegment(segment: string): string {
  let out = '';
  for (const char of segment) out += UNRESERVED.test(char) ? char : encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return out;
}

/** `file:` URI of an absolute path (forward or back slashes), spelled as VS Code spells it. */
export function fileUriOfPath(path: string): string {
  let normalized = path.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(normalized)) normalized = `/${normalized}`;
  const drive = /^\/([A-Za-z]):/.exec(normalized);
  const head = drive ? `/${drive[1].toLowerCase()}%3A` : '';
  const rest = drive ? normalized.slice(3) : normalized;
  return `file://${head}${rest.split('/').map(encodeSegment).join('/')}`;
}

/**
 * Path → the URI a client used for it. A file the client has named (opened, or reported by its
 * file watcher) keeps the client's spelling from then on; others get `fileUriOfPath`.
 */
export class UriSpellings {
  private readonly byPath = new Map<string, string>();

  /** Remembers the client's spelling; returns the spelling it replaces, when different. */
  learn(path: string, uri: string): string | undefined {
    const previous = this.uriOf(path);
    this.byPath.set(path, uri);
    return previous !== uri ? previous : undefined;
  }

  uriOf(path: string): string {
    return this.byPath.get(path) ?? fileUriOfPath(path);
  }

  forget(path: string): void {
    this.byPath.delete(path);
  }
}
