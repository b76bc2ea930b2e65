import type { BodyOutline, Fence, Heading, Label, ListItem, Paragraph } from './model';
import type { SourceText } from './source-text';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(\[[ xX]\])(?=[ \t]|$))?(?:[ \t]+(.*))?$/;
const LABEL = /^([ \t]*(?:[-*+][ \t]+)?)\*\*([^*]+?)\*\*/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** First characters that can begin a fence, heading, list item, label, break or comment. */
const MAYBE_STRUCTURE: boolean[] = [];
for (const ch of '`~#-*+_<0123456789') MAYBE_STRUCTURE[ch.charCodeAt(0)] = true;
const DISABLE_NEXT_LINE = /<!--\s*agentsmith-disable-next-line\b([^>]*?)-->/;

/**
 * One pass over the body lines, CommonMark-fence-aware: a fence closes only on a run of the
 * same character at least as long as the opener, with nothing after it; a fence line with an
 * info string never closes. Inside code and HTML comments nothing is structure. This is a
 * line scanner, not a full CommonMark parser: it finds what the rules need in well under a
 * millisecond per megabyte, which a full parse on every keystroke cannot.
 */
export function scanBody(source: SourceText, startLine: number): BodyOutline {
  const { text } = source;
  const headings: Heading[] = [];
  const fences: Fence[] = [];
  const listItems: ListItem[] = [];
  const labels: Label[] = [];
  const disabledLines = new Map<number, Set<string>>();
  const codeRanges: [number, number][] = []; // [first line, last line] inside fences (inclusive)
  let firstParagraph: Paragraph | undefined;
  let paragraphStart = -1;
  let paragraphDone = false;
  let openFence: Fence | undefined;
  let inHtmlComment = false;

  const endParagraph = (line: number) => {
    if (paragraphStart >= 0 && !paragraphDone) {
      const startOffset = source.lineStart(paragraphStart);
      const endOffset = source.lineEnd(line - 1);
      firstParagraph = {
        startLine: paragraphStart,
        endLine: line - 1,
        text: text.slice(startOffset, endOffset).split(/\r?\n|\r/).map((l) => l.trim()).join(' '),
        range: source.rangeOf(startOffset + leadingSpace(text, startOffset, endOffset), endOffset),
      };
      paragraphDone = true;
    }
    paragraphStart = -1;
  };

  for (let line = startLine; line < source.lineCount; line++) {
    const lineStart = source.lineStart(line);
    const lineEnd = source.lineEnd(line);
    const indent = leadingSpace(text, lineStart, lineEnd);
    const first = text.charCodeAt(lineStart + indent);

    if (openFence) {
      if ((first === 96 || first === 126) && closesFence(text.slice(lineStart, lineEnd), openFence)) {
        openFence.closeLine = line;
        codeRanges[codeRanges.length - 1][1] = line;
        openFence = undefined;
      }
      continue;
    }
    if (inHtmlComment) {
      if (text.slice(lineStart, lineEnd).includes('-->')) inHtmlComment = false;
      continue;
    }
    if (lineStart + indent >= lineEnd) {
      endParagraph(line);
      continue;
    }

    // Most lines are prose starting with a letter: only slice the line when its first
    // character can start a construct we track.
    if (!MAYBE_STRUCTURE[first]) {
      if (paragraphStart < 0 && !paragraphDone) paragraphStart = line;
      continue;
    }
    const lineText = text.slice(lineStart, lineEnd);
    if (first === 96 /* ` */ || first === 126 /* ~ */) {
      const fence = openingFence(source, line, lineText);
      if (fence) {
        endParagraph(line);
        fences.push(fence);
        codeRanges.push([line, source.lineCount - 1]);
        openFence = fence;
        continue;
      }
    }
    if (first === 60 /* < */ && lineText.startsWith('<!--', indent)) {
      endParagraph(line);
      const disable = DISABLE_NEXT_LINE.exec(lineText);
      if (disable) disabledLines.set(line + 1, ruleIds(disable[1]));
      if (!lineText.includes('-->', indent + 4)) inHtmlComment = true;
      continue;
    }
    if (first === 35 /* # */ && indent <= 3) {
      const heading = parseHeading(source, line, lineText);
      if (heading) {
        endParagraph(line);
        headings.push(heading);
        continue;
      }
    }
    if ((first === 45 || first === 42 || first === 95) && THEMATIC_BREAK.test(lineText)) {
      endParagraph(line);
      continue;
    }
    if (first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57)) {
      const item = parseListItem(source, line, lineText);
      if (item) {
        endParagraph(line);
        listItems.push(item);
        const label = parseLabel(source, line, lineText);
        if (label) labels.push(label);
        continue;
      }
    }
    if (first === 42 /* * */) {
      const label = parseLabel(source, line, lineText);
      if (label) labels.push(label);
    }
    if (paragraphStart < 0 && !paragraphDone) paragraphStart = line;
  }
  endParagraph(source.lineCount);
  assignSectionEnds(headings, source.lineCount);

  const hiddenHeadings: Heading[] = [];
  for (const fence of fences) {
    if (fence.closeLine !== undefined) continue;
    for (let line = fence.openLine + 1; line < source.lineCount; line++) {
      if (text.charCodeAt(source.lineStart(line) + leadingSpace(text, source.lineStart(line), source.lineEnd(line))) !== 35) continue;
      const heading = parseHeading(source, line, source.lineText(line));
      if (heading) hiddenHeadings.push(heading);
    }
    assignSectionEnds(hiddenHeadings, source.lineCount);
  }

  return {
    startLine,
    headings,
    fences,
    listItems,
    labels,
    firstParagraph,
    hiddenHeadings,
    disabledLines,
    isCode: (line: number) => isInRanges(codeRanges, line),
  };
}

