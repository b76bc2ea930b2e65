/**
 * The agents of the workspace, by file. The host (LSP server, CLI) adds the files it reads
 * from disk; the service overlays the newest text of open documents as it checks them. Rules
 * and navigation read it through the narrow views below. Protocol-free: no file system here.
 */
import type { SkillInfo } from '../service';
import type { AgentSummary } from './agent-summary';

/** What cross-file rules may ask (see `Rule.dependsOn`). */
export interface RuleWorkspace {
  /** Every indexed agent with this exact `name`, this document included. */
  agentsNamed(name: string): readonly AgentSummary[];
  /** Whether the workspace knows any agent at all: with none indexed, reference rules stay silent. */
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
  /** Every indexed agent, in no particular order. */
  all(): readonly AgentSummary[];
  agentsNamed(name: string): readonly AgentSummary[];
}

/** A Map of summaries plus a name → files map, maintained on every change. */
export function createWorkspaceIndex(): WorkspaceIndex {
  const byUri = new Map<string, AgentSummary>();
  const byName = new Map<string, AgentSummary[]>();
  let generation = 0;

  const unlinkName = (summary: AgentSummary) => {
    const name = summary.name?.name;
    if (name === undefined) return;
    const list = byName.get(name)?.filter((s) => s.uri !== summary.uri) ?? [];
    if (list.length > 0) byName.set(name, list);
    else byName.delete(name);
  };
  const linkName = (summary: AgentSummary) => {
    const name = summary.name?.name;
    if (name === undefined) return;
    const list = byName.get(name) ?? [];
    list.push(summary);
    byName.set(name, list);
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
      // Only a name that appears, disappears or changes alters what other files are told.
      if (previous?.name?.name !== summary.name?.name || !previous) generation++;
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
    all: () => [...byUri.values()],
    agentsNamed: (name) => byName.get(name) ?? [],
  };
}
