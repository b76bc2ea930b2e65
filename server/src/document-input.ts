/**
 * The edge between LSP documents and the language service: URIs become the forward-slash
 * paths the service matches agent folders and globs against, and the host's line index and
 * edit history are handed over so big files are not re-indexed and re-scanned per keystroke.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ChangeLog } from './change-log';
import type { DocumentInput } from './core/service';

/** File-system path (forward slashes) of a `file:` URI; the decoded URI path for other schemes. */
export function pathOfUri(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return uri;
  }
  if (url.protocol === 'file:') {
    try {
      const path = fileURLToPath(url);
      return process.platform === 'win32' ? path.replace(/\\/g, '/') : path;
    } catch {
      // e.g. a UNC-style `file://host/share` URI on a POSIX system: fall through
    }
  }
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** vscode-languageserver-textdocument keeps a line index it updates per edit; not in its types. */
function hostLineIndex(document: TextDocument): number[] | undefined {
  const candidate = (document as unknown as { getLineOffsets?: () => unknown }).getLineOffsets;
  if (typeof candidate !== 'function') return undefined;
  const offsets: unknown = candidate.call(document);
  return Array.isArray(offsets) ? (offsets as number[]) : undefined;
}

/** Offsets where lines start (after `\n`, `\r\n` or a lone `\r`), like the host's index. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (ch === 13 || ch === 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * A snapshot of one version. The TextDocument object itself is updated in place by later
 * edits, so everything is read at creation time or checked against the snapshot's version.
 */
export function toDocumentInput(document: TextDocument, changeLog?: ChangeLog, path = pathOfUri(document.uri)): DocumentInput {
  const { uri, version } = document;
  const text = document.getText();
  const current = (): boolean => document.version === version;
  return {
    uri,
    version,
    path,
    getText: () => text,
    // The host's own array, not a copy (a copy costs megabytes per keystroke on big files).
    // The next edit mutates it in place, but the service only reuses a parse for the same
    // version, and every request reads its document anew, so a stale index is never read.
    lineStarts: () => (current() ? hostLineIndex(document) : undefined) ?? lineStartsOf(text),
    changesSince: (since) => (changeLog && current() ? changeLog.changesBetween(uri, since, version) : undefined),
  };
}
