/**
 * The workspace summary of a parsed agent file (see `agent-summary.ts`).
 * TODO(index): specifier, delegation and skill references.
 */
import type { AgentDocument } from '../document/model';
import type { ProfileId } from '../types';
import type { AgentSummary } from './agent-summary';

export function summarizeAgent(doc: AgentDocument, path: string, profile: ProfileId): AgentSummary {
  const field = (key: string) => doc.frontmatter?.fields.find((f) => f.key === key);
  const name = field('name');
  const description = field('description');
  return {
    uri: doc.uri,
    path,
    profile,
    name: typeof name?.value === 'string' && name.value.trim() !== '' ? { name: name.value.trim(), range: name.valueRange } : undefined,
    description: typeof description?.value === 'string' ? description.value : undefined,
    specifierRefs: [],
    delegationRefs: [],
    skillRefs: [],
  };
}
