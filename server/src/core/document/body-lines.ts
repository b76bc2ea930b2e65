/**
 * Readers for single body lines: fences, headings, list items, bold labels, breaks. They
 * work on offsets into the document text rather than on a copy of each line, and avoid
 * regular expressions on the hot path: a 10 MB agent has hundreds of thousands of lines, and
 * per-line garbage is what a big file's memory and first-open time are made of.
 * `start`/`end` are the line's content offsets (without its line break); `indent` counts the
 * leading spaces and tabs.
 */
import type { Fence, Heading, Label, ListItem } from './model';
import { detach, FenceNode, HeadingNode, LabelNode, ListItemNode } from './outline-nodes';
import { headingRole } from './section-patterns';

const SPACE = 32;
const TAB = 9;
const BACKTICK = 96;
const TILDE = 126;
const HASH = 35;
const STAR = 42;

/** First characters that can begin a fence, heading, list item, label, break or comment. */
export const MAYBE_STRUCTURE: boolean[] = [];
for (const ch of '`~#-*+_<0123456789') MAYBE_STRUCTURE[ch.charCodeAt(0)] = true;

export const DISABLE_NEXT_LINE = /<!--\s*agentsmith-disable-next-line\b([^>]*?)-->/;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

export function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i - from;
}

/** Offset just past the last non-blank character of [from, to). */
function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return to;
}

function runLength(text: string, from: number, to: number, code: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === code) i++;
  return i - from;
}

export function openingFence(text: string, line: number, start: number, end: number, indent: number): Fence | undefined {
  const at = start + indent;
  const code = text.charCodeAt(at);
  const length = runLength(text, at, end, code);
  if (length < 3) return undefined;
  const info = text.slice(at + length, end).trim();
  // CommonMark: a backtick fence's info string may not contain backticks (that is inline code).
  if (code === BACKTICK && info.includes('`')) return undefined;
  return new FenceNode(line, undefined, code === BACKTICK ? '`' : '~', length, indent, detach(info));
}

/** A closing fence: the same character, at least as many, and nothing else on the line. */
export function closesFence(text: string, start: number, end: number, indent: number, fence: Fence): boolean {
  const at = start + indent;
  const run = runLength(text, at, end, fence.char === '`' ? BACKTICK : TILDE);
  return run >= fence.length && trimmedEnd(text, at + run, end) === at + run;
}

export function parseHeading(text: string, line: number, start: number, end: number, indent: number, lineCount: number): Heading | undefined {
  if (indent > 3) return undefined;
  const at = start + indent;
  const level = runLength(text, at, end, HASH);
  if (level < 1 || level > 6) return undefined;
  const afterMarker = at + level;
  if (afterMarker < end && !isBlank(text.charCodeAt(afterMarker))) return undefined;
  const lineEnd = trimmedEnd(text, start, end);
  // Drop a closing sequence of `#`s when a blank separates it from the text (CommonMark).
  let contentEnd = lineEnd;
  let hashes = lineEnd;
  while (hashes > afterMarker && text.charCodeAt(hashes - 1) === HASH) hashes--;
  if (hashes < lineEnd && (hashes === afterMarker || isBlank(text.charCodeAt(hashes - 1)))) contentEnd = trimmedEnd(text, afterMarker, hashes);
  const textStart = Math.min(afterMarker + leadingSpace(text, afterMarker, contentEnd), contentEnd);
  const headingText = detach(text.slice(textStart, contentEnd));
  return new HeadingNode(level, headingText, line, indent, lineEnd - start, textStart - start, lineCount, headingRole(headingText));
}

export function isThematicBreak(text: string, start: number, end: number, indent: number): boolean {
  if (indent > 3) return false;
  const code = text.charCodeAt(start + indent);
  let count = 0;
  for (let i = start + indent; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === code) count++;
    else if (!isBlank(c)) return false;
  }
  return count >= 3;
}

const BULLETS = ['-', '*', '+'];

export function parseListItem(text: string, line: number, start: number, end: number, indent: number): ListItem | undefined {
  const at = start + indent;
  const code = text.charCodeAt(at);
  let markerEnd: number;
  let marker: string;
  if (code === 45 || code === STAR || code === 43) {
    markerEnd = at + 1;
    marker = BULLETS[code === 45 ? 0 : code === STAR ? 1 : 2];
  } else {
    const digits = runDigits(text, at, end);
    if (digits < 1 || digits > 9) return undefined;
    const delimiter = text.charCodeAt(at + digits);
    if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */) return undefined;
    markerEnd = at + digits + 1;
    marker = text.slice(at, markerEnd);
  }
  if (markerEnd < end && !isBlank(text.charCodeAt(markerEnd))) return undefined;
  let checkbox: string | undefined;
  let afterCheckbox = markerEnd;
  const box = markerEnd + leadingSpace(text, markerEnd, end);
  if (box > markerEnd && text.charCodeAt(box) === 91 /* [ */ && text.charCodeAt(box + 2) === 93 /* ] */ && (box + 3 >= end || isBlank(text.charCodeAt(box + 3)))) {
    const mark = text[box + 1];
    if (mark === ' ' || mark === 'x' || mark === 'X') {
      checkbox = mark;
      afterCheckbox = box + 3;
    }
  }
  return new ListItemNode(line, indent, marker, checkbox, trimmedEnd(text, start, end) - start, afterCheckbox - start);
}

function runDigits(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i - from;
}

/** `**Name**`, `**Name:**` or `**Name**:` at the start of the line, optionally after a bullet. */
export function parseLabel(text: string, line: number, start: number, end: number, indent: number): Label | undefined {
  let at = start + indent;
  let inList = false;
  const first = text.charCodeAt(at);
  if ((first === 45 || first === STAR || first === 43) && isBlank(text.charCodeAt(at + 1))) {
    at += 1 + leadingSpace(text, at + 1, end);
    inList = true;
  }
  if (text.charCodeAt(at) !== STAR || text.charCodeAt(at + 1) !== STAR) return undefined;
  const close = text.indexOf('**', at + 2);
  if (close < 0 || close + 2 > end || close === at + 2) return undefined;
  const inner = text.slice(at + 2, close);
  if (inner.includes('*')) return undefined;
  let labelEnd = close + 2;
  if (text.charCodeAt(labelEnd) === 58 /* : */ && labelEnd < end) labelEnd++;
  const name = inner.trim().replace(/:$/, '').trim();
  return new LabelNode(line, detach(name), inList, at - start, labelEnd - start);
}

export function ruleIds(text: string): Set<string> {
  const ids = text.split(/[\s,]+/).filter((id) => id !== '');
  return new Set(ids.length > 0 ? ids : ['*']);
}
