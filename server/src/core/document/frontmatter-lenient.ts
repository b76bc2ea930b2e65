import type { FieldItem, FrontmatterField, ScalarStyle } from './model';
import { detach } from './outline-nodes';
import type { SourceText } from './source-text';

/** `key:` at column 0, as Claude Code's frontmatter keys always are. */
const TOP_LEVEL_KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/;

export function topLevelKeyLineAtOrBefore(source: SourceText, line: number, firstLine: number): number | undefined {
  for (let l = line; l >= firstLine; l--) {
    if (TOP_LEVEL_KEY.test(source.lineText(l))) return l;
  }
  return undefined;
}

/**
 * A forgiving, line-based reading of frontmatter that the YAML parser rejected: each
 * column-0 `key:` starts a field, indented and `- ` lines continue it. Values are what a
 * person meant (an unquoted description with `: ` in it is still that description), so the
 * other rules can keep working while `yaml-syntax` reports the real problem.
 */
export function readFieldsLeniently(source: SourceText, contentStart: number, contentEnd: number): FrontmatterField[] {
  const fields: FrontmatterField[] = [];
  const firstLine = source.positionAt(contentStart).line;
  const lastLine = contentEnd > contentStart ? source.positionAt(contentEnd - 1).line : firstLine - 1;
  let line = firstLine;
  while (line <= lastLine) {
    const text = source.lineText(line);
    const match = TOP_LEVEL_KEY.exec(text);
    if (!match) {
      line++;
      continue;
    }
    let next = line + 1;
    while (next <= lastLine && isContinuation(source.lineText(next))) next++;
    fields.push(lenientField(source, line, next - 1, match));
    line = next;
  }
  return fields;
}

function isContinuation(text: string): boolean {
  return text.trim() === '' || /^[ \t]/.test(text) || /^-([ \t]|$)/.test(text);
}

function lenientField(source: SourceText, line: number, lastLine: number, match: RegExpExecArray): FrontmatterField {
  // Trailing blank lines belong to nobody.
  while (lastLine > line && source.lineText(lastLine).trim() === '') lastLine--;
  const lineStart = source.lineStart(line);
  const afterColon = lineStart + match[0].length;
  const firstText = source.text.slice(afterColon, source.lineEnd(line));
  const valueStart = afterColon + (firstText.length - firstText.trimStart().length);
  const valueEnd = Math.max(valueStart, lastLine > line ? source.lineEnd(lastLine) : lineStart + trimmedEnd(source.lineText(line)));
  const valueSource = detach(source.text.slice(valueStart, valueEnd));
  const { value, style, items } = interpret(source, valueSource, valueStart, line, lastLine);
  return {
    key: detach(match[1]),
    keyRange: source.rangeOf(lineStart, lineStart + match[1].length),
    value,
    valueRange: source.rangeOf(valueStart, valueEnd),
    valueSource,
    style,
    items,
    lenient: true,
  };
}

function trimmedEnd(text: string): number {
  return text.trimEnd().length;
}

function interpret(source: SourceText, raw: string, start: number, line: number, lastLine: number): { value: unknown; style: ScalarStyle; items?: FieldItem[] } {
  const firstLineText = raw.split(/\r?\n|\r/)[0].trim();
  if (raw.trim() === '') return { value: null, style: 'empty' };
  if (firstLineText.startsWith('[') && raw.trimEnd().endsWith(']')) {
    const items = splitFlowList(source, raw, start);
    return { value: items.map((i) => i.value), style: 'flow-seq', items };
  }
  if (firstLineText === '' && lastLine > line) {
    const items = blockListItems(source, line + 1, lastLine);
    if (items.length > 0) return { value: items.map((i) => i.value), style: 'block-seq', items };
  }
  if (/^[|>][-+0-9]*$/.test(firstLineText)) {
    const body = raw.split(/\r?\n|\r/).slice(1).map((l) => l.trim());
    return { value: body.join(firstLineText.startsWith('|') ? '\n' : ' ').trim(), style: firstLineText.startsWith('|') ? 'block-literal' : 'block-folded' };
  }
  const joined = raw.split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '').join(' ');
  if (/^'.*'$/s.test(joined)) return { value: joined.slice(1, -1).replace(/''/g, "'"), style: 'single' };
  if (/^".*"$/s.test(joined)) return { value: joined.slice(1, -1), style: 'double' };
  return { value: stripComment(joined), style: 'plain' };
}

function stripComment(text: string): string {
  const hash = text.search(/[ \t]#/);
  return (hash >= 0 ? text.slice(0, hash) : text).trim();
}

function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

function splitFlowList(source: SourceText, raw: string, start: number): FieldItem[] {
  const open = raw.indexOf('[');
  const close = raw.lastIndexOf(']');
  const items: FieldItem[] = [];
  let depth = 0;
  let quote: string | undefined;
  let itemStart = open + 1;
  const push = (end: number) => {
    const text = raw.slice(itemStart, end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed !== '') {
      const s = start + itemStart + lead;
      items.push({ value: unquote(trimmed), range: source.rangeOf(s, s + trimmed.length), source: trimmed });
    }
  };
  for (let i = open + 1; i < close; i++) {
    const ch = raw[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth <= 0) {
      push(i);
      itemStart = i + 1;
    }
  }
  push(close);
  return items;
}

function blockListItems(source: SourceText, from: number, to: number): FieldItem[] {
  const items: FieldItem[] = [];
  for (let line = from; line <= to; line++) {
    const text = source.lineText(line);
    const match = /^([ \t]*-[ \t]+)(.*?)[ \t]*$/.exec(text);
    if (!match || match[2] === '') continue;
    const s = source.lineStart(line) + match[1].length;
    const itemText = detach(match[2]);
    items.push({ value: unquote(itemText), range: source.rangeOf(s, s + itemText.length), source: itemText });
  }
  return items;
}
