/**
 * Remembers the edits between document versions, so the language service can rescan only what
 * an edit touched (`DocumentInput.changesSince`). Versions that are validated are often several
 * edits apart (a burst is validated once), so a short history per document is kept; anything
 * older, or a full-text replacement in between, answers "unknown" and the service parses fully.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextChange } from './core/service';

/** Enough for any realistic burst between two validations; bounded so memory stays flat. */
const MAX_STEPS = 256;
/** Inserted text kept per document; a paste of a large block ends the history instead. */
const MAX_TEXT = 4 * 1024 * 1024;

interface Step {
  from: number;
  to: number;
  /** Undefined when the step replaced the whole text (no ranges to replay). */
  changes: TextChange[] | undefined;
  textLength: number;
}

export class ChangeLog {
  private readonly steps = new Map<string, Step[]>();

  /** A document was opened (or re-created): its history starts over. */
  reset(uri: string): void {
    this.steps.delete(uri);
  }

  record(uri: string, from: number, to: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    let incremental: TextChange[] | undefined = [];
    let textLength = 0;
    for (const change of changes) {
      textLength += change.text.length;
      if ('range' in change && change.range) incremental?.push({ range: change.range, text: change.text });
      else incremental = undefined;
    }
    const history = this.steps.get(uri) ?? [];
    history.push({ from, to, changes: incremental, textLength });
    let total = history.reduce((sum, step) => sum + step.textLength, 0);
    while (history.length > MAX_STEPS || (total > MAX_TEXT && history.length > 0)) {
      total -= history.shift()?.textLength ?? 0;
    }
    this.steps.set(uri, history);
  }

  /** The edits that turn version `from` into version `to`, in order; undefined when not known. */
  changesBetween(uri: string, from: number, to: number): TextChange[] | undefined {
    if (from === to) return [];
    const history = this.steps.get(uri);
    if (!history) return undefined;
    let index = history.findIndex((step) => step.from === from);
    if (index < 0) return undefined;
    const result: TextChange[] = [];
    let version = from;
    for (; index < history.length && version !== to; index++) {
      const step = history[index];
      if (!step || step.from !== version || !step.changes) return undefined;
      result.push(...step.changes);
      version = step.to;
    }
    return version === to ? result : undefined;
  }

  forget(uri: string): void {
    this.steps.delete(uri);
  }
}
