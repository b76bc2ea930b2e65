/**
 * The token a value completion replaces, found on the cursor's line: a plain or quoted scalar,
 * one entry of a comma-separated string, one item of a flow list (`[a, b]`) or of a block list
 * (`- a`). The range never includes quotes, commas or brackets, so accepting an item cannot
 * break the YAML around it.
 */
import type { SourceText } from '../../document/source-text';
import type { Range } from '../../types';

export type SlotForm = 'scalar' | 'flow-item' | 'block-item';

export interface ValueSlot {
  form: SlotForm;
  /** What an accepted item replaces: the token around the cursor, without its quotes. */
  range: Range;
  /** The token's text before the cursor. */
  prefix: string;
  /** The token's whole text (the text in `range`). */
  token: string;
  /** The quote the cursor is inside; inserted values are escaped for it. */
  quote: '"' | "'" | undefined;
  /** Whether that quote is closed after the cursor (if not, an item closes it). */
  quoteClosed: boolean;
  /** The cursor sits right after `:`, `,` or `-`: an item starts with a space. */
  leadingSpace: boolean;
  /** The cursor is inside a `Tool(…)` specifier. */
  inSpecifier: boolean;
  /** Offsets of the token, to tell it apart from the other entries of a list. */
  start: number;
  end: number;
}

export interface ScalarOptions {
  form: SlotForm;
  /** The value is a comma-separated list: the slot is the entry around the cursor. */
  splitCommas: boolean;
  /** An unclosed quote on this line is closed on a later line (the value spans lines). */
  closedLater: boolean;
}

/** A scalar starting at `start` (a quote, a letter, or the cursor itself when nothing is typed yet). */
export function scalarSlot(source: SourceText, start: number, cursor: number, lineEnd: number, options: ScalarOptions): ValueSlot | undefined {
  const text = source.text;
  const quote = quoteAt(text, start, cursor);
  if (quote) {
    const close = closingQuote(text, start + 1, lineEnd, quote);
    if (close >= 0 && close < cursor) {
      // Right after a closed string: replace the whole string (the range must hold the cursor),
      // unless the string is a list of entries.
      if (options.splitCommas || cursor !== close + 1) return undefined;
      return build(source, start, close + 1, cursor, undefined, true, false);
    }
    const end = close >= 0 ? close : trimEnd(text, start + 1, lineEnd);
    return entry(source, start + 1, Math.max(end, cursor), cursor, quote, close >= 0 || options.closedLater, options.splitCommas);
  }
  const comment = commentStart(text, start, lineEnd);
  if (comment >= 0 && cursor > comment) return undefined;
  const end = trimEnd(text, start, comment >= 0 ? comment : lineEnd);
  if (cursor > end && !options.splitCommas) return undefined;
  return entry(source, start, Math.max(end, cursor), cursor, undefined, true, options.splitCommas);
}

/** The item of a flow list (opened by `[` at `open`) that the cursor is in. */
export function flowItemSlot(source: SourceText, open: number, cursor: number, lineEnd: number): ValueSlot | undefined {
  const text = source.text;
  let depth = 0;
  let quote: '"' | "'" | undefined;
  let itemStart = open + 1;
  for (let i = open + 1; i < cursor; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote && !(quote === '"' && text[i - 1] === '\\')) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
    } else if ((c === '"' || c === "'") && text.slice(itemStart, i).trim() === '') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ']') {
      if (depth === 0) return undefined; // the list closed before the cursor
      depth--;
    } else if (c === ',' && depth === 0) itemStart = i + 1;
  }
  let tokenStart = itemStart;
  while (tokenStart < cursor && /\s/.test(text[tokenStart])) tokenStart++;
  if (tokenStart < source.lineStart(source.positionAt(cursor).line)) return undefined; // the item started on an earlier line
  if (quote) {
    const close = closingQuote(text, tokenStart + 1, lineEnd, quote);
    const end = close >= 0 ? close : itemEnd(text, cursor, lineEnd);
    return build(source, tokenStart + 1, Math.max(end, cursor), cursor, quote, close >= 0, false);
  }
  if (text[tokenStart] === '"' || text[tokenStart] === "'") return undefined; // after a closed string
  const slot = build(source, tokenStart, Math.max(itemEnd(text, cursor, lineEnd), cursor), cursor, undefined, true, text[cursor - 1] === ',');
  return { ...slot, form: 'flow-item' };
}

/** Within [from, to): the whole text, or the comma-separated entry around the cursor. */
function entry(source: SourceText, from: number, to: number, cursor: number, quote: '"' | "'" | undefined, quoteClosed: boolean, splitCommas: boolean): ValueSlot {
  const text = source.text;
  let start = from;
  let end = to;
  if (splitCommas) {
    let depth = 0;
    for (let i = from; i < cursor; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) start = i + 1;
    }
    while (start < cursor && (text[start] === ' ' || text[start] === '\t')) start++;
    for (let i = cursor; i < to; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) {
        end = i;
        break;
      }
    }
    end = Math.max(cursor, trimEnd(text, start, end));
  }
  const before = text[cursor - 1] ?? '';
  // `key:|`, `a,|` and `-|` get a space before the value; inside quotes only after a comma.
  const leadingSpace = start === cursor && (quote ? before === ',' : /[:,-]/.test(before));
  return build(source, start, end, cursor, quote, quoteClosed, leadingSpace);
}

function build(source: SourceText, start: number, end: number, cursor: number, quote: '"' | "'" | undefined, quoteClosed: boolean, leadingSpace: boolean): ValueSlot {
  const text = source.text;
  let open = 0;
  for (let i = start; i < cursor; i++) {
    if (text[i] === '(') open++;
    else if (text[i] === ')') open = Math.max(0, open - 1);
  }
  return {
    form: 'scalar',
    range: source.rangeOf(start, end),
    prefix: text.slice(start, cursor),
    token: text.slice(start, end),
    quote,
    quoteClosed,
    leadingSpace,
    inSpecifier: open > 0,
    start,
    end,
  };
}

function quoteAt(text: string, start: number, cursor: number): '"' | "'" | undefined {
  const c = text[start];
  return start < cursor && (c === '"' || c === "'") ? c : undefined;
}

/** Offset of the quote that closes a string whose content starts at `from`, on this line; -1 if none. */
function closingQuote(text: string, from: number, lineEnd: number, quote: '"' | "'"): number {
  for (let i = from; i < lineEnd; i++) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && text[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** Where a YAML comment (` #`) starts in [from, to), or -1. */
function commentStart(text: string, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if (text[i] === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return i - 1;
  }
  return -1;
}

/** End of a flow item: the next `,` or `]` outside parentheses on the line, trailing spaces dropped. */
function itemEnd(text: string, from: number, lineEnd: number): number {
  let depth = 0;
  let i = from;
  for (; i < lineEnd; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ']') && depth === 0) break;
  }
  return trimEnd(text, from, i);
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}
