/**
 * Where in the frontmatter the cursor is, read from the cursor's line (and, for lists that span
 * lines, the lines back to their key). The parsed fields describe the last version; while a user
 * types, the line itself is the truth, so this works on text and uses the fields only to find
 * the value a cursor line belongs to.
 */
import { topLevelKeyLineAtOrBefore } from '../../document/frontmatter-lenient';
import type { AgentDocument, Frontmatter, FrontmatterField } from '../../document/model';
import type { SourceText } from '../../document/source-text';
import type { Position, Range } from '../../types';
import { flowItemSlot, scalarSlot, type ValueSlot } from './value-slot';

export type { ValueSlot } from './value-slot';

/** A column-0 position where a key goes: `mod|` or an empty line. */
export interface KeySpot {
  kind: 'key';
  line: number;
  /** The key being typed (the whole word, also after the cursor). */
  range: Range;
  prefix: string;
  /** The line already has `:` after the word: insert the key alone. */
  hasColon: boolean;
}

/** A position inside the value of `key`. */
export interface ValueSpot {
  kind: 'value';
  key: string;
  keyLine: number;
  /** The field as last parsed, when the parse has it. */
  field: FrontmatterField | undefined;
  slot: ValueSlot;
}

export type FrontmatterSpot = KeySpot | ValueSpot;

const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/;
const KEY_PREFIX = /^(?:[A-Za-z_][\w.-]*)?$/;
const BLOCK_ITEM = /^([ \t]*)-(?=[ \t]|$)([ \t]*)/;
/** How far back (in characters) a flow list may open before the cursor and still be read. */
const MAX_FLOW_SCAN = 20_000;

/**
 * The spot at `position`, or undefined when the cursor is not in the frontmatter or sits where
 * nothing can be completed (a comment, a block scalar, the middle of a multi-line text).
 * `splitsCommas(key)` says whether the key's value is a comma-separated list (`tools`).
 */
export function frontmatterSpot(doc: AgentDocument, position: Position, splitsCommas: (key: string) => boolean): FrontmatterSpot | undefined {
  const fm = doc.frontmatter;
  const source = doc.source;
  if (!fm || position.line <= fm.openLine || position.line >= source.lineCount) return undefined;
  const line = position.line;
  // An unclosed block ends where the YAML-looking lines stop; the first line after them may be
  // a key still being typed (`mod` has no colon yet).
  const pastYaml = fm.closeLine === undefined && source.lineStart(line) >= fm.contentEnd && fm.contentEnd < source.text.length;
  if (fm.closeLine !== undefined ? line >= fm.closeLine : pastYaml && line > source.positionAt(fm.contentEnd).line) return undefined;
  const text = source.lineText(line);
  const character = Math.min(position.character, text.length);
  if (/^[ \t]*#/.test(text)) return undefined;

  const keyLine = KEY_LINE.exec(text);
  if (keyLine && !pastYaml && character >= keyLine[0].length) {
    return valueSpot(doc, fm, keyLine[1], line, source.lineStart(line) + keyLine[0].length, character, splitsCommas(keyLine[1]));
  }
  if (text.length === 0 || /^[A-Za-z_]/.test(text)) {
    const prefix = text.slice(0, character);
    if (!KEY_PREFIX.test(prefix) || insideMultiLineValue(fm, line)) return undefined;
    let end = character;
    while (end < text.length && /[\w.-]/.test(text[end])) end++;
    const range = source.lineRange(line, 0, end);
    return { kind: 'key', line, range, prefix, hasColon: /^[ \t]*:/.test(text.slice(end)) };
  }
  if (pastYaml) return undefined;
  // An indented or `- ` line: part of the value of the nearest key above.
  const firstLine = fm.openLine + 1;
  const ownerLine = topLevelKeyLineAtOrBefore(source, line - 1, firstLine);
  if (ownerLine === undefined) return undefined;
  const owner = KEY_LINE.exec(source.lineText(ownerLine));
  if (!owner) return undefined;
  return valueSpot(doc, fm, owner[1], ownerLine, source.lineStart(ownerLine) + owner[0].length, character, splitsCommas(owner[1]), line);
}

function valueSpot(
  doc: AgentDocument,
  fm: Frontmatter,
  key: string,
  keyLine: number,
  afterColon: number,
  character: number,
  splitCommas: boolean,
  cursorLine = keyLine,
): ValueSpot | undefined {
  const field = fm.fields.find((f) => f.key === key && f.keyRange.start.line === keyLine);
  const slot = slotAt(doc.source, afterColon, cursorLine, character, keyLine, splitCommas, field);
  return slot && { kind: 'value', key, keyLine, field, slot };
}

function slotAt(source: SourceText, afterColon: number, line: number, character: number, keyLine: number, splitCommas: boolean, field: FrontmatterField | undefined): ValueSlot | undefined {
  const lineStart = source.lineStart(line);
  const lineEnd = source.lineEnd(line);
  const cursor = lineStart + character;
  const closedLater = field !== undefined && field.valueRange.end.line > line;
  if (line > keyLine) {
    const dash = BLOCK_ITEM.exec(source.lineText(line));
    if (dash) {
      const itemStart = lineStart + dash[0].length;
      if (cursor < lineStart + dash[1].length + 1 || (cursor < itemStart && itemStart < lineEnd)) return undefined;
      return scalarSlot(source, Math.min(itemStart, cursor), cursor, lineEnd, { form: 'block-item', splitCommas: false, closedLater: false });
    }
    const open = firstNonSpace(source.text, afterColon, cursor);
    if (open >= 0 && source.text[open] === '[' && cursor - open <= MAX_FLOW_SCAN) return flowItemSlot(source, open, cursor, lineEnd);
    return undefined;
  }
  const valueStart = firstNonSpace(source.text, afterColon, lineEnd);
  // Nothing after the colon yet: an empty value at the cursor.
  if (valueStart < 0) return scalarSlot(source, cursor, cursor, lineEnd, { form: 'scalar', splitCommas, closedLater });
  const first = source.text[valueStart];
  // The cursor before the value (in the spaces, or before a quote or bracket) completes nothing.
  if (valueStart > cursor || (valueStart === cursor && !/[\w.]/.test(first))) return undefined;
  if (first === '[') return flowItemSlot(source, valueStart, cursor, lineEnd);
  if ('|>&*!{%@`'.includes(first)) return undefined;
  return scalarSlot(source, valueStart, cursor, lineEnd, { form: 'scalar', splitCommas, closedLater });
}

/** Offset of the first character that is not a space, tab or line break in [from, to), or -1. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return i;
  }
  return -1;
}

/** Whether `line` continues the value of a field that started above it (a block scalar, a wrapped text). */
function insideMultiLineValue(fm: Frontmatter, line: number): boolean {
  return fm.fields.some((f) => {
    const { start, end } = f.valueRange;
    return start.line < line && (line < end.line || (line === end.line && end.character > 0));
  });
}
