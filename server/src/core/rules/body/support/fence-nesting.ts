import { scanBody } from '../../../document/body-outline';
import type { AgentDocument, Fence } from '../../../document/model';
import { SourceText } from '../../../document/source-text';
import type { TextEdit } from '../../../types';

/** A line that looks like a fence: ``` / ~~~ runs, with or without an info string. */
interface FenceLine {
  line: number;
  /** Where the marker run starts on the line. */
  start: number;
  char: '`' | '~';
  length: number;
  info: string;
}

/** A fenced block as its author meant it: tagged fences inside it are nested blocks. */
interface IntendedBlock {
  open: FenceLine;
  close: FenceLine | undefined;
  children: IntendedBlock[];
}

/** A fence that opens where its author meant to close an outer fence. */
export interface StrayFence {
  /** The fence CommonMark opens on the intended closing line. */
  stray: Fence;
  /**
   * The outer fence that line was meant to close. CommonMark may read it as code itself (when
   * an earlier stray block swallowed it), so it is a line, not an outline fence.
   */
  outer: { line: number; char: '`' | '~'; length: number; info: string };
  /** The info string of the first tagged fence nested in the outer one, e.g. `tsx`. */
  nestedInfo: string;
}

/** How nested tagged fences broke the document, and the edit that makes it parse as meant. */
export interface NestingReading {
  strays: StrayFence[];
  /**
   * Line spans (inclusive) that CommonMark reads differently from the author: from each outer
   * fence's opening line to the end of the block its stray opens. Headings there may be code
   * shown as structure, or structure hidden as code.
   */
  suspect: [number, number][];
  /** Lengthening every outer fence that holds a nested one; undefined when that would not settle it. */
  fix: { lengthen: { openLine: number; length: number }[]; edits: TextEdit[] } | undefined;
}

const FENCE_LINE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

function readFenceLine(lineText: string, line: number): FenceLine | undefined {
  const match = FENCE_LINE.exec(lineText);
  if (!match) return undefined;
  const info = match[3].trim();
  if (match[2][0] === '`' && info.includes('`')) return undefined;
  return { line, start: match[1].length, char: match[2][0] as '`' | '~', length: match[2].length, info };
}

/**
 * Whether some fenced block holds a line like ```` ```tsx ```` — a fence of its own kind with an
 * info string, which CommonMark reads as code but an author means as a nested block. Without
 * one the two readings agree. Every check of every version asks this, so it reads one
 * character per code line and allocates nothing.
 */
function hasNestedTaggedFence(doc: AgentDocument): boolean {
  const { text, lineStarts } = doc.source;
  for (const fence of doc.body.fences) {
    const char = fence.char.charCodeAt(0);
    const end = fence.closeLine ?? lineStarts.length;
    for (let line = fence.openLine + 1; line < end; line++) {
      const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      let i = lineStarts[line];
      while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (text.charCodeAt(i) !== char) continue;
      const runStart = i;
      while (i < lineEnd && text.charCodeAt(i) === char) i++;
      if (i - runStart < 3) continue;
      while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (i < lineEnd && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return true;
    }
  }
  return false;
}

/**
 * The fence lines that matter: every fence the outline found (openers and closers) plus the
 * fence-looking lines inside fenced blocks, which CommonMark reads as plain code.
 */
function collectFenceLines(doc: AgentDocument): FenceLine[] {
  const { source } = doc;
  const lines: FenceLine[] = [];
  for (const fence of doc.body.fences) {
    const end = fence.closeLine ?? source.lineCount - 1;
    for (let line = fence.openLine; line <= end; line++) {
      const fenceLine = readFenceLine(source.lineText(line), line);
      if (fenceLine) lines.push(fenceLine);
    }
  }
  return lines;
}

/**
 * Reads the fences the way an author who nests them means them: inside an open block a fence
 * with an info string opens a nested block, and a bare fence closes the innermost one.
 * Returns undefined when that reading does not balance either (a plainly forgotten fence).
 */
function readIntendedBlocks(lines: readonly FenceLine[]): IntendedBlock[] | undefined {
  const roots: IntendedBlock[] = [];
  const stack: IntendedBlock[] = [];
  for (const fenceLine of lines) {
    const top = stack[stack.length - 1];
    if (!top) {
      const block = { open: fenceLine, close: undefined, children: [] };
      roots.push(block);
      stack.push(block);
    } else if (fenceLine.char !== top.open.char) {
      continue;
    } else if (fenceLine.info === '' && fenceLine.length >= top.open.length) {
      top.close = fenceLine;
      stack.pop();
    } else if (fenceLine.info !== '') {
      const block = { open: fenceLine, close: undefined, children: [] };
      top.children.push(block);
      stack.push(block);
    }
  }
  return stack.length === 0 ? roots : undefined;
}

/** The shortest run that nothing inside the block can close: one more than its longest inner run. */
function neededLength(block: IntendedBlock, needs: Map<IntendedBlock, number>): number {
  let needed = block.open.length;
  for (const child of block.children) {
    const inner = Math.max(neededLength(child, needs), child.close?.length ?? 0);
    needed = Math.max(needed, inner + 1);
  }
  needs.set(block, needed);
  return needed;
}

function replaceRun(doc: AgentDocument, fenceLine: FenceLine, length: number): TextEdit {
  return {
    range: doc.source.lineRange(fenceLine.line, fenceLine.start, fenceLine.start + fenceLine.length),
    newText: fenceLine.char.repeat(length),
  };
}

function applyEdits(text: string, source: SourceText, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => source.offsetAt(b.range.start) - source.offsetAt(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, source.offsetAt(edit.range.start)) + edit.newText + result.slice(source.offsetAt(edit.range.end));
  }
  return result;
}

