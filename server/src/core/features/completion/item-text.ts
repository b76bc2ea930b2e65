/**
 * Turning a value into the text a completion item inserts at a slot: quoted when YAML needs
 * it (or escaped for the quotes already there), with the space that `key:|` still lacks.
 * Snippet bodies (`Bash(${1:npm run *})`) get the same treatment around their placeholders.
 */
import type { CompletionItem, CompletionItemKind, MarkupContent } from 'vscode-languageserver-types';
import type { ValueSlot } from './value-slot';

/** LSP InsertTextFormat. */
export const PLAIN_TEXT = 1;
export const SNIPPET = 2;

const YAML_NON_STRING = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|nan))$/i;

/** A word of letters, digits, `_` and `-` reads back as itself unless it is a YAML keyword. */
const PLAIN_WORD = /^[A-Za-z_][\w-]*$/;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|null)$/i;

/** Whether a plain YAML scalar would not read back as exactly this string. */
export function needsQuotes(value: string, inFlow: boolean): boolean {
  if (PLAIN_WORD.test(value)) return YAML_WORDS.test(value);
  if (value === '' || value !== value.trim()) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return true;
  if (/: |:$| #/.test(value)) return true;
  if (inFlow && /[,[\]{}]/.test(value)) return true;
  return YAML_NON_STRING.test(value);
}

/** Escapes literal text for snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function escapeForQuote(value: string, quote: '"' | "'"): string {
  return quote === '"' ? value.replace(/[\\"]/g, '\\$&') : value.replace(/'/g, "''");
}

/**
 * What to insert for `value` at `slot`. `snippetBody`, when given, is the snippet form of the
 * same value (placeholders included); quoting is decided on the plain value.
 */
export function textForSlot(value: string, slot: ValueSlot, options: { snippetBody?: string; forceQuotes?: boolean } = {}): string {
  const body = options.snippetBody ?? value;
  let text: string;
  if (slot.quote) {
    text = (options.snippetBody ? body : escapeForQuote(value, slot.quote)) + (slot.quoteClosed ? '' : slot.quote);
  } else if (options.forceQuotes || needsQuotes(value, slot.form === 'flow-item')) {
    text = `"${options.snippetBody ? body : escapeForQuote(value, '"')}"`;
  } else {
    text = body;
  }
  return slot.leadingSpace ? ' ' + text : text;
}

export interface SlotItemOptions {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string | MarkupContent;
  sortText: string;
  /** Plain value inserted (quoted as needed). */
  value: string;
  /** Snippet form of the value, when it has placeholders. */
  snippetBody?: string;
  forceQuotes?: boolean;
  /** Filter on the slot's whole token, so every item stays visible (e.g. all bumps of a version). */
  showAll?: boolean;
  preselect?: boolean;
}

/** A completion item that replaces the slot's token. */
export function slotItem(slot: ValueSlot, o: SlotItemOptions): CompletionItem {
  const item: CompletionItem = {
    label: o.label,
    kind: o.kind,
    sortText: o.sortText,
    textEdit: { range: slot.range, newText: textForSlot(o.value, slot, { snippetBody: o.snippetBody, forceQuotes: o.forceQuotes }) },
    insertTextFormat: o.snippetBody ? SNIPPET : PLAIN_TEXT,
  };
  // Editors filter on the label unless told otherwise; say so only when it differs.
  const filterText = (slot.leadingSpace ? ' ' : '') + (o.showAll && slot.token !== '' ? slot.token : o.label);
  if (filterText !== o.label) item.filterText = filterText;
  if (o.detail) item.detail = o.detail;
  if (o.documentation) item.documentation = typeof o.documentation === 'string' ? markdown(o.documentation) : o.documentation;
  if (o.preselect) item.preselect = true;
  return item;
}

export function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

/** Sort keys for the common cases, made once: lists are built on every keystroke. */
const ORDER_KEYS: readonly (readonly string[])[] = Array.from({ length: 6 }, (_, group) =>
  Array.from({ length: 100 }, (_, index) => `${group}${String(index).padStart(4, '0')}`),
);

/** Sort key that keeps the given order within a group: `00007`. */
export function order(index: number, group = 0): string {
  return ORDER_KEYS[group]?.[index] ?? `${group}${String(index).padStart(4, '0')}`;
}

/**
 * The plain text a snippet expands to with its defaults, for clients without snippet support:
 * `${1:a}` → `a`, `${1|a,b|}` → `a`, `$1` → ``.
 */
export function snippetToPlain(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[++i];
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (c === '$' && snippet[i + 1] === '{') {
      const choice = /^\$\{\d+\|((?:[^|\\,]|\\.)*)(?:,(?:[^|\\,]|\\.)*)*\|\}/.exec(snippet.slice(i));
      if (choice) {
        out += choice[1].replace(/\\(.)/g, '$1');
        i += choice[0].length - 1;
        continue;
      }
      const head = /^\$\{\d+:?/.exec(snippet.slice(i));
      if (!head) {
        out += c;
        continue;
      }
      // Placeholders nest: keep their text, drop the matching closing brace.
      i += head[0].length - 1;
      let depth = 1;
      let inner = '';
      for (i++; i < snippet.length && depth > 0; i++) {
        const d = snippet[i];
        if (d === '\\' && i + 1 < snippet.length) {
          inner += d + snippet[++i];
          continue;
        }
        if (d === '$' && snippet[i + 1] === '{') depth++;
        if (d === '}') depth--;
        if (depth > 0) inner += d;
      }
      i--;
      out += snippetToPlain(inner);
    } else {
      out += c;
    }
  }
  return out;
}
