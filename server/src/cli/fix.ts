/**
 * `--fix`: the service's safe fixes (the same as the editor's fix-all), applied again and
 * again until none are left (one fix can reveal another, e.g. a quoted value that is then
 * checked for its content), bounded. Edits replace only their ranges, so every other byte —
 * line endings included — stays; the fixes themselves write the file's own line ending.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AgentsmithLanguageService, DocumentInput } from '../core/service';
import type { AgentsmithSettings } from '../core/settings';

/** Rounds of fix-all before giving up on a file whose fixes keep producing fixes. */
export const MAX_FIX_ROUNDS = 10;

export interface FixOutcome {
  text: string;
  /** The document version of `text` the service has already checked. */
  input: DocumentInput;
  /** Edits applied over all rounds. */
  applied: number;
  /** Whether fixes were still coming after the last round (a bug in a rule: reported, not looped on). */
  unfinished: boolean;
}

/**
 * Applies fix-all rounds to `document`'s text. `inputFor(text, round)` makes the document
 * version the service sees for each round (a new version per round, so nothing stale is reused).
 */
export function fixText(
  service: AgentsmithLanguageService,
  settings: AgentsmithSettings,
  document: DocumentInput,
  inputFor: (text: string, round: number) => DocumentInput,
): FixOutcome {
  let text = document.getText();
  let input = document;
  let applied = 0;
  for (let round = 1; round <= MAX_FIX_ROUNDS; round++) {
    const edits = service.fixAll(input, settings);
    if (edits.length === 0) return { text, input, applied, unfinished: false };
    const next = applyEdits(text, edits);
    if (next === undefined || next === text) return { text, input, applied, unfinished: false };
    applied += edits.length;
    text = next;
    input = inputFor(text, round);
  }
  return { text, input, applied, unfinished: service.fixAll(input, settings).length > 0 };
}

/** The text with the edits applied (LSP semantics: ranges in the original text), or undefined when they overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  try {
    return TextDocument.applyEdits(TextDocument.create('file:///fix', 'markdown', 0, text), [...edits]);
  } catch {
    return undefined; // overlapping edits: better no fix than a garbled file
  }
}