/**
 * Compares the CommonMark reading of the fences with the nested reading an author means, and
 * explains the difference: each outer fence closed early by a nested block's closing fence,
 * and the stray block its own closing fence opens. Undefined when the two readings agree, or
 * when the nested reading does not balance either (then it is not nesting but a lost fence).
 */
export function readFenceNesting(doc: AgentDocument): NestingReading | undefined {
  const cached = readings.get(doc);
  if (cached !== undefined || readings.has(doc)) return cached;
  const reading = computeReading(doc);
  readings.set(doc, reading);
  return reading;
}

/**
 * Several rules ask about the same document version; the answer depends on nothing but that
 * immutable parse, so it is remembered per document object and dropped with it.
 */
const readings = new WeakMap<AgentDocument, NestingReading | undefined>();

function computeReading(doc: AgentDocument): NestingReading | undefined {
  const fences = doc.body.fences;
  // A stray opens on a bare fence line (the intended closer), and only nesting makes one.
  if (!fences.some((fence) => fence.info === '') || !hasNestedTaggedFence(doc)) return undefined;
  const roots = readIntendedBlocks(collectFenceLines(doc));
  if (!roots) return undefined;
  const needs = new Map<IntendedBlock, number>();
  for (const root of roots) neededLength(root, needs);

  const strayAt = new Map(fences.map((fence) => [fence.openLine, fence]));
  const strays: StrayFence[] = [];
  const suspect: [number, number][] = [];
  for (const block of needs.keys()) {
    const stray = block.close && strayAt.get(block.close.line);
    const nestedInfo = block.children[0]?.open.info;
    if (!stray || nestedInfo === undefined) continue;
    const { line, char, length, info } = block.open;
    strays.push({ stray, outer: { line, char, length, info }, nestedInfo });
    suspect.push([line, stray.closeLine ?? doc.source.lineCount - 1]);
  }
  if (strays.length === 0) return undefined;
  strays.sort((a, b) => a.stray.openLine - b.stray.openLine);
  suspect.sort((a, b) => a[0] - b[0]);
  return { strays, suspect, fix: lengtheningFix(doc, roots, needs) };
}

function lengtheningFix(doc: AgentDocument, roots: readonly IntendedBlock[], needs: ReadonlyMap<IntendedBlock, number>): NestingReading['fix'] {
  const edits: TextEdit[] = [];
  const lengthen: { openLine: number; length: number }[] = [];
  for (const [block, length] of needs) {
    if (length <= block.open.length || !block.close) continue;
    lengthen.push({ openLine: block.open.line, length });
    edits.push(replaceRun(doc, block.open, length));
    if (block.close.length < length) edits.push(replaceRun(doc, block.close, length));
  }
  if (edits.length === 0) return undefined;
  lengthen.sort((a, b) => a.openLine - b.openLine);
  // Only offer it when the edited text reads exactly as intended: same blocks, none left open.
  const fixed = scanBody(new SourceText(applyEdits(doc.source.text, doc.source, edits)), doc.body.startLine).fences;
  const asMeant =
    fixed.length === roots.length && fixed.every((fence, i) => fence.openLine === roots[i].open.line && fence.closeLine === roots[i].close?.line);
  return asMeant ? { lengthen, edits } : undefined;
}

/** Whether a line lies in a span that CommonMark reads differently from the author. */
export function inSuspectSpan(reading: NestingReading | undefined, line: number): boolean {
  return reading?.suspect.some(([from, to]) => line >= from && line <= to) ?? false;
}
