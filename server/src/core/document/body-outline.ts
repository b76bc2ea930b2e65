import type { BodyOutline, Fence, Heading, Label, ListItem, Paragraph } from './model';
import { closesFence, DISABLE_NEXT_LINE, isThematicBreak, leadingSpace, MAYBE_STRUCTURE, openingFence, parseHeading, parseLabel, parseListItem, ruleIds } from './body-lines';
import { detach, type HeadingNode } from './outline-nodes';
import type { SourceText } from './source-text';

export type Span = [number, number];

/** Everything one pass over a run of lines collects, in line order. */
export interface Collected {
  headings: Heading[];
  fences: Fence[];
  listItems: ListItem[];
  labels: Label[];
  opaque: Span[];
  disabled: [number, Set<string>][];
  firstParagraph: Paragraph | undefined;
}

/**
 * One pass over the body lines, CommonMark-fence-aware: a fence closes only on a run of the
 * same character at least as long as the opener, with nothing after it; a fence line with an
 * info string never closes. Inside code and HTML comments nothing is structure. This is a
 * line scanner, not a full CommonMark parser: it finds what the rules need in well under a
 * millisecond per megabyte, which a full parse on every keystroke cannot.
 */
export function scanBody(source: SourceText, startLine: number): BodyOutline {
  const collected = emptyCollected();
  scanLines(source, startLine, collected, true, () => false);
  return finish(source, startLine, collected);
}

export function emptyCollected(): Collected {
  return { headings: [], fences: [], listItems: [], labels: [], opaque: [], disabled: [], firstParagraph: undefined };
}

/**
 * Scans from `from` until the end, or until `stop(line, outsideCode)` says the rest can be
 * reused. `trackParagraph` finds the first paragraph (only full scans need it).
 */
export function scanLines(source: SourceText, from: number, out: Collected, trackParagraph: boolean, stop: (line: number, outsideCode: boolean) => boolean): void {
  const { text } = source;
  let paragraphStart = -1;
  let paragraphDone = !trackParagraph;
  let openFence: Fence | undefined;
  let commentStart = -1;
  let commentClose = -1;

  const endParagraph = (line: number) => {
    if (paragraphStart >= 0 && !paragraphDone) {
      const startOffset = source.lineStart(paragraphStart);
      const endOffset = source.lineEnd(line - 1);
      out.firstParagraph = {
        startLine: paragraphStart,
        endLine: line - 1,
        text: detach(text.slice(startOffset, endOffset).split(/\r?\n|\r/).map((l) => l.trim()).join(' ')),
        range: source.rangeOf(startOffset + leadingSpace(text, startOffset, endOffset), endOffset),
      };
      paragraphDone = true;
    }
    paragraphStart = -1;
  };

  const lineCount = source.lineCount;
  for (let line = from; line < lineCount; line++) {
    if (stop(line, openFence === undefined && commentStart < 0)) return;
    const lineStart = source.lineStart(line);
    const lineEnd = source.lineEnd(line);
    const indent = leadingSpace(text, lineStart, lineEnd);
    const first = text.charCodeAt(lineStart + indent);

    if (openFence) {
      if ((first === 96 || first === 126) && closesFence(text, lineStart, lineEnd, indent, openFence)) {
        openFence.closeLine = line;
        out.opaque[out.opaque.length - 1][1] = line;
        openFence = undefined;
      }
      continue;
    }
    if (commentStart >= 0) {
      if (commentClose >= lineStart && commentClose + 3 <= lineEnd) {
        out.opaque.push([commentStart, line]);
        commentStart = -1;
      }
      continue;
    }
    if (lineStart + indent >= lineEnd) {
      endParagraph(line);
      continue;
    }
    // Most lines are prose starting with a letter: only look closer when the first character
    // can start a construct we track.
    if (!MAYBE_STRUCTURE[first]) {
      if (paragraphStart < 0 && !paragraphDone) paragraphStart = line;
      continue;
    }
    if (first === 96 /* ` */ || first === 126 /* ~ */) {
      const fence = openingFence(text, line, lineStart, lineEnd, indent);
      if (fence) {
        endParagraph(line);
        out.fences.push(fence);
        out.opaque.push([line, lineCount - 1]);
        openFence = fence;
        continue;
      }
    }
    if (first === 60 /* < */ && text.startsWith('<!--', lineStart + indent)) {
      endParagraph(line);
      const lineText = text.slice(lineStart, lineEnd);
      const disable = DISABLE_NEXT_LINE.exec(lineText);
      if (disable) out.disabled.push([line + 1, ruleIds(disable[1])]);
      if (lineText.includes('-->', indent + 4)) out.opaque.push([line, line]);
      else {
        commentStart = line;
        // Found once, so a long comment costs one search, not one per line.
        commentClose = text.indexOf('-->', lineEnd);
      }
      continue;
    }
    if (first === 35 /* # */) {
      const heading = parseHeading(text, line, lineStart, lineEnd, indent, lineCount);
      if (heading) {
        endParagraph(line);
        out.headings.push(heading);
        continue;
      }
    }
    if ((first === 45 || first === 42 || first === 95) && isThematicBreak(text, lineStart, lineEnd, indent)) {
      endParagraph(line);
      continue;
    }
    if (first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57)) {
      const item = parseListItem(text, line, lineStart, lineEnd, indent);
      if (item) {
        endParagraph(line);
        out.listItems.push(item);
        const label = parseLabel(text, line, lineStart, lineEnd, indent);
        if (label) out.labels.push(label);
        continue;
      }
    }
    if (first === 42 /* * */) {
      const label = parseLabel(text, line, lineStart, lineEnd, indent);
      if (label) out.labels.push(label);
    }
    if (paragraphStart < 0 && !paragraphDone) paragraphStart = line;
  }
  endParagraph(lineCount);
  if (commentStart >= 0) out.opaque.push([commentStart, lineCount - 1]);
}