function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i - from;
}

function openingFence(source: SourceText, line: number, lineText: string): Fence | undefined {
  const match = FENCE_OPEN.exec(lineText);
  if (!match) return undefined;
  const marker = match[2];
  const info = match[3].trim();
  // CommonMark: a backtick fence's info string may not contain backticks (that is inline code).
  if (marker[0] === '`' && info.includes('`')) return undefined;
  const indent = match[1].length;
  return {
    openLine: line,
    closeLine: undefined,
    char: marker[0] as '`' | '~',
    length: marker.length,
    indent,
    info,
    markerRange: source.lineRange(line, indent, indent + marker.length),
  };
}

function closesFence(lineText: string, fence: Fence): boolean {
  const trimmed = lineText.trim();
  if (trimmed.length < fence.length) return false;
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed[i] !== fence.char) return false;
  }
  return true;
}

function parseHeading(source: SourceText, line: number, lineText: string): Heading | undefined {
  const match = HEADING.exec(lineText);
  if (!match) return undefined;
  const headingText = (match[2] ?? '').trim();
  const markerStart = lineText.indexOf('#');
  const textStart = headingText === '' ? markerStart + match[1].length : lineText.indexOf(headingText, markerStart + match[1].length);
  return {
    level: match[1].length,
    text: headingText,
    line,
    range: source.lineRange(line, markerStart, lineText.trimEnd().length),
    textRange: source.lineRange(line, textStart, textStart + headingText.length),
    sectionEnd: source.lineCount,
  };
}

function parseListItem(source: SourceText, line: number, lineText: string): ListItem | undefined {
  const match = LIST_ITEM.exec(lineText);
  if (!match) return undefined;
  const indent = match[1].length;
  const checkbox = match[3] ? match[3][1] : undefined;
  const markerEnd = indent + match[2].length + (match[3] ? lineText.indexOf(match[3], indent + match[2].length) - indent - match[2].length + 3 : 0);
  return {
    line,
    indent,
    marker: match[2],
    checkbox,
    text: (match[4] ?? '').trim(),
    range: source.lineRange(line, indent, lineText.trimEnd().length),
    markerRange: source.lineRange(line, indent, markerEnd),
  };
}

function parseLabel(source: SourceText, line: number, lineText: string): Label | undefined {
  const match = LABEL.exec(lineText);
  if (!match) return undefined;
  const start = match[1].length;
  let end = start + match[2].length + 4;
  if (lineText[end] === ':') end++;
  return {
    line,
    name: match[2].trim().replace(/:$/, '').trim(),
    range: source.lineRange(line, start, end),
    inList: /[-*+]/.test(match[1]),
  };
}

function ruleIds(text: string): Set<string> {
  const ids = text.split(/[\s,]+/).filter((id) => id !== '');
  return new Set(ids.length > 0 ? ids : ['*']);
}

/** Each heading's section ends at the next heading of the same or higher rank. */
function assignSectionEnds(headings: Heading[], lineCount: number): void {
  const open: Heading[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open[open.length - 1].level >= heading.level) {
      open.pop()!.sectionEnd = heading.line;
    }
    open.push(heading);
  }
  for (const heading of open) heading.sectionEnd = lineCount;
}

function isInRanges(ranges: [number, number][], line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < ranges[mid][0]) hi = mid - 1;
    else if (line > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
