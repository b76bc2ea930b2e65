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

export function summarizeAgent(doc: AgentDocument, path: string, profile: ProfileId): AgentSummary {
  const field = (key: string) => doc.frontmatter?.fields.find((f) => f.key === key);
  const description = field('description');
  return {
    uri: doc.uri,
    path,
    profile,
    name: nameOf(doc, field('name')),
    description: typeof description?.value === 'string' ? description.value : undefined,
    specifierRefs: specifierRefs(doc),
    delegationRefs: delegationReferences(doc),
    skillRefs: skillRefs(doc),
  };
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