export function finish(source: SourceText, startLine: number, c: Collected): BodyOutline {
  const headings = withSectionEnds(c.headings, source.lineCount);
  const hiddenHeadings: Heading[] = [];
  const runaway = c.fences.find((f) => f.closeLine === undefined);
  if (runaway) {
    for (let line = runaway.openLine + 1; line < source.lineCount; line++) {
      const start = source.lineStart(line);
      if (source.text.charCodeAt(start + leadingSpace(source.text, start, source.lineEnd(line))) !== 35) continue;
      const heading = parseHeading(source.text, line, start, source.lineEnd(line), leadingSpace(source.text, start, source.lineEnd(line)), source.lineCount);
      if (heading) hiddenHeadings.push(heading);
    }
  }
  const opaque = c.opaque;
  return {
    startLine,
    headings,
    fences: c.fences,
    listItems: c.listItems,
    labels: c.labels,
    firstParagraph: c.firstParagraph,
    hiddenHeadings: withSectionEnds(hiddenHeadings, source.lineCount),
    disabledLines: new Map(c.disabled),
    opaqueRanges: opaque,
    isCode: (line: number) => spanContaining(opaque, line) !== undefined,
  };
}

export function spanContaining(spans: readonly (readonly [number, number])[], line: number): readonly [number, number] | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < spans[mid][0]) hi = mid - 1;
    else if (line > spans[mid][1]) lo = mid + 1;
    else return spans[mid];
  }
  return undefined;
}

/**
 * Each heading's section ends at the next heading of the same or higher rank. Headings whose
 * section end changed are copied, so a previous version's outline is never mutated.
 */
function withSectionEnds(headings: Heading[], lineCount: number): Heading[] {
  const ends = new Array<number>(headings.length).fill(lineCount);
  const open: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    while (open.length > 0 && headings[open[open.length - 1]].level >= headings[i].level) ends[open.pop()!] = headings[i].line;
    open.push(i);
  }
  for (let i = 0; i < headings.length; i++) {
    if (headings[i].sectionEnd !== ends[i]) headings[i] = (headings[i] as HeadingNode).withSectionEnd(ends[i]);
  }
  for (const heading of headings) (heading as HeadingNode).seal();
  return headings;
}
