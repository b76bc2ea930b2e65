/** Readers for single body lines: fences, headings, list items, bold labels, comments. */
import type { Fence, Heading, Label, ListItem } from './model';
import { detach, FenceNode, HeadingNode, LabelNode, ListItemNode } from './outline-nodes';
import { headingRole } from './section-patterns';
import type { SourceText } from './source-text';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(\[[ xX]\])(?=[ \t]|$))?(?:[ \t]+(.*))?$/;
const LABEL = /^([ \t]*(?:[-*+][ \t]+)?)\*\*([^*]+?)\*\*/;

export const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** First characters that can begin a fence, heading, list item, label, break or comment. */
export const MAYBE_STRUCTURE: boolean[] = [];
for (const ch of '`~#-*+_<0123456789') MAYBE_STRUCTURE[ch.charCodeAt(0)] = true;

export const DISABLE_NEXT_LINE = /<!--\s*agentsmith-disable-next-line\b([^>]*?)-->/;

export function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i - from;
}

export function openingFence(source: SourceText, line: number, lineText: string): Fence | undefined {
  const match = FENCE_OPEN.exec(lineText);
  if (!match) return undefined;
  const marker = match[2];
  const info = match[3].trim();
  // CommonMark: a backtick fence's info string may not contain backticks (that is inline code).
  if (marker[0] === '`' && info.includes('`')) return undefined;
  return new FenceNode(line, undefined, marker[0] as '`' | '~', marker.length, match[1].length, detach(info));
}

export function closesFence(lineText: string, fence: Fence): boolean {
  const trimmed = lineText.trim();
  if (trimmed.length < fence.length) return false;
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed[i] !== fence.char) return false;
  }
  return true;
}

export function parseHeading(source: SourceText, line: number, lineText: string): Heading | undefined {
  const match = HEADING.exec(lineText);
  if (!match) return undefined;
  const headingText = (match[2] ?? '').trim();
  const markerStart = lineText.indexOf('#');
  const textStart = headingText === '' ? markerStart + match[1].length : lineText.indexOf(headingText, markerStart + match[1].length);
  return new HeadingNode(match[1].length, detach(headingText), line, markerStart, lineText.trimEnd().length, textStart, source.lineCount, headingRole(headingText));
}

export function parseListItem(source: SourceText, line: number, lineText: string): ListItem | undefined {
  const match = LIST_ITEM.exec(lineText);
  if (!match) return undefined;
  const indent = match[1].length;
  const checkbox = match[3] ? match[3][1] : undefined;
  const markerEnd = match[3] ? lineText.indexOf(match[3], indent + match[2].length) + 3 : indent + match[2].length;
  return new ListItemNode(line, indent, detach(match[2]), checkbox, detach((match[4] ?? '').trim()), lineText.trimEnd().length, markerEnd);
}

export function parseLabel(source: SourceText, line: number, lineText: string): Label | undefined {
  const match = LABEL.exec(lineText);
  if (!match) return undefined;
  const start = match[1].length;
  let end = start + match[2].length + 4;
  if (lineText[end] === ':') end++;
  return new LabelNode(line, detach(match[2].trim().replace(/:$/, '').trim()), /[-*+]/.test(match[1]), start, end);
}

export function ruleIds(text: string): Set<string> {
  const ids = text.split(/[\s,]+/).filter((id) => id !== '');
  return new Set(ids.length > 0 ? ids : ['*']);
}
