/**
 * Fields whose YAML reading is certain without the YAML parser: one-line `key: plain words`,
 * quoted text without escapes, decimal numbers and dotted versions, one-line flow lists and
 * block lists of plain words. Each gives exactly the field the parser would (a test compares
 * them on every fixture and the corpus); anything else is left to the parser.
 */
import type { FieldItem, FrontmatterField } from './model';
import type { SourceText } from './source-text';

/**
 * The field of a chunk in one of the few shapes whose YAML reading is certain without the
 * parser, or undefined: `key: plain words`, `key: "text"` / `key: 'text'` without escapes,
 * `key: [plain, words]` on one line, and a block list of plain words (`key:` then `  - item`
 * lines at one indentation). Each gives what the parser gives (a test compares them).
 */
export function fieldWithoutParser(source: SourceText, offset: number, text: string): FrontmatterField | undefined {
  const simple = SIMPLE_FIELD.exec(text);
  if (simple) return isPlainWords(simple[3]) ? simpleField(source, offset, simple) : undefined;
  const number = NUMBER_FIELD.exec(text);
  if (number) return numberField(source, offset, number);
  const quoted = QUOTED_FIELD.exec(text);
  if (quoted) return quotedField(source, offset, quoted);
  const flow = FLOW_LIST_FIELD.exec(text);
  if (flow) return flowListField(source, offset, flow);
  return BLOCK_LIST_HEAD.test(text) ? blockListField(source, offset, text) : undefined;
}

/** `key: "text"` or `key: 'text'` on one line, with no escape inside. */
const QUOTED_FIELD = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]+)("[^"\\\r\n]*"|'[^'\r\n]*')[ \t]*(?:\r?\n)?$/;
/** `key: [a, "b"]` on one line, with nothing that could nest or comment (items are checked one by one). */
const FLOW_LIST_FIELD = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]+)\[([^\[\]{}'#\r\n]*)\][ \t]*(?:\r?\n)?$/;
/** `key: 2` or `key: 1.5`: the decimal forms YAML reads as a number, and `1.2.3`, which it reads as text. */
const NUMBER_FIELD = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]+)([0-9]+(?:\.[0-9]+)*)[ \t]*(?:\r?\n)?$/;
/** `key:` alone on its line, then the list's lines. */
const BLOCK_LIST_HEAD = /^[A-Za-z_][\w.-]*[ \t]*:[ \t]*\r?\n/;
const BLOCK_LIST_ITEM = /^( +)- ([A-Za-z][^\r\n]*?)[ \t]*(\r?\n|$)/;

/** A list item YAML reads as exactly its text: plain words, and nothing a flow list treats specially. */
function isPlainItem(item: string, inFlow: boolean): boolean {
  return /^[A-Za-z]/.test(item) && isPlainWords(item) && !(inFlow && /[,[\]{}]/.test(item));
}

function quotedField(source: SourceText, offset: number, match: RegExpExecArray): FrontmatterField {
  const [, key, separator, quoted] = match;
  const valueStart = offset + key.length + separator.length;
  return {
    key,
    keyRange: source.rangeOf(offset, offset + key.length),
    value: quoted.slice(1, -1),
    valueRange: source.rangeOf(valueStart, valueStart + quoted.length),
    valueSource: quoted,
    style: quoted[0] === '"' ? 'double' : 'single',
    items: undefined,
    lenient: false,
  };
}

function numberField(source: SourceText, offset: number, match: RegExpExecArray): FrontmatterField | undefined {
  const [, key, separator, digits] = match;
  const dots = digits.split('.').length - 1;
  // 1.0 reads as 1 and 1.50 as 1.5 either way; only forms whose source is certain are kept here.
  if (dots === 1 && /0$|\.$/.test(digits)) return undefined;
  if (dots === 0 && digits.length > 15) return undefined;
  const field = simpleField(source, offset, match);
  field.value = dots <= 1 ? Number(digits) : digits;
  return field;
}

function flowListField(source: SourceText, offset: number, match: RegExpExecArray): FrontmatterField | undefined {
  const [, key, separator, inner] = match;
  const open = offset + key.length + separator.length;
  const items: FieldItem[] = [];
  if (inner.trim() !== '') {
    // Items split at commas outside double quotes; a quoted item has no escape and no comma.
    let at = open + 1;
    for (const piece of inner.split(',')) {
      const item = piece.trim();
      const quoted = /^"[^"\\]*"$/.test(item);
      if (!quoted && (item.includes('"') || !isPlainItem(item, true))) return undefined;
      const start = at + piece.indexOf(item);
      items.push({ value: quoted ? item.slice(1, -1) : item, range: source.rangeOf(start, start + item.length), source: item });
      at += piece.length + 1;
    }
  }
  const close = open + inner.length + 2;
  return {
    key,
    keyRange: source.rangeOf(offset, offset + key.length),
    value: items.map((item) => item.value),
    valueRange: source.rangeOf(open, close),
    valueSource: source.text.slice(open, close),
    style: 'flow-seq',
    items,
    lenient: false,
  };
}

function blockListField(source: SourceText, offset: number, text: string): FrontmatterField | undefined {
  const key = /^[A-Za-z_][\w.-]*/.exec(text)![0];
  let at = text.indexOf('\n') + 1;
  const listStart = at;
  let indent: string | undefined;
  const items: FieldItem[] = [];
  while (at < text.length) {
    const line = BLOCK_LIST_ITEM.exec(text.slice(at));
    if (!line || (indent !== undefined && line[1] !== indent) || !isPlainItem(line[2], false)) return undefined;
    indent = line[1];
    const start = offset + at + indent.length + 2;
    items.push({ value: line[2], range: source.rangeOf(start, start + line[2].length), source: line[2] });
    at += line[0].length;
    if (line[3] === '') break;
  }
  if (items.length === 0 || at !== text.length) return undefined;
  const valueStart = offset + listStart + indent!.length;
  const valueEnd = offset + text.length;
  return {
    key,
    keyRange: source.rangeOf(offset, offset + key.length),
    value: items.map((item) => item.value),
    valueRange: source.rangeOf(valueStart, valueEnd),
    valueSource: source.text.slice(valueStart, valueEnd),
    style: 'block-seq',
    items,
    lenient: false,
  };
}

/** `key: value` on one line, the value starting with a letter (so never a number). */
export const SIMPLE_FIELD = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]+)([A-Za-z][^\r\n]*?)[ \t]*(?:\r?\n)?$/;
const YAML_KEYWORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** A plain scalar that YAML reads as exactly this string: no comment, no `: `, no keyword. */
export function isPlainWords(value: string): boolean {
  return !YAML_KEYWORD.test(value) && !/:(?:[ \t]|$)|[ \t]#/.test(value);
}

export function simpleField(source: SourceText, offset: number, match: RegExpExecArray): FrontmatterField {
  const [, key, separator, value] = match;
  const valueStart = offset + key.length + separator.length;
  return {
    key,
    keyRange: source.rangeOf(offset, offset + key.length),
    value,
    valueRange: source.rangeOf(valueStart, valueStart + value.length),
    valueSource: value,
    style: 'plain',
    items: undefined,
    lenient: false,
  };
}
