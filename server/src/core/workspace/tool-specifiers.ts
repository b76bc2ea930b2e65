/**
 * The names a frontmatter gives other files: agents inside `Agent(…)` / `Task(…)` specifiers
 * of `tools` and `disallowedTools`, and the entries of `skills`. Each with the exact range of
 * the name in the source (inside quotes), so navigation can point at it and rename can
 * replace it. Entries whose position the source does not reveal (YAML escapes) are skipped:
 * a wrong range would make rename edit the wrong text.
 */
import type { AgentDocument, FrontmatterField } from '../document/model';
import { toolEntries } from '../rules/frontmatter/support/tool-entries';
import type { NamedRange, SpecifierRef } from './agent-summary';

/** The tools whose specifier lists agent types: `Agent(reviewer)`, and its old name `Task(reviewer)`. */
export const AGENT_TOOLS: ReadonlySet<string> = new Set(['Agent', 'Task']);
const SPECIFIER_FIELDS = ['tools', 'disallowedTools'];
/** An agent type as Claude Code names it: `reviewer`, `Explore`, `my-plugin:reviewer`. */
export const AGENT_TYPE = /^[A-Za-z0-9][\w.:@-]*$/;

/**
 * Each field's references, kept while the field object is: fields are reused from version to
 * version while their text and line are unchanged (and positions are line-based), so a rule
 * that reads these on every keystroke re-reads only a `tools` line that changed.
 */
const byField = new WeakMap<FrontmatterField, SpecifierRef[]>();

export function specifierRefs(doc: AgentDocument): SpecifierRef[] {
  const refs: SpecifierRef[] = [];
  for (const field of doc.frontmatter?.fields ?? []) {
    if (!SPECIFIER_FIELDS.includes(field.key)) continue;
    let own = byField.get(field);
    if (!own) byField.set(field, (own = fieldSpecifierRefs(doc, field)));
    refs.push(...own);
  }
  return refs;
}

function fieldSpecifierRefs(doc: AgentDocument, field: FrontmatterField): SpecifierRef[] {
  const refs: SpecifierRef[] = [];
  for (const entry of toolEntries(doc, field)) {
    if (!entry.located || entry.unclosed || !AGENT_TOOLS.has(entry.name)) continue;
    const open = entry.text.indexOf('(');
    const close = entry.text.lastIndexOf(')');
    if (open < 0 || close < open) continue;
    const innerStart = entry.start + open + 1;
    for (const piece of splitNames(entry.text.slice(open + 1, close))) {
      if (!AGENT_TYPE.test(piece.text)) continue;
      const start = innerStart + piece.offset;
      refs.push({ name: piece.text, range: doc.source.rangeOf(start, start + piece.text.length), field: field.key });
    }
  }
  return refs;
}

export function skillRefs(doc: AgentDocument): NamedRange[] {
  const refs: NamedRange[] = [];
  for (const field of doc.frontmatter?.fields ?? []) {
    if (field.key !== 'skills') continue;
    for (const entry of toolEntries(doc, field)) {
      const name = unquote(entry.text);
      if (!entry.located || name.text === '' || /[\r\n]/.test(name.text)) continue;
      const start = entry.start + name.offset;
      refs.push({ name: name.text, range: doc.source.rangeOf(start, start + name.text.length) });
    }
  }
  return refs;
}

/** `a, b` → the trimmed names with their offsets; quotes around one name are not part of it. */
function splitNames(inner: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i < inner.length && inner[i] !== ',') continue;
    const raw = inner.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const name = unquote(raw.trim());
    if (name.text !== '') pieces.push({ text: name.text, offset: from + lead + name.offset });
    from = i + 1;
  }
  return pieces;
}

function unquote(text: string): { text: string; offset: number } {
  const quoted = text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0];
  return quoted ? { text: text.slice(1, -1).trim(), offset: 1 + (text.length - 2 - text.slice(1, -1).trimStart().length) } : { text, offset: 0 };
}
