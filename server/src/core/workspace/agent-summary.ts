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
  /** `Agent(x)` / `Task(x)` specifiers in `tools`: the range covers `x` only. */
  specifierRefs: readonly NamedRange[];
  /** Body sentences that delegate to a named agent ("delegate to the `reviewer` agent"): the range covers the name. */
  delegationRefs: readonly NamedRange[];
  /** `skills:` entries. */
  skillRefs: readonly NamedRange[];
}

/** The summary of a parsed document. Filled in by `summarize-agent.ts`. */
export type Summarize = (doc: AgentDocument, path: string, profile: ProfileId) => AgentSummary;
