import type { AgentDocument, Heading } from '../../../document/model';
import type { SourceText } from '../../../document/source-text';
import type { Fix, TextEdit } from '../../../types';

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function isBlank(source: SourceText, line: number): boolean {
  return source.lineText(line).trim() === '';
}

/**
 * Inserts `lines` as a block that starts at `line` (pushing that line down), with a blank line
 * on each side where there is none, so the block stays its own Markdown block. `line` may be
 * `source.lineCount` to append after the last line. Line breaks follow the file (`\r\n` stays).
 */
export function insertBlock(source: SourceText, line: number, lines: readonly string[]): TextEdit {
  const { eol } = source;
  const block = lines.join(eol);
  if (line >= source.lineCount) {
    const last = source.lineCount - 1;
    if (!isBlank(source, last)) {
      // No final line break: append after the last line and keep the file without one.
      const end = source.lineText(last).length;
      return { range: source.lineRange(last, end, end), newText: eol + eol + block };
    }
    line = last;
  }
  const before = line > 0 && !isBlank(source, line - 1) ? eol : '';
  const after = isBlank(source, line) ? '' : eol;
  return { range: source.lineRange(line, 0, 0), newText: before + block + eol + after };
}

/**
 * The line just after a section's last meaningful line: trailing blank lines and `---`
 * separators belong between sections, so new content goes before them.
 */
export function sectionContentEnd(source: SourceText, heading: Heading): number {
  let line = Math.min(heading.sectionEnd, source.lineCount) - 1;
  while (line > heading.line && (isBlank(source, line) || THEMATIC_BREAK.test(source.lineText(line)))) line--;
  return line + 1;
}

/**
 * Whether text inserted at `line` (pushing that line down) would land inside a fenced block or
 * an HTML comment, where it would be code or hidden rather than structure. Such a fix would
 * not fix anything, so rules drop it and keep only the report.
 */
export function insertsIntoOpaque(doc: AgentDocument, line: number): boolean {
  const spans = doc.body.opaqueRanges;
  const { source } = doc;
  if (line >= source.lineCount) {
    const last = source.lineCount - 1;
    const span = spans[spans.length - 1];
    if (!span || span[1] !== last) return false;
    const fence = doc.body.fences.find((f) => f.openLine === span[0]);
    return fence ? fence.closeLine === undefined : !source.lineText(last).includes('-->');
  }
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = spans[mid];
    if (line <= from) hi = mid - 1;
    else if (line > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `insertBlock`, or undefined when the block would land in code or a comment. */
export function insertStructure(doc: AgentDocument, line: number, lines: readonly string[]): TextEdit | undefined {
  return insertsIntoOpaque(doc, line) ? undefined : insertBlock(doc.source, line, lines);
}

/** The preferred (not fix-all safe) fix that applies `edit`, or no fix when there is no edit. */
export function fixWith(title: string, edit: TextEdit | undefined): Fix[] {
  return edit ? [{ title, edits: [edit], isPreferred: true }] : [];
}
