import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Document as YamlDocument } from 'yaml';
import type { FieldItem, FrontmatterField, ScalarStyle, YamlSyntaxError } from './model';
import { detach } from './outline-nodes';
import type { SourceText } from './source-text';
import { readFieldsLeniently, topLevelKeyLineAtOrBefore } from './frontmatter-lenient';
import { fieldWithoutParser, isPlainWords, SIMPLE_FIELD, simpleField } from './frontmatter-plain-fields';

export interface FrontmatterReading {
  fields: FrontmatterField[];
  errors: YamlSyntaxError[];
  /** Parsed top-level fields, one YAML document each, for the next version to reuse; undefined after errors. */
  chunks: readonly YamlChunk[] | undefined;
}

/**
 * One top-level field's YAML text (its key line and continuation lines) and its parse;
 * `doc` is undefined for a one-line `key: plain words` field, read without the YAML parser.
 */
export interface YamlChunk {
  text: string;
  doc: YamlDocument.Parsed | undefined;
  /** The line the chunk started on, and the fields read there. */
  line: number;
  fields: FrontmatterField[];
}

const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true } as const;

/**
 * Reads the frontmatter YAML with exact positions. Duplicate keys are kept (a rule of their
 * own reports them). When the YAML does not parse, the fields come from a lenient line-based
 * reading so the other checks still run, and each error is pinned to the offending token.
 *
 * Given the previous version's chunks, each top-level field is parsed on its own and reused
 * when its text is unchanged, so a keystroke in `description` does not re-read `tools`. Any
 * doubt (an error, an anchor or alias that could tie fields together) falls back to reading
 * the whole block, which is always the authority.
 */
export function readFrontmatterYaml(source: SourceText, contentStart: number, contentEnd: number, previous?: readonly YamlChunk[]): FrontmatterReading {
  // A copy, not a view: parsed chunks outlive this version and must not pin its text.
  const yamlText = detach(source.text.slice(contentStart, contentEnd));
  if (yamlText.trim() === '') return { fields: [], errors: [], chunks: [] };
  if (!MAY_LINK_FIELDS.test(yamlText)) {
    const reading = previous ? readByChunks(source, contentStart, yamlText, previous) : readWithoutSimpleFields(source, contentStart, yamlText);
    if (reading) return reading;
  }
  return readWholeBlock(source, contentStart, contentEnd, yamlText);
}

/** The whole block read by the YAML parser at once: the authority (errors included) that the faster readings match. */
export function readWholeBlock(source: SourceText, contentStart: number, contentEnd: number, yamlText = detach(source.text.slice(contentStart, contentEnd))): FrontmatterReading {
  if (yamlText.trim() === '') return { fields: [], errors: [], chunks: [] };
  let doc: YamlDocument.Parsed;
  try {
    doc = parseDocument(yamlText, PARSE_OPTIONS);
  } catch (error) {
    // The yaml library reports problems as values; this guards against the unexpected.
    const range = source.rangeOf(contentStart, Math.min(contentEnd, contentStart + 3));
    return { fields: readFieldsLeniently(source, contentStart, contentEnd), errors: [{ range, message: String(error), code: 'INTERNAL' }], chunks: undefined };
  }
  const errors = pinErrors(source, doc, contentStart, contentEnd);
  if (errors.length > 0) {
    return { fields: readFieldsLeniently(source, contentStart, contentEnd), errors, chunks: undefined };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    const node = doc.contents as YamlNode;
    const [start, end] = node.range ?? [0, 1];
    const range = source.rangeOf(contentStart + start, contentStart + Math.min(end, yamlText.indexOf('\n', start) >>> 0));
    return { fields: [], errors: [{ range, message: 'The frontmatter is not a list of `key: value` fields.', code: 'NOT_A_MAPPING' }], chunks: undefined };
  }
  // The next version parses per field; starting with an empty cache costs one read then.
  return { fields: strictFields(source, doc, contentStart), errors: [], chunks: [] };
}

