import type { Heading } from '../../../document/model';
import type { SourceText } from '../../../document/source-text';
import type { TextEdit } from '../../../types';

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
