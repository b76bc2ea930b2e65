/** Client-side helpers: where a line is, and an incremental change that applies text edits. */
import type { Range, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export function lineOf(text: string, lineText: string): number {
  const line = text.split('\n').indexOf(lineText);
  if (line < 0) throw new Error(`no line ${JSON.stringify(lineText)}`);
  return line;
}

export function lineRange(text: string, lineText: string): Range {
  const line = lineOf(text, lineText);
  return { start: { line, character: 0 }, end: { line, character: lineText.length } };
}

/** Applies edits like a client would and returns the new text plus the incremental changes to send. */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; changes: TextDocumentContentChangeEvent[] } {
  const document = TextDocument.create('untitled:edit', 'markdown', 1, text);
  // Send the edits bottom-up so each range is still valid when the server applies it.
  const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  return {
    text: TextDocument.applyEdits(document, edits),
    changes: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
  };
}
