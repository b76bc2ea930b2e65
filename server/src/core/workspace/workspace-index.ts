/**
 * The agents of the workspace, by file. The host (LSP server, CLI) adds the files it reads
 * from disk; the service overlays the newest text of open documents as it checks them. Rules
 * and navigation read it through the narrow views below. Protocol-free: no file system here.
 */
import type { SkillInfo } from '../service';
import type { AgentSummary } from './agent-summary';

/** What cross-file rules may ask (see `Rule.dependsOn`). One view per document. */
export interface RuleWorkspace {
  /** Every indexed agent with this exact `name`, this document included. */
  agentsNamed(name: string): readonly AgentSummary[];
  /** Every indexed agent whose `name` equals this one ignoring case (prose names agents loosely), this document included. */
  agentsNamedIgnoringCase(name: string): readonly AgentSummary[];
  /** Every distinct indexed agent name, for did-you-mean suggestions. */
  agentNames(): readonly string[];
  /**
   * Whether the workspace knows an agent besides this document: with none (a single file
   * open, or no index at all), reference rules stay silent rather than call everything missing.
   */
  readonly hasAgents: boolean;
  /** The skills this document's agent can preload, or undefined when the host cannot tell (then stay silent). */
  skills(): readonly SkillInfo[] | undefined;
}

export interface WorkspaceIndex {
  /**
   * Changes whenever an answer of a cross-file rule may change: an agent's name appeared,
   * disappeared or moved to another file, or the host said something else changed (`touch`).
   * Editing a description does not change it.
   */
  readonly generation: number;
  /** Adds or replaces the summary of one agent file. */
  set(summary: AgentSummary): void;
  /** Forgets a file (deleted, or no longer an agent file). */
  delete(uri: string): void;
  /** Something the index cannot see changed (skills, git HEAD): cross-file findings are recomputed. */
  touch(): void;
  get(uri: string): AgentSummary | undefined;
  /** How many files are indexed. */
  readonly size: number;
  /** Every indexed agent, in no particular order. */
  all(): readonly AgentSummary[];
  agentsNamed(name: string): readonly AgentSummary[];
  /** Agents whose name equals `name` ignoring case. */
  agentsNamedIgnoringCase(name: string): readonly AgentSummary[];
  /** Every distinct agent name. */
  names(): readonly string[];
}

/** A Map of summaries plus name → files maps (exact and lower case), maintained on every change. */
export function createWorkspaceIndex(): WorkspaceIndex {
  const byUri = new Map<string, AgentSummary>();
  const byName = new Map<string, AgentSummary[]>();
  const byLowerName = new Map<string, AgentSummary[]>();
  let generation = 0;
  let names: string[] | undefined;

  const unlink = (map: Map<string, AgentSummary[]>, key: string, uri: string) => {
    const list = map.get(key)?.filter((s) => s.uri !== uri) ?? [];
    if (list.length > 0) map.set(key, list);
    else map.delete(key);
  };
  const link = (map: Map<string, AgentSummary[]>, key: string, summary: AgentSummary) => {
    // A new array, so lists handed out earlier stay as they were.
    map.set(key, [...(map.get(key) ?? []), summary]);
  };
  const unlinkName = (summary: AgentSummary) => {
    const name = summary.name?.name;
    if (name === undefined) return;
    unlink(byName, name, summary.uri);
    unlink(byLowerName, name.toLowerCase(), summary.uri);
    names = undefined;
  };
  const linkName = (summary: AgentSummary) => {
    const name = summary.name?.name;
    if (name === undefined) return;
    link(byName, name, summary);
    link(byLowerName, name.toLowerCase(), summary);
    names = undefined;
  };

  return {
    get generation() {
      return generation;
    },
    set(summary) {
      const previous = byUri.get(summary.uri);
      if (previous) unlinkName(previous);
      byUri.set(summary.uri, summary);
      linkName(summary);
      // Only a name that appears, disappears, changes or moves alters what other files are told
      // (duplicate-name points at the other file's name).
      if (!previous || previous.name?.name !== summary.name?.name || previous.path !== summary.path || !sameStart(previous, summary)) generation++;
    },
    delete(uri) {
      const previous = byUri.get(uri);
      if (!previous) return;
      unlinkName(previous);
      byUri.delete(uri);
      generation++;
    },
    touch() {
      generation++;
    },
    get: (uri) => byUri.get(uri),
    get size() {
      return byUri.size;
    },
    all: () => [...byUri.values()],
    agentsNamed: (name) => byName.get(name) ?? [],
    agentsNamedIgnoringCase: (name) => byLowerName.get(name.toLowerCase()) ?? [],
    names: () => (names ??= [...byName.keys()]),
  };
}

function sameStart(a: AgentSummary, b: AgentSummary): boolean {
  const x = a.name?.range.start;
  const y = b.name?.range.start;
  return x === y || (x !== undefined && y !== undefined && x.line === y.line && x.character === y.character);
}
