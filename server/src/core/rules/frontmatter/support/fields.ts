/** Small readers over `doc.frontmatter.fields` shared by the frontmatter rules. */
import type { AgentDocument, FrontmatterField } from '../../../document/model';
import type { Range, TextEdit } from '../../../types';

/** Every occurrence of a key, in source order (duplicates included). */
export function fieldsNamed(doc: AgentDocument, key: string): FrontmatterField[] {
  return doc.frontmatter?.fields.filter((f) => f.key === key) ?? [];
}

/** The first occurrence of a key. */
export function firstField(doc: AgentDocument, key: string): FrontmatterField | undefined {
  return doc.frontmatter?.fields.find((f) => f.key === key);
}

/** A field's value as text when it is a non-empty string; undefined otherwise. */
export function textValue(field: FrontmatterField | undefined): string | undefined {
  return field && typeof field.value === 'string' && field.value.trim() !== '' ? field.value : undefined;
}

/** Whether the field has no usable value: `key:`, `key: ""`, `key: null`. */
export function isEmptyValue(field: FrontmatterField): boolean {
  if (field.value === null || field.value === undefined) return true;
  return typeof field.value === 'string' && field.value.trim() === '';
}

/** The line of the opening `---`, as a range (where "missing field" problems point). */
export function openingLineRange(doc: AgentDocument): Range {
  return doc.source.lineRange(doc.frontmatter?.openLine ?? 0);
}

/** Inserts whole lines after `line`, keeping the file's line breaks. */
export function insertLinesAfter(doc: AgentDocument, line: number, lines: string[]): TextEdit {
  const eol = doc.source.eol;
  const at = doc.source.positionAt(doc.source.lineEnd(line));
  return { range: { start: at, end: at }, newText: lines.map((l) => eol + l).join('') };
}

/**
 * Replaces a single-line plain scalar with a quoted one when its text is not safe as a plain
 * scalar (e.g. it contains `: ` or starts with `-`), so a fix never produces YAML that fails.
 */
export function yamlScalar(text: string): string {
  const needsQuotes =
    text === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
    /:(\s|$)/.test(text) ||
    /\s#/.test(text) ||
    /\s$/.test(text) ||
    /^(true|false|null|yes|no|on|off|~)$/i.test(text) ||
    /^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(text);
  return needsQuotes ? `'${text.replace(/'/g, "''")}'` : text;
}

/** The lines of a field: from its key's line to its value's last line. */
export function fieldLines(field: FrontmatterField): { first: number; last: number } {
  const first = field.keyRange.start.line;
  let last = field.valueRange.end.line;
  // Block values can end at the start of the following line (their range covers the line break).
  if (last > first && field.valueRange.end.character === 0) last--;
  return { first, last: Math.max(first, last) };
}

/**
 * Whether a lenient (YAML failed) text value can be judged as written: a single token without
 * quotes, spaces or comment marks. Anything else may be an artefact of the line-based reading.
 */
export function isTrustworthyText(field: FrontmatterField): boolean {
  return !field.lenient || (typeof field.value === 'string' && /^[^\s"'#]+$/.test(field.value));
}
