/**
 * Agent names inside `Agent(…)` (or its old name `Task(…)`) in `tools` and `disallowedTools`:
 * the agents of the workspace index and Claude Code's built-in agent types — the names the
 * `unknown-agent-reference` rule accepts — minus those already in the parentheses. The item
 * replaces only the name under the cursor, never a comma or parenthesis around it.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { BUILT_IN_AGENTS } from '../../schema/data/built-in-agents';
import { AGENT_TOOLS, AGENT_TYPE } from '../../workspace/tool-specifiers';
import type { CompletionContextData } from './context';
import type { ValueSpot } from './frontmatter-spot';
import { markdown, order, PLAIN_TEXT } from './item-text';

/** An agent `Agent(…)` can name, as completion offers it. */
export interface AgentChoice {
  name: string;
  /** The agent file's path relative to the workspace, or undefined for a built-in agent. */
  where: string | undefined;
  description: string | undefined;
}

export function agentNameItems(ctx: CompletionContextData, spot: ValueSpot): CompletionItem[] {
  const { slot } = spot;
  const open = slot.prefix.lastIndexOf('(');
  if (open < 0 || !AGENT_TOOLS.has(slot.prefix.slice(0, open).trim())) return [];
  const text = ctx.doc.source.text;
  const innerStart = slot.start + open + 1;
  const cursor = slot.start + slot.prefix.length;
  let start = innerStart + slot.prefix.slice(open + 1).lastIndexOf(',') + 1;
  while (start < cursor && (text[start] === ' ' || text[start] === '\t')) start++;
  let end = cursor;
  while (end < slot.end && !/[\s,)]/.test(text[end])) end++;
  const close = text.indexOf(')', cursor);
  const innerEnd = close >= 0 && close < slot.end ? close : slot.end;
  const listed = new Set(
    text
      .slice(innerStart, innerEnd)
      .split(',')
      .map((name) => name.trim()),
  );
  listed.delete(text.slice(start, end));
  const range = ctx.doc.source.rangeOf(start, end);
  return agentChoices(ctx)
    .filter((agent) => !listed.has(agent.name))
    .map((agent, index) => ({
      label: agent.name,
      kind: CompletionItemKind.Reference,
      detail: agent.where ?? 'built-in agent',
      documentation: agent.description ? markdown(`**${agent.name}** — ${agent.description}`) : undefined,
      sortText: order(index, agent.where ? 0 : 1),
      textEdit: { range, newText: agent.name },
      insertTextFormat: PLAIN_TEXT,
    }));
}

/** The agents of the workspace (this file left out), by name, then the built-in ones. */
function agentChoices(ctx: CompletionContextData): AgentChoice[] {
  const seen = new Set<string>();
  const workspace: AgentChoice[] = [];
  for (const agent of ctx.agents()) {
    if (!AGENT_TYPE.test(agent.name) || seen.has(agent.name)) continue;
    seen.add(agent.name);
    workspace.push(agent);
  }
  workspace.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const builtIn = BUILT_IN_AGENTS.filter((name) => !seen.has(name)).map((name) => ({ name, where: undefined, description: undefined }));
  return [...workspace, ...builtIn];
}
