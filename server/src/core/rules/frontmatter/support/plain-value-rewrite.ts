/**
 * Rewrites a plain YAML value that broke the frontmatter (a `: ` inside it, a description
 * running over several lines, a leading `@` or `*`) as a single-quoted scalar or a `>-`
 * block scalar that parses to the text the author meant.
 */
import { parse } from 'yaml';
import type { AgentDocument } from '../../../document/model';
import type { TextEdit } from '../../../types';
import { FIELD_KEY_SYNONYMS, THREE_PHASE_FIELD_KEYS } from '../../../schema/field-keys';

const TOP_LEVEL_KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/;

/** Words that start dialogue lines inside descriptions (`user: …`), never fields. */
const DIALOGUE_WORDS = new Set([
  'user', 'assistant', 'human', 'claude', 'ai', 'agent', 'context', 'commentary', 'example', 'examples',
  'note', 'notes', 'response', 'input', 'output', 'q', 'a', 'question', 'answer', 'result', 'results',
]);

const KNOWN_KEYS = new Set([...THREE_PHASE_FIELD_KEYS, ...Object.keys(FIELD_KEY_SYNONYMS)]);

/**
 * Whether a column-0 `word:` line starts a new field rather than continuing a long value:
 * known keys always do; other lowercase identifiers do unless they read like dialogue.
 */
export function startsField(key: string): boolean {
  if (KNOWN_KEYS.has(key)) return true;
  return /^[a-z][A-Za-z0-9_-]*$/.test(key) && !DIALOGUE_WORDS.has(key.toLowerCase());
}

export interface ValueExtent {
  keyLine: number;
  /** Offset where the value starts (after `key: `). */
  start: number;
  /** Last line of the value. */
  lastLine: number;
  /** Offset just past the value's last character on `lastLine`. */
  end: number;
  /** The source lines of the value: the rest of the key line, then whole lines. */
  lines: string[];
}

/**
 * The lines a plain value at `keyLine` was meant to cover: up to the next line that starts a
 * field, skipping `<example>` blocks (whose `user:` lines are dialogue) and ignoring trailing
 * blank lines. `lastContentLine` is the frontmatter's last YAML line.
 */
export function plainValueExtent(doc: AgentDocument, keyLine: number, valueStart: number, lastContentLine: number): ValueExtent {
  const { source } = doc;
  let lastLine = keyLine;
  let inExample = false;
  for (let line = keyLine + 1; line <= lastContentLine; line++) {
    const text = source.lineText(line);
    if (!inExample) {
      const key = TOP_LEVEL_KEY.exec(text);
      if (key && startsField(key[1])) break;
      if (/^#/.test(text) || /^---[ \t]*$/.test(text)) break;
    }
    if (/<example>/i.test(text)) inExample = true;
    if (/<\/example>/i.test(text)) inExample = false;
    if (text.trim() !== '') lastLine = line;
  }
  const lines = [source.text.slice(valueStart, source.lineEnd(keyLine))];
  for (let line = keyLine + 1; line <= lastLine; line++) lines.push(source.lineText(line));
  return { keyLine, start: valueStart, lastLine, end: source.lineEnd(lastLine), lines };
}

/** What a plain scalar over these lines means: trimmed lines joined by spaces, a blank line is a line break. */
export function foldPlainLines(lines: readonly string[]): string {
  let result = '';
  let pendingBreaks = 0;
  let started = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (started) pendingBreaks++;
      continue;
    }
    if (started) result += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
    result += line;
    started = true;
    pendingBreaks = 0;
  }
  return result;
}

/** A single-quoted scalar for `text` (line breaks become blank lines, `'` is doubled). */
export function singleQuoted(text: string, eol: string): string {
  const parts = text.split('\n');
  let out = `'${parts[0].replace(/'/g, "''")}`;
  let breaks = 0;
  for (const part of parts.slice(1)) {
    breaks++;
    if (part === '') continue;
    out += eol.repeat(breaks + 1) + '  ' + part.replace(/'/g, "''");
    breaks = 0;
  }
  return out + "'";
}

/** A `>-` folded block scalar for the value lines, indented by two spaces. */
export function foldedBlock(lines: readonly string[], eol: string): string {
  const body = lines.map((l) => l.trim());
  while (body.length > 0 && body[0] === '') body.shift();
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  return '>-' + body.map((l) => eol + (l === '' ? '' : '  ' + l)).join('');
}

/** Whether `key: <scalar>` parses to exactly `expected` (a fix must never change the text). */
export function parsesTo(scalar: string, expected: string): boolean {
  try {
    const parsed = parse(`key: ${scalar}\n`, { strict: true, prettyErrors: false }) as unknown;
    return typeof parsed === 'object' && parsed !== null && (parsed as Record<string, unknown>).key === expected;
  } catch {
    return false;
  }
}

export interface ValueRewrites {
  quote?: TextEdit;
  block?: TextEdit;
  text: string;
}

/** Both rewrites of the value, each kept only when it provably parses to the meant text. */
export function rewritePlainValue(doc: AgentDocument, extent: ValueExtent): ValueRewrites {
  const { source } = doc;
  const text = foldPlainLines(extent.lines);
  const range = source.rangeOf(extent.start, extent.end);
  const quoted = singleQuoted(text, source.eol);
  const block = foldedBlock(extent.lines, source.eol);
  const result: ValueRewrites = { text };
  if (text !== '' && parsesTo(quoted.replace(/\r\n/g, '\n'), text)) result.quote = { range, newText: quoted };
  if (text !== '' && parsesTo(block.replace(/\r\n/g, '\n'), text)) result.block = { range, newText: block };
  return result;
}
