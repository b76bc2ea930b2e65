import type { Position, Range } from '../types';

/**
 * The document text with a line index. Offsets are UTF-16 code units (JavaScript string
 * indexes), so an LSP character is simply `offset - lineStart`. Line breaks are `\r\n`,
 * `\n` or a lone `\r`, as in LSP.
 */
export class SourceText {
  readonly text: string;
  /** Offset where each line starts. */
  readonly lineStarts: readonly number[];
  /** The line break to use when inserting lines: the first one in the file, else `\n`. */
  readonly eol: '\n' | '\r\n';
  /** Whether the text starts with a byte order mark (U+FEFF). */
  readonly hasBom: boolean;

  /** `lineStarts` may come from the host's own (incrementally maintained) index. */
  constructor(text: string, lineStarts?: readonly number[]) {
    this.text = text;
    this.lineStarts = lineStarts ?? computeLineStarts(text);
    const firstBreak = this.lineStarts.length > 1 ? this.lineStarts[1] - 1 : -1;
    this.eol = firstBreak > 0 && text.charCodeAt(firstBreak) === 10 && text.charCodeAt(firstBreak - 1) === 13 ? '\r\n' : '\n';
    this.hasBom = text.charCodeAt(0) === 0xfeff;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** The line's content without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Range on one line, from character `from` to `to` (defaults to the line's end). */
  lineRange(line: number, from = 0, to?: number): Range {
    const length = this.lineEnd(line) - this.lineStart(line);
    return { start: { line, character: Math.min(from, length) }, end: { line, character: Math.min(to ?? length, length) } };
  }

  /** Range of the line's content after leading whitespace. */
  trimmedLineRange(line: number): Range {
    const text = this.lineText(line);
    const from = text.length - text.trimStart().length;
    return this.lineRange(line, from, text.trimEnd().length);
  }
}

/**
 * Line starts by `indexOf`, which runs at memchr speed; only files that contain a `\r` take
 * the character-by-character path that handles `\r\n` and lone `\r`.
 */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
