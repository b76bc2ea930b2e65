/**
 * Keeps cross-file diagnostics true: when the workspace index's generation moved (an agent
 * name appeared, changed, moved or went; skills or the committed baseline changed), the other
 * open documents are validated again — scheduled in push mode, a `workspace/diagnostic/refresh`
 * in pull mode. Comparing one number is all it costs when nothing of the kind changed, so it is
 * called after every diagnosis and every index update.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

export interface CrossFileFreshnessDependencies {
  generation(): number;
  pullDiagnostics(): boolean;
  /** Pull mode: ask the client to pull again (when it supports refresh). */
  refresh(): void;
  /** Push mode: the open documents, and validating one again. */
  openUris(): Iterable<string>;
  schedule(uri: string): void;
  /** Anything else that depends on the generation (Check Workspace's closed files). */
  onChange?(): void;
}

export class CrossFileFreshness {
  private validated: number;

  constructor(private readonly deps: CrossFileFreshnessDependencies) {
    this.validated = deps.generation();
  }

  /** After something that may have changed the index; `origin` is the document just validated. */
  check(origin?: string): void {
    const generation = this.deps.generation();
    if (generation === this.validated) return;
    this.validated = generation;
    this.deps.onChange?.();
    if (this.deps.pullDiagnostics()) {
      this.deps.refresh();
      return;
    }
    for (const uri of this.deps.openUris()) if (uri !== origin) this.deps.schedule(uri);
  }
}

/**
 * Whether a document's new diagnostics are those it has: the service hands out the same
 * objects for findings it kept, so identity settles most cases; a short list is compared whole.
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  if (a.every((diagnostic, i) => diagnostic === b[i])) return true;
  return a.length <= 200 && JSON.stringify(a) === JSON.stringify(b);
}
