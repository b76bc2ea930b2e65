/**
 * What the workspace needs to know about one agent file, without keeping its parse: its
 * name, description and profile, and the names it refers to (with ranges, for navigation and
 * rename). Computed from a parsed document; small enough to keep for thousands of files.
 */
import type { AgentDocument } from '../document/model';
import type { ProfileId, Range } from '../types';

/** A name as written in a file, and where. */
export interface NamedRange {
  name: string;
  range: Range;
}

export interface AgentSummary {
  uri: string;
  path: string;
  profile: ProfileId;
  /** The frontmatter `name` when it is a non-empty string. */
  name: NamedRange | undefined;
  description: string | undefined;
  /** `Agent(x)` / `Task(x)` specifiers in `tools` and `disallowedTools`: the range covers `x` only. */
  specifierRefs: readonly SpecifierRef[];
  /** Body sentences that delegate to a named agent ("delegate to the `reviewer` agent"): the range covers the name. */
  delegationRefs: readonly DelegationRef[];
  /** `skills:` entries: the range covers the skill name (inside any quotes). */
  skillRefs: readonly NamedRange[];
}

/** An agent named inside `Agent(…)` or `Task(…)`. */
export interface SpecifierRef extends NamedRange {
  /** The frontmatter key it is listed under: `tools` or `disallowedTools`. */
  field: string;
}

/**
 * How a delegation reference wrote the agent's name (see `delegation-references.ts`):
 * `code` in backticks, `kebab` a lowercase hyphenated word, `title` Capitalised words (the
 * name is then their lowercase, hyphen-joined form: "API Integrator" → `api-integrator`),
 * `word` a single lowercase word. Only `word` is too common in prose to be reported when no
 * agent has that name; all forms navigate and rename when one does.
 */
export type DelegationForm = 'code' | 'kebab' | 'title' | 'word';

export interface DelegationRef extends NamedRange {
  form: DelegationForm;
}

/** The summary of a parsed document. Filled in by `summarize-agent.ts`. */
export type Summarize = (doc: AgentDocument, path: string, profile: ProfileId) => AgentSummary;
