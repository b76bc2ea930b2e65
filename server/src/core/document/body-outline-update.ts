import type { BodyOutline, Fence } from './model';
import type { FenceNode, HeadingNode, LabelNode, ListItemNode } from './outline-nodes';
import { emptyCollected, finish, scanBody, scanLines, spanContaining, type Collected, type Span } from './body-outline';
import type { SourceText } from './source-text';

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
  // Typing prose changes no structure: the previous outline (and what was computed from it,
  // such as the findings of rules that read only the outline) then stays valid as it is.
  if (dirty.delta === 0 && regionUnchanged(previous, collected, from, resumeAt)) return previous;
  const keepBefore = <T extends { line: number }>(items: readonly T[]) => items.slice(0, lowerBound(items, from));
  const reuseAfter = <T extends { line: number }>(items: readonly T[], shift: (item: T) => T) => {
    const rest = items.slice(lowerBound(items, oldLine(resumeAt)));
    return dirty.delta === 0 ? rest : rest.map(shift);
  };
  const d = dirty.delta;
  const merged: Collected = {
    headings: [...keepBefore(previous.headings), ...collected.headings, ...reuseAfter(previous.headings, (h) => (h as HeadingNode).moved(d))],
    fences: [...keepBeforeFences(previous.fences, from), ...collected.fences, ...reuseAfterFences(previous.fences, oldLine(resumeAt), d)],
    listItems: [...keepBefore(previous.listItems), ...collected.listItems, ...reuseAfter(previous.listItems, (i) => (i as ListItemNode).moved(d))],
    labels: [...keepBefore(previous.labels), ...collected.labels, ...reuseAfter(previous.labels, (l) => (l as LabelNode).moved(d))],
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

function shiftOutline(previous: BodyOutline, source: SourceText, d: number, startLine: number): BodyOutline {
  return finish(source, startLine, {
    headings: previous.headings.map((h) => (h as HeadingNode).moved(d)),
    fences: reuseAfterFences(previous.fences, 0, d),
    listItems: previous.listItems.map((i) => (i as ListItemNode).moved(d)),
    labels: previous.labels.map((l) => (l as LabelNode).moved(d)),
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
    d === 0 ? f : (f as FenceNode).moved(d),
  );
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

/**
 * Whether a rescan of lines [from, to) found exactly the structure the previous outline had
 * there. Only for prose: a region with code or comments in it (whose heading-like lines rules
 * read as "hidden" headings), or after a fence that runs to the end, never counts as unchanged.
 */
function regionUnchanged(previous: BodyOutline, found: Collected, from: number, to: number): boolean {
  if (found.opaque.length > 0 || found.fences.length > 0) return false;
  const spans = previous.opaqueRanges;
  const next = lowerBoundBy(spans, from, (span) => span[0]);
  if (spanContaining(spans, from) || (next < spans.length && spans[next][0] < to)) return false;
  const last = previous.fences[previous.fences.length - 1];
  if (last && last.closeLine === undefined && last.openLine < to) return false;
  const same = <T extends { line: number }>(old: readonly T[], fresh: readonly T[], equal: (a: T, b: T) => boolean) => {
    const start = lowerBound(old, from);
    if (lowerBound(old, to) - start !== fresh.length) return false;
    for (let i = 0; i < fresh.length; i++) if (!equal(fresh[i], old[start + i])) return false;
    return true;
  };
  const oldDisabled = [...previous.disabledLines].filter(([line]) => line - 1 >= from && line - 1 < to);
  return (
    same(previous.headings, found.headings, (a, b) => (a as HeadingNode).sameAs(b)) &&
    same(previous.listItems, found.listItems, (a, b) => (a as ListItemNode).sameAs(b)) &&
    same(previous.labels, found.labels, (a, b) => (a as LabelNode).sameAs(b)) &&
    oldDisabled.length === found.disabled.length &&
    oldDisabled.every(([line, ids], i) => line === found.disabled[i][0] && [...ids].join() === [...found.disabled[i][1]].join())
  );
}
