/**
 * The edge between LSP documents and the language service: URIs become the forward-slash
 * paths the service matches agent folders and globs against.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
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

export function toDocumentInput(document: TextDocument): DocumentInput {
  return {
    uri: document.uri,
    version: document.version,
    path: pathOfUri(document.uri),
    getText: () => document.getText(),
  };
}
