/**
 * What changed between a document and its committed baseline, in the terms of a version bump:
 * whether `model` or `tools` changed (major), which sections appeared (minor), and whether
 * anything changed at all (patch). Built so that a keystroke costs almost nothing: the
 * baseline's side is computed once per baseline, the document's side once per frontmatter and
 * per outline object (both are kept across edits that do not touch them), and the full text
 * comparison runs only when nothing cheaper told the answer.
 */
import type { AgentDocument, FrontmatterField, Heading } from '../../../document/model';
import type { SourceText } from '../../../document/source-text';
import { splitTopLevel } from '../../frontmatter/support/tool-entries';

/** The frontmatter values a bump level depends on, normalised for comparison. */
export interface BumpFacts {
  /** The `version` as written, quotes removed; undefined when absent or empty. */
  version: string | undefined;
  model: string | undefined;
  /** The tool entries, sorted and joined, so `Read, Grep` equals `[Grep, Read]`; undefined when absent. */
  tools: string | undefined;
}

/** Sections a heading stands for, counted, so a second `## Examples` is an added section. */
export type SectionCounts = Map<string, number>;

export interface AddedSection {
  heading: Heading;
}

export function bumpFacts(doc: AgentDocument): BumpFacts {
  const fields = doc.frontmatter?.fields ?? [];
  const first = (key: string) => fields.find((f) => f.key === key);
  return { version: versionText(first('version')), model: modelText(first('model')), tools: toolsKey(first('tools')) };
}

/** The version as written, quotes removed: YAML reads `1.10` as the number 1.1, the source does not. */
export function versionText(field: FrontmatterField | undefined): string | undefined {
  if (!field || field.value === null || field.value === undefined) return undefined;
  const source = field.valueSource.trim();
  const unquoted = /^(["']).*\1$/s.test(source) ? source.slice(1, -1).trim() : source;
  return unquoted === '' ? undefined : unquoted;
}

function modelText(field: FrontmatterField | undefined): string | undefined {
  if (!field || field.value === null || field.value === undefined) return undefined;
  const text = String(field.value).trim();
  return text === '' ? undefined : text;
}

function toolsKey(field: FrontmatterField | undefined): string | undefined {
  if (!field || field.value === null || field.value === undefined) return undefined;
  const entries = Array.isArray(field.value)
    ? field.value.map((item) => String(item ?? '').trim()).filter((item) => item !== '')
    : splitTopLevel(String(field.value)).map((piece) => piece.text);
  return [...new Set(entries)].sort().join('\n');
}

/**
 * The key of a section heading: phases by number (renaming or reweighting a phase adds none),
 * skeleton sections by their role, any other `##`/`###` heading by its text. Level-1 titles
 * and deeper headings are not sections.
 */
export function sectionKey(heading: Heading): string | undefined {
  if (heading.role === 'phase') {
    const number = /^phase\s+(\d+)/i.exec(heading.text)?.[1];
    return number ? `phase:${Number(number)}` : `phase:${normalise(heading.text)}`;
  }
  if (heading.level !== 2 && heading.level !== 3) return undefined;
  if (heading.role) return `role:${heading.role}`;
  return `text:${normalise(heading.text)}`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function sectionCounts(doc: AgentDocument): SectionCounts {
  const counts: SectionCounts = new Map();
  for (const heading of doc.body.headings) {
    const key = sectionKey(heading);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The document's headings whose section the baseline has fewer of (in document order). */
export function addedSections(doc: AgentDocument, baseline: SectionCounts): Heading[] {
  const seen: SectionCounts = new Map();
  const added: Heading[] = [];
  for (const heading of doc.body.headings) {
    const key = sectionKey(heading);
    if (key === undefined) continue;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > (baseline.get(key) ?? 0)) added.push(heading);
  }
  return added;
}

/** The committed text with `\n` line breaks and no byte order mark: what `sameContent` compares against. */
export function normalisedText(source: SourceText): string {
  const text = source.hasBom ? source.text.slice(1) : source.text;
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Whether the document says what the committed text says, apart from line breaks (`\r\n` vs
 * `\n`, as git's autocrlf leaves them) and a leading byte order mark. Without a `\r` in the
 * document this is one string comparison (the engine's memcmp, failing fast on length); with
 * one, the length without the `\r`s must match before the text is normalised and compared.
 */
export function sameContent(current: SourceText, committedNormalised: string): boolean {
  const text = current.hasBom ? current.text.slice(1) : current.text;
  if (text.indexOf('\r') === -1) return text === committedNormalised;
  const starts = current.lineStarts;
  let pairs = 0;
  for (let line = 1; line < starts.length; line++) {
    const start = starts[line];
    if (current.text.charCodeAt(start - 1) === 10 && current.text.charCodeAt(start - 2) === 13) pairs++;
  }
  if (text.length - pairs !== committedNormalised.length) return false;
  return text.replace(/\r\n?/g, '\n') === committedNormalised;
}