/** Anchors (`&a`), aliases (`*a`), tags and directives can make fields depend on each other. */
const MAY_LINK_FIELDS = /(?:^|[\s\[{,:])[&*!%]\S|^---|^\.\.\./m;
const TOP_LEVEL_KEY_LINE = /^[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|\r?\n|$)/;

function readByChunks(source: SourceText, contentStart: number, yamlText: string, previous: readonly YamlChunk[]): FrontmatterReading | undefined {
  const known = new Map<string, YamlChunk>();
  for (const chunk of previous) known.set(chunk.text, chunk);
  const chunks: YamlChunk[] = [];
  const fields: FrontmatterField[] = [];
  for (const { offset: relative, text } of splitChunks(yamlText)) {
    const offset = contentStart + relative;
    const line = source.positionAt(offset).line;
    const seen = known.get(text);
    // Chunks start at column 0 and fields carry line/character positions only, so the same
    // text on the same line means the same fields, even when an edit on an earlier line moved
    // the offset: its field objects are reused as they are (and the findings of rules that
    // read only those fields with them).
    if (seen && seen.line === line) {
      chunks.push(seen);
      fields.push(...seen.fields);
      continue;
    }
    const simple = SIMPLE_FIELD.exec(text);
    if (simple && isPlainWords(simple[3])) {
      const chunkFields = [simpleField(source, offset, simple)];
      chunks.push({ text, doc: undefined, line, fields: chunkFields });
      fields.push(...chunkFields);
      continue;
    }
    const doc = seen?.doc ?? parseDocument(text, PARSE_OPTIONS);
    if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
    const chunkFields = strictFields(source, doc, offset);
    chunks.push({ text, doc, line, fields: chunkFields });
    fields.push(...chunkFields);
  }
  return { fields, errors: [], chunks };
}

/**
 * A first reading that leaves the YAML parser only the fields that need it: each one-line
 * `key: plain words` field is read by `simpleField`, and its line becomes a comment (offsets
 * kept) in the text handed to the parser, which then composes only the other fields. Opening a
 * file, indexing a workspace and the CLI read every file once; most of a typical frontmatter
 * is such lines, and the parser's cost is per character. Undefined — read the whole block —
 * when nothing is simple, when the rest does not parse cleanly (the whole block is the
 * authority on errors), or when a block scalar keeps its trailing lines (`|+`).
 */
function readWithoutSimpleFields(source: SourceText, contentStart: number, yamlText: string): FrontmatterReading | undefined {
  if (!PRINTABLE.test(yamlText)) return undefined;
  const chunks = splitChunks(yamlText);
  const read = chunks.map((chunk) => fieldWithoutParser(source, contentStart + chunk.offset, chunk.text));
  const simple = read.filter((field): field is FrontmatterField => field !== undefined);
  if (simple.length === read.length) return { fields: simple, errors: [], chunks: [] };
  if (simple.length === 0) return undefined;
  // What the parser still reads: the other chunks, with each field read above turned into a
  // comment of the same length (offsets kept). A comment ends a block scalar above it as the
  // field did, where a line of spaces could become part of it.
  const rest = chunks.map((chunk, i) => (read[i] ? '#' + chunk.text.slice(1).replace(/[^\r\n]/g, ' ') : chunk.text)).join('');
  if (KEEP_CHOMPING.test(rest)) return undefined;
  const doc = parseDocument(rest, PARSE_OPTIONS);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return { fields: mergeBySource(simple, strictFields(source, doc, contentStart)), errors: [], chunks: [] };
}

/** Tabs and the printable characters YAML takes as they are; anything else goes to the parser. */
const PRINTABLE = /^[\t\n\r\x20-\x7E\u00A0-\uD7FF\uE000-\uFFFD]*$/;
/** A block scalar header with the keep indicator (`|+`, `>2+`): trailing blank lines belong to it. */
const KEEP_CHOMPING = /[|>](?:\+|[1-9]\+)/;

/** Two field lists, each in source order, merged in source order. */
function mergeBySource(a: FrontmatterField[], b: FrontmatterField[]): FrontmatterField[] {
  const merged: FrontmatterField[] = [];
  let i = 0;
  let j = 0;
  const before = (x: FrontmatterField, y: FrontmatterField) =>
    x.keyRange.start.line < y.keyRange.start.line || (x.keyRange.start.line === y.keyRange.start.line && x.keyRange.start.character < y.keyRange.start.character);
  while (i < a.length && j < b.length) merged.push(before(a[i], b[j]) ? a[i++] : b[j++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/** Splits the block before each column-0 `key:` line; leading comments form their own chunk. */
function splitChunks(yamlText: string): { offset: number; text: string }[] {
  const chunks: { offset: number; text: string }[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  while (lineStart < yamlText.length) {
    const next = yamlText.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? yamlText.length : next + 1;
    if (lineStart > chunkStart && TOP_LEVEL_KEY_LINE.test(yamlText.slice(lineStart, Math.min(lineEnd, lineStart + 200)))) {
      chunks.push({ offset: chunkStart, text: yamlText.slice(chunkStart, lineStart) });
      chunkStart = lineStart;
    }
    lineStart = lineEnd;
  }
  chunks.push({ offset: chunkStart, text: yamlText.slice(chunkStart) });
  return chunks;
}

function strictFields(source: SourceText, doc: YamlDocument.Parsed, offset: number): FrontmatterField[] {
  const fields: FrontmatterField[] = [];
  if (!isMap(doc.contents)) return fields;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const keyRange = source.rangeOf(offset + pair.key.range[0], offset + pair.key.range[1]);
    const valueNode = pair.value as YamlNode | null;
    let value: unknown = null;
    let valueStart = offset + pair.key.range[1];
    let valueEnd = valueStart;
    if (valueNode && valueNode.range) {
      valueStart = offset + valueNode.range[0];
      valueEnd = offset + valueNode.range[1];
      value = safeToJs(valueNode, doc);
    } else {
      // `key:` with nothing after it: point just past the colon.
      const colon = source.text.indexOf(':', valueStart);
      if (colon >= 0 && colon < source.lineEnd(keyRange.start.line)) valueStart = valueEnd = colon + 1;
    }
    fields.push({
      key,
      keyRange,
      value,
      valueRange: source.rangeOf(valueStart, valueEnd),
      valueSource: detach(source.text.slice(valueStart, valueEnd)),
      style: styleOf(valueNode),
      items: isSeq(valueNode) ? seqItems(source, valueNode.items as YamlNode[], doc, offset) : undefined,
      lenient: false,
    });
  }
  return fields;
}

function seqItems(source: SourceText, nodes: YamlNode[], doc: YamlDocument.Parsed, offset: number): FieldItem[] {
  const items: FieldItem[] = [];
  for (const node of nodes) {
    if (!node || !node.range) continue;
    const start = offset + node.range[0];
    const end = offset + node.range[1];
    items.push({ value: safeToJs(node, doc), range: source.rangeOf(start, end), source: detach(source.text.slice(start, end)) });
  }
  return items;
}

function safeToJs(node: YamlNode, doc: YamlDocument.Parsed): unknown {
  try {
    return node.toJS(doc, { maxAliasCount: 50 });
  } catch {
    return undefined;
  }
}

function styleOf(node: YamlNode | null): ScalarStyle {
  if (node === null) return 'empty';
  if (isScalar(node)) {
    switch (node.type) {
      case 'PLAIN': return 'plain';
      case 'QUOTE_SINGLE': return 'single';
      case 'QUOTE_DOUBLE': return 'double';
      case 'BLOCK_LITERAL': return 'block-literal';
      case 'BLOCK_FOLDED': return 'block-folded';
      default: return 'other';
    }
  }
  if (isSeq(node)) return node.flow ? 'flow-seq' : 'block-seq';
  if (isMap(node)) return 'map';
  return 'other';
}

/**
 * Turns the yaml library's errors into ranges on the offending token. The library points
 * "nested mapping" errors at the start of the value; the culprit is the `word:` inside it,
 * which is what the user must quote, so that is what we underline. One error per field:
 * the follow-on errors of the same broken value add noise, not information.
 */
function pinErrors(source: SourceText, doc: YamlDocument.Parsed, contentStart: number, contentEnd: number): YamlSyntaxError[] {
  const errors: YamlSyntaxError[] = [];
  const seenFieldLines = new Set<number>();
  const firstLine = source.positionAt(contentStart).line;
  for (const error of doc.errors) {
    const start = Math.min(contentStart + error.pos[0], contentEnd);
    const end = Math.min(contentStart + Math.max(error.pos[1], error.pos[0]), contentEnd);
    const line = source.positionAt(start).line;
    const fieldLine = topLevelKeyLineAtOrBefore(source, line, firstLine);
    const dedupeKey = fieldLine ?? line;
    if (seenFieldLines.has(dedupeKey)) continue;
    seenFieldLines.add(dedupeKey);
    errors.push({
      range: offendingTokenRange(source, start, end, error.code),
      message: firstSentence(error.message),
      code: error.code,
      fieldLine,
    });
  }
  return errors;
}

const COLON_IN_VALUE = /[^\s:]*:(?=[ \t]|$)/;

function offendingTokenRange(source: SourceText, start: number, end: number, code: string) {
  const pos = source.positionAt(start);
  const lineEnd = source.lineEnd(pos.line);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    // Search from the error start (the value) to the end of the value's lines for `word:`.
    const scanEnd = Math.max(end, lineEnd);
    const match = COLON_IN_VALUE.exec(source.text.slice(start, scanEnd));
    if (match) {
      let tokenStart = start + match.index;
      while (source.text[tokenStart] === '\n' || source.text[tokenStart] === '\r') tokenStart++;
      return source.rangeOf(tokenStart, start + match.index + match[0].length);
    }
  }
  const clampedEnd = Math.min(Math.max(end, start + 1), lineEnd);
  if (clampedEnd <= start) {
    // Zero-width at the end of a line: widen backwards onto the last character so it shows.
    return source.rangeOf(Math.max(source.lineStart(pos.line), start - 1), Math.max(start, lineEnd));
  }
  return source.rangeOf(start, clampedEnd);
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}
