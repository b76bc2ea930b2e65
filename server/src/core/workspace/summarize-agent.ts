/**
 * The workspace summary of a parsed agent file (see `agent-summary.ts`): its name with the
 * range of the name's text (inside quotes), description, profile, and the names it gives
 * other files. Frontmatter parts are cheap to read again; the body scan for delegation
 * references is memoised per body text (`delegation-references.ts`).
 */
import type { AgentDocument, FrontmatterField } from '../document/model';
import type { ProfileId } from '../types';
import type { AgentSummary, NamedRange } from './agent-summary';
import { delegationReferences } from './delegation-references';
import { skillRefs, specifierRefs } from './tool-specifiers';

/** The frontmatter keys each part of a summary reads. */
const NAME_KEYS = ['name'];
const DESCRIPTION_KEYS = ['description'];
const SPECIFIER_KEYS = ['tools', 'disallowedTools'];
const SKILL_KEYS = ['skills'];

/**
 * The fields of `keys`, in order. Fields are reused objects while their text and line are
 * unchanged, so what was read from them stays valid while these are the same objects.
 */
function fieldsOf(doc: AgentDocument, keys: readonly string[]): FrontmatterField[] {
  return doc.frontmatter?.fields.filter((field) => keys.includes(field.key)) ?? [];
}

/** A summary with what it was made from, so the next version's summary can reuse its parts. */
export interface SummaryState {
  value: AgentSummary;
  nameFields: readonly FrontmatterField[];
  descriptionFields: readonly FrontmatterField[];
  specifierFields: readonly FrontmatterField[];
  skillFields: readonly FrontmatterField[];
  bodyText: object;
}

/**
 * The summary of a document version, reusing each part of `previous` (the same document's
 * last summary) whose inputs are unchanged: typing in `description` re-reads only the
 * description, typing in the body only the delegation references. Returns `previous` itself
 * when nothing it reads changed.
 */
export function updateSummary(doc: AgentDocument, path: string, profile: ProfileId, previous: SummaryState | undefined): SummaryState {
  const nameFields = fieldsOf(doc, NAME_KEYS);
  const descriptionFields = fieldsOf(doc, DESCRIPTION_KEYS);
  const specifierFields = fieldsOf(doc, SPECIFIER_KEYS);
  const skillFields = fieldsOf(doc, SKILL_KEYS);
  const p = previous && previous.value.uri === doc.uri && previous.value.path === path && previous.value.profile === profile ? previous : undefined;
  const sameName = p !== undefined && sameItems(p.nameFields, nameFields);
  const sameDescription = p !== undefined && sameItems(p.descriptionFields, descriptionFields);
  const sameSpecifiers = p !== undefined && sameItems(p.specifierFields, specifierFields);
  const sameSkills = p !== undefined && sameItems(p.skillFields, skillFields);
  const sameBody = p !== undefined && p.bodyText === doc.bodyText;
  if (p && sameName && sameDescription && sameSpecifiers && sameSkills && sameBody) return p;
  const description = descriptionFields[0];
  const value: AgentSummary = {
    uri: doc.uri,
    path,
    profile,
    name: p && sameName ? p.value.name : nameOf(doc, nameFields[0]),
    description: p && sameDescription ? p.value.description : typeof description?.value === 'string' ? description.value : undefined,
    specifierRefs: p && sameSpecifiers ? p.value.specifierRefs : specifierRefs(doc),
    delegationRefs: p && sameBody ? p.value.delegationRefs : delegationReferences(doc),
    skillRefs: p && sameSkills ? p.value.skillRefs : skillRefs(doc),
  };
  return { value, nameFields, descriptionFields, specifierFields, skillFields, bodyText: doc.bodyText };
}

export function summarizeAgent(doc: AgentDocument, path: string, profile: ProfileId): AgentSummary {
  return updateSummary(doc, path, profile, undefined).value;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The `name` value and the range of its text: inside the quotes of a quoted scalar, without
 * surrounding spaces. A name written with escapes or over several lines gets the whole value
 * range (still right for "go to", too wide only for a rename, which rewrites the value whole).
 */
export function nameOf(doc: AgentDocument, field: FrontmatterField | undefined): NamedRange | undefined {
  if (!field || typeof field.value !== 'string') return undefined;
  const name = field.value.trim();
  if (name === '') return undefined;
  const found = field.valueSource.indexOf(name);
  if (found < 0 || field.valueRange.start.line !== field.valueRange.end.line) return { name, range: field.valueRange };
  const start = doc.source.offsetAt(field.valueRange.start) + found;
  return { name, range: doc.source.rangeOf(start, start + name.length) };
}
