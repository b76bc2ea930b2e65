/**
 * Splits `tools` / `disallowedTools` into entries with their own source ranges, for both the
 * comma-separated string and the YAML list form. Commas inside a specifier do not split:
 * `Agent(planner, reviewer)` is one entry.
 */
import type { AgentDocument, FrontmatterField } from '../../../document/model';

export interface ToolEntry {
  /** The entry as written, trimmed: `Bash(npm run *)`. */
  text: string;
  /** The tool name before any specifier: `Bash`. */
  name: string;
  /** Whether a `(` opened a specifier that is never closed. */
  unclosed: boolean;
  /** Offsets of the entry text in the document. */
  start: number;
  end: number;
  /** Offsets of the name part, for renames that keep the specifier. */
  nameEnd: number;
  /** Offsets of the whole list item (quotes included) when the field is a YAML list. */
  itemStart: number;
  itemEnd: number;
  /** Whether removing it means removing a whole `- item` line. */
  blockItem: boolean;
  /** Whether the offsets are exact (false when escapes hid the entry in the source). */
  located: boolean;
}

/** Splits on commas outside parentheses and brackets; returns trimmed pieces with offsets into `text`. */
export function splitTopLevel(text: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') pieces.push({ text: trimmed, offset: from + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    else if (ch === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return pieces;
}

function nameOf(entry: string): { name: string; unclosed: boolean } {
  const paren = entry.indexOf('(');
  if (paren < 0) return { name: entry, unclosed: false };
  return { name: entry.slice(0, paren).trim(), unclosed: !entry.trimEnd().endsWith(')') };
}

export function toolEntries(doc: AgentDocument, field: FrontmatterField): ToolEntry[] {
  const entries: ToolEntry[] = [];
  const valueStart = doc.source.offsetAt(field.valueRange.start);
  const valueEnd = doc.source.offsetAt(field.valueRange.end);
  if (typeof field.value === 'string') {
    collect(entries, field.value, field.valueSource, valueStart, valueStart, valueEnd, false);
  } else if (Array.isArray(field.value) && field.items) {
    for (const item of field.items) {
      if (typeof item.value !== 'string') continue;
      const itemStart = doc.source.offsetAt(item.range.start);
      const itemEnd = doc.source.offsetAt(item.range.end);
      collect(entries, item.value, item.source, itemStart, itemStart, itemEnd, field.style === 'block-seq');
    }
  }
  return entries;
}

/**
 * Finds each piece of `value` in its `source` text to learn its offsets. When escapes make
 * the source differ from the value, the piece falls back to the whole source span.
 */
function collect(out: ToolEntry[], value: string, source: string, sourceStart: number, outerStart: number, outerEnd: number, blockItem: boolean): void {
  const pieces = splitTopLevel(value);
  let cursor = 0;
  for (const piece of pieces) {
    const found = source.indexOf(piece.text, cursor);
    const start = found >= 0 ? sourceStart + found : outerStart;
    const end = found >= 0 ? start + piece.text.length : outerEnd;
    if (found >= 0) cursor = found + piece.text.length;
    const { name, unclosed } = nameOf(piece.text);
    const single = pieces.length === 1;
    out.push({
      text: piece.text,
      name,
      unclosed,
      start,
      end,
      nameEnd: found >= 0 ? start + (piece.text.indexOf(name) + name.length) : end,
      itemStart: single ? outerStart : start,
      itemEnd: single ? outerEnd : end,
      blockItem: single && blockItem,
      located: found >= 0,
    });
  }
}
