/**
 * Workspace symbols (Ctrl+T): the indexed agents whose name contains the query's characters in
 * order (case ignored: `crev` finds `code-reviewer`), best matches first — a prefix, then
 * a contiguous run, then the tightest spread. The container shows the profile and the start
 * of the description.
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { AgentSummary } from '../../workspace/agent-summary';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

/** More is noise in a quick pick; the client narrows as the user types. */
const MAX_SYMBOLS = 500;
const DESCRIPTION_CHARS = 80;

export function workspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const wanted = query.trim().toLowerCase();
  const scored: { summary: AgentSummary; score: number }[] = [];
  for (const summary of index.all()) {
    if (!summary.name) continue;
    const score = matchScore(summary.name.name.toLowerCase(), wanted);
    if (score !== undefined) scored.push({ summary, score });
  }
  scored.sort((a, b) => a.score - b.score || compare(a.summary.name!.name, b.summary.name!.name) || compare(a.summary.uri, b.summary.uri));
  return scored.slice(0, MAX_SYMBOLS).map(({ summary }) => ({
    name: summary.name!.name,
    kind: SymbolKind.Class,
    containerName: container(summary),
    location: { uri: summary.uri, range: summary.name!.range },
  }));
}

/** Lower is better; undefined when the query's characters do not all appear in order. */
export function matchScore(name: string, query: string): number | undefined {
  if (query === '') return 0;
  if (name.startsWith(query)) return 0;
  const at = name.indexOf(query);
  if (at >= 0) return 1 + at / 1000;
  let from = 0;
  let first = -1;
  for (const ch of query) {
    const found = name.indexOf(ch, from);
    if (found < 0) return undefined;
    if (first < 0) first = found;
    from = found + 1;
  }
  return 2 + (from - first) / 1000;
}

function container(summary: AgentSummary): string {
  const profile = summary.profile === 'three-phase' ? 'three-phase agent' : 'Claude Code agent';
  const description = summary.description?.replace(/\s+/g, ' ').trim();
  if (!description) return profile;
  const short = description.length > DESCRIPTION_CHARS ? `${description.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : description;
  return `${profile} — ${short}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
