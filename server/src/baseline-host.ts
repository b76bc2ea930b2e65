/**
 * The server's side of version awareness: answers the service's `baselineOf` from the cache of
 * committed texts (asking git in the background the first time), says when a text arrived or
 * changed so the document is checked again, and looks for a moved HEAD when a document is
 * opened or saved. Only `file:` documents have a committed version.
 */
import type { DocumentInput } from './core/service';
import { pathOfUri } from './document-input';
import { GitBaselines } from './files/git-baseline';

export class BaselineHost {
  private readonly baselines: GitBaselines;

  /** `onArrive(uri)`: the document's committed text arrived or changed; re-check it. */
  constructor(
    log: (message: string) => void,
    private readonly onArrive: (uri: string) => void,
    baselines?: GitBaselines,
  ) {
    this.baselines = baselines ?? new GitBaselines({ persistent: true, log });
  }

  /** The committed text, when known; per keystroke this is two map lookups. */
  baselineOf(document: DocumentInput): string | undefined {
    if (!document.uri.startsWith('file:')) return undefined;
    const uri = document.uri;
    this.baselines.request(document.path, () => this.onArrive(uri));
    return this.baselines.get(document.path);
  }

  /** Opened or saved: a commit or checkout since may have moved HEAD. */
  checkHead(uri: string): void {
    if (uri.startsWith('file:')) void this.baselines.checkHead(pathOfUri(uri));
  }

  closed(uri: string): void {
    if (uri.startsWith('file:')) this.baselines.forget(pathOfUri(uri));
  }

  dispose(): void {
    this.baselines.dispose();
  }
}
