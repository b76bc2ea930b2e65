/**
 * Which agent files Claude Code loads together, so that two agents with one name clash only
 * inside the same scope:
 * - `.claude/agents/**`: one scope per `.claude/agents` folder (a project, or `~/.claude`),
 *   subfolders included — Claude Code searches it recursively;
 * - a plugin's `agents/` folder: its own namespace (plugin agents are addressed as
 *   `plugin:name`, so they never clash with project agents or other plugins);
 * - anywhere else (CAMI sources, files added by `files.include`): the folder the file is in,
 *   the set a deploy step would copy into one `.claude/agents` folder together.
 */
import { normalizePath } from './glob';

const CLAUDE_AGENTS = /^(.*?\/)?\.claude\/agents\//i;

export interface AgentScope {
  /** Equal keys mean the same scope. */
  key: string;
  /** Where the scope starts, to show other files' paths relative to it. */
  root: string;
}

export function agentScope(path: string): AgentScope {
  const p = normalizePath(path);
  const claude = CLAUDE_AGENTS.exec(p);
  if (claude) {
    const root = p.slice(0, claude[0].length);
    return { key: `claude:${root}`, root };
  }
  const slash = p.lastIndexOf('/');
  const root = p.slice(0, slash + 1);
  return { key: `folder:${root}`, root };
}

/** The path as shown in a message: relative to the scope's root when inside it. */
export function pathInScope(scope: AgentScope, path: string): string {
  const p = normalizePath(path);
  return p.startsWith(scope.root) ? p.slice(scope.root.length) : p;
}
