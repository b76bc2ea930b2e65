import type { BodyOutline, Fence, Heading, Label, ListItem, Paragraph } from './model';
import { headingRole } from './section-patterns';
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

type Span = [number, number];

/** Everything one pass over a run of lines collects, in line order. */
interface Collected {
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

/** The lines an edit touched, in the new document's coordinates, and how many lines it added. */
export interface DirtyLines {
  start: number;
  end: number;
  delta: number;
}

/**
 * Rescans only the lines an edit touched: items before them are kept, the scan resumes at a
 * line that is outside code in both versions, and items after it are reused, shifted by the
 * edit's line delta. Edits near the top (where the identity paragraph lives) rescan fully.
 */
export function updateBody(previous: BodyOutline, source: SourceText, startLine: number, dirty: DirtyLines): BodyOutline {
  const bodyMovedOnly = dirty.end < startLine && startLine === previous.startLine + dirty.delta;
  if (bodyMovedOnly) return dirty.delta === 0 ? previous : shiftOutline(previous, source, dirty.delta, startLine);
  // The identity paragraph is found by a full scan only; edits up to it rescan everything.
  const prefixEnd = previous.firstParagraph ? previous.firstParagraph.endLine + 1 : Infinity;
  if (startLine !== previous.startLine || dirty.start < startLine || dirty.start <= prefixEnd) return scanBody(source, startLine);
  let from = dirty.start;
  const enclosing = spanContaining(previous.opaqueRanges, from);
  if (enclosing) from = enclosing[0];

  const collected = emptyCollected();
  collected.firstParagraph = previous.firstParagraph;
  const oldLine = (newLine: number) => newLine - dirty.delta;
  let resumeAt = source.lineCount;
  scanLines(source, from, collected, false, (line, outsideCode) => {
    if (line <= dirty.end || !outsideCode) return false;
    const old = oldLine(line);
    if (spanContaining(previous.opaqueRanges, old) || old < 0) return false;
    resumeAt = line;
    return true;
  });
  const keepBefore = <T extends { line: number }>(items: readonly T[]) => items.slice(0, lowerBound(items, from));
  const reuseAfter = <T extends { line: number }>(items: readonly T[], shift: (item: T) => T) => {
    const rest = items.slice(lowerBound(items, oldLine(resumeAt)));
    return dirty.delta === 0 ? rest : rest.map(shift);
  };
  const d = dirty.delta;
  const merged: Collected = {
    headings: [...keepBefore(previous.headings), ...collected.headings, ...reuseAfter(previous.headings, (h) => shiftHeading(h, d))],
    fences: [...keepBeforeFences(previous.fences, from), ...collected.fences, ...reuseAfterFences(previous.fences, oldLine(resumeAt), d)],
    listItems: [...keepBefore(previous.listItems), ...collected.listItems, ...reuseAfter(previous.listItems, (i) => ({ ...i, line: i.line + d, range: shiftRange(i.range, d), markerRange: shiftRange(i.markerRange, d) }))],
    labels: [...keepBefore(previous.labels), ...collected.labels, ...reuseAfter(previous.labels, (l) => ({ ...l, line: l.line + d, range: shiftRange(l.range, d) }))],
    opaque: [
      ...previous.opaqueRanges.filter((s) => s[1] < from).map((s): Span => [s[0], s[1]]),
      ...collected.opaque,
      ...previous.opaqueRanges.filter((s) => s[0] >= oldLine(resumeAt)).map((s): Span => [s[0] + d, s[1] + d]),
    ],
    disabled: [
      // Keys are the line after the comment.
      ...[...previous.disabledLines].filter(([line]) => line - 1 < from).map(([l, ids]): [number, Set<string>] => [l, new Set(ids)]),
      ...collected.disabled,
      ...[...previous.disabledLines].filter(([line]) => line - 1 >= oldLine(resumeAt)).map(([l, ids]): [number, Set<string>] => [l + d, new Set(ids)]),
    ],
    firstParagraph: previous.firstParagraph,
  };
  return finish(source, startLine, merged);
}

function emptyCollected(): Collected {
  return { headings: [], fences: [], listItems: [], labels: [], opaque: [], disabled: [], firstParagraph: undefined };
}

/**
 * Scans from `from` until the end, or until `stop(line, outsideCode)` says the rest can be
 * reused. `trackParagraph` finds the first paragraph (only full scans need it).
 */
function scanLines(source: SourceText, from: number, out: Collected, trackParagraph: boolean, stop: (line: number, outsideCode: boolean) => boolean): void {
  const { text } = source;
  let paragraphStart = -1;
  let paragraphDone = !trackParagraph;
  let openFence: Fence | undefined;
  let commentStart = -1;

  const endParagraph = (line: number) => {
    if (paragraphStart >= 0 && !paragraphDone) {
      const startOffset = source.lineStart(paragraphStart);
      const endOffset = source.lineEnd(line - 1);
      out.firstParagraph = {
        startLine: paragraphStart,
        endLine: line - 1,
        text: text.slice(startOffset, endOffset).split(/\r?\n|\r/).map((l) => l.trim()).join(' '),
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
      if ((first === 96 || first === 126) && closesFence(text.slice(lineStart, lineEnd), openFence)) {
        openFence.closeLine = line;
        out.opaque[out.opaque.length - 1][1] = line;
        openFence = undefined;
      }
      continue;
    }
    if (commentStart >= 0) {
      if (text.slice(lineStart, lineEnd).includes('-->')) {
        out.opaque.push([commentStart, line]);
        commentStart = -1;
      }
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
        out.fences.push(fence);
        out.opaque.push([line, lineCount - 1]);
        openFence = fence;
        continue;
      }
    }
    if (first === 60 /* < */ && lineText.startsWith('<!--', indent)) {
      endParagraph(line);
      const disable = DISABLE_NEXT_LINE.exec(lineText);
      if (disable) out.disabled.push([line + 1, ruleIds(disable[1])]);
      if (lineText.includes('-->', indent + 4)) out.opaque.push([line, line]);
      else commentStart = line;
      continue;
    }
    if (first === 35 /* # */ && indent <= 3) {
      const heading = parseHeading(source, line, lineText);
      if (heading) {
        endParagraph(line);
        out.headings.push(heading);
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
        out.listItems.push(item);
        const label = parseLabel(source, line, lineText);
        if (label) out.labels.push(label);
        continue;
      }
    }
    if (first === 42 /* * */) {
      const label = parseLabel(source, line, lineText);
      if (label) out.labels.push(label);
    }
    if (paragraphStart < 0 && !paragraphDone) paragraphStart = line;
  }
  endParagraph(lineCount);
  if (commentStart >= 0) out.opaque.push([commentStart, lineCount - 1]);
}

function finish(source: SourceText, startLine: number, c: Collected): BodyOutline {
  const headings = withSectionEnds(c.headings, source.lineCount);
  const hiddenHeadings: Heading[] = [];
  const runaway = c.fences.find((f) => f.closeLine === undefined);
  if (runaway) {
    for (let line = runaway.openLine + 1; line < source.lineCount; line++) {
      const start = source.lineStart(line);
      if (source.text.charCodeAt(start + leadingSpace(source.text, start, source.lineEnd(line))) !== 35) continue;
      const heading = parseHeading(source, line, source.lineText(line));
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

function shiftOutline(previous: BodyOutline, source: SourceText, d: number, startLine: number): BodyOutline {
  return finish(source, startLine, {
    headings: previous.headings.map((h) => shiftHeading(h, d)),
    fences: reuseAfterFences(previous.fences, 0, d),
    listItems: previous.listItems.map((i) => ({ ...i, line: i.line + d, range: shiftRange(i.range, d), markerRange: shiftRange(i.markerRange, d) })),
    labels: previous.labels.map((l) => ({ ...l, line: l.line + d, range: shiftRange(l.range, d) })),
    opaque: previous.opaqueRanges.map((s): Span => [s[0] + d, s[1] + d]),
    disabled: [...previous.disabledLines].map(([l, ids]): [number, Set<string>] => [l + d, new Set(ids)]),
    firstParagraph: previous.firstParagraph && {
      ...previous.firstParagraph,
      startLine: previous.firstParagraph.startLine + d,
      endLine: previous.firstParagraph.endLine + d,
      range: shiftRange(previous.firstParagraph.range, d),
    },
  });
}

function keepBeforeFences(fences: readonly Fence[], from: number): Fence[] {
  return fences.slice(0, lowerBoundBy(fences, from, (f) => f.openLine));
}

function reuseAfterFences(fences: readonly Fence[], oldFrom: number, d: number): Fence[] {
  return fences.slice(lowerBoundBy(fences, oldFrom, (f) => f.openLine)).map((f) =>
    d === 0 ? { ...f } : { ...f, openLine: f.openLine + d, closeLine: f.closeLine === undefined ? undefined : f.closeLine + d, markerRange: shiftRange(f.markerRange, d) },
  );
}

function shiftHeading(h: Heading, d: number): Heading {
  return { ...h, line: h.line + d, range: shiftRange(h.range, d), textRange: shiftRange(h.textRange, d) };
}

function shiftRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }, d: number) {
  return { start: { line: r.start.line + d, character: r.start.character }, end: { line: r.end.line + d, character: r.end.character } };
}

function lowerBound(items: readonly { line: number }[], line: number): number {
  return lowerBoundBy(items, line, (i) => i.line);
}

function lowerBoundBy<T>(items: readonly T[], line: number, lineOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineOf(items[mid]) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanContaining(spans: readonly (readonly [number, number])[], line: number): readonly [number, number] | undefined {
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
    role: headingRole(headingText),
  };
}

function parseListItem(source: SourceText, line: number, lineText: string): ListItem | undefined {
  const match = LIST_ITEM.exec(lineText);
  if (!match) return undefined;
  const indent = match[1].length;
  const checkbox = match[3] ? match[3][1] : undefined;
  const markerEnd = match[3] ? lineText.indexOf(match[3], indent + match[2].length) + 3 : indent + match[2].length;
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
    if (headings[i].sectionEnd !== ends[i]) headings[i] = { ...headings[i], sectionEnd: ends[i] };
  }
  return headings;
}
