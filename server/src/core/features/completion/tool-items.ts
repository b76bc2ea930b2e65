/**
 * Tool names for `tools` / `disallowedTools` entries (comma string, flow list, block list) and
 * for the body's `**Tools**:` lines. Only current names are offered (never `Task` or
 * `MultiEdit`), never one the list already has, plus specifier and MCP snippets.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { toolEntries } from '../../rules/frontmatter/support/tool-entries';
import type { ProfileSchema } from '../../schema/profile-schema';
import type { DocsMemo, ToolTemplate } from '../docs/docs-memo';
import type { CompletionContextData } from './context';
import type { ValueSpot } from './frontmatter-spot';
import { needsQuotes, order, PLAIN_TEXT, slotItem } from './item-text';
import { matchesTyped } from './typed-text';
import type { ValueSlot } from './value-slot';

/** The tools most agents list, offered first. */
const COMMON_TOOLS = ['Read', 'Grep', 'Glob', 'Edit', 'Write', 'Bash', 'WebFetch', 'WebSearch', 'Agent', 'TodoWrite'];
const COMMON_RANK = new Map(COMMON_TOOLS.map((name, index) => [name, index]));

interface SpecifierSnippet {
  tool: string;
  plain: string;
  body: string;
  doc: string;
}

const SPECIFIERS: readonly SpecifierSnippet[] = [
  { tool: 'Bash', plain: 'Bash(npm run *)', body: 'Bash(${1:npm run *})', doc: 'Bash limited to commands that match a pattern; `*` matches anything.' },
  { tool: 'Agent', plain: 'Agent(agent-name)', body: 'Agent(${1:agent-name})', doc: 'Agent limited to starting the named agent types (comma-separated).' },
  { tool: 'Read', plain: 'Read(src/**)', body: 'Read(${1:src/**})', doc: 'Read limited to paths that match a glob.' },
  { tool: 'Edit', plain: 'Edit(src/**)', body: 'Edit(${1:src/**})', doc: 'Edit limited to paths that match a glob.' },
  { tool: 'WebFetch', plain: 'WebFetch(domain:example.com)', body: 'WebFetch(domain:${1:example.com})', doc: 'WebFetch limited to one domain.' },
];

const MCP_SNIPPET = {
  plain: 'mcp__server__tool',
  body: 'mcp__${1:server}__${2:tool}',
  doc: 'A tool of an MCP server: `mcp__server__tool`, or `mcp__server__*` (or just `mcp__server`) for all of its tools.',
};

export interface ListedTools {
  /** Names already listed, with or without a specifier. */
  names: ReadonlySet<string>;
  /** Names listed without a specifier (the whole tool is already granted). */
  whole: ReadonlySet<string>;
}

export function toolItems(ctx: CompletionContextData, slot: ValueSlot, listed: ListedTools, withSnippets: boolean): CompletionItem[] {
  const schema = ctx.schema;
  const items: CompletionItem[] = [];
  const flow = slot.form === 'flow-item';
  for (const tool of toolTemplates(ctx.docs, schema)) {
    if (listed.names.has(tool.name)) continue;
    // Skip what the typed word rules out before building it (the full list is the longest).
    if (!slot.leadingSpace && !matchesTyped(slot.prefix, tool.name)) continue;
    items.push(toolItem(slot, tool, order(items.length, tool.group), flow));
  }
  if (!withSnippets) return items;
  SPECIFIERS.filter((s) => schema.tools.has(s.tool) && !listed.whole.has(s.tool)).forEach((s, index) => {
    // `Agent()` with the cursor inside and the suggest widget reopened there offers the
    // workspace's agents (see agent-name-items.ts) — where the editor can reopen it.
    const namesAgents = s.tool === 'Agent' && ctx.retriggerCommand !== undefined;
    const item = slotItem(slot, {
      label: `${s.tool}(…)`,
      kind: CompletionItemKind.Snippet,
      detail: s.plain,
      documentation: namesAgents ? `${s.doc} The agents of this workspace are offered inside the parentheses.` : s.doc,
      sortText: order(index, 1),
      value: s.plain,
      snippetBody: namesAgents ? 'Agent($1)' : s.body,
    });
    if (namesAgents) item.command = { title: 'Suggest agents', command: ctx.retriggerCommand! };
    items.push(item);
  });
  items.push(
    slotItem(slot, {
      label: 'mcp__…',
      kind: CompletionItemKind.Snippet,
      detail: MCP_SNIPPET.plain,
      documentation: MCP_SNIPPET.doc,
      sortText: order(0, 3),
      value: MCP_SNIPPET.plain,
      snippetBody: MCP_SNIPPET.body,
    }),
  );
  return items;
}

function toolTemplates(docs: DocsMemo, schema: ProfileSchema): readonly ToolTemplate[] {
  return docs.toolTemplates(schema, () => {
    const template = (name: string, group: 0 | 2): ToolTemplate => ({
      name,
      group,
      documentation: docs.tool(name),
      quotePlain: needsQuotes(name, false),
      quoteFlow: needsQuotes(name, true),
    });
    // The common tools first, then the rest in the schema's (alphabetical, extras last) order.
    const common = COMMON_TOOLS.filter((name) => schema.tools.has(name)).map((name) => template(name, 0));
    const rest = [...schema.tools].filter((name) => !COMMON_RANK.has(name)).map((name) => template(name, 2));
    return [...common, ...rest];
  });
}

/**
 * `slotItem` for a tool name, with the quoting decided once per schema: lists of every tool
 * are built on each request, so this is the one path kept allocation-lean.
 */
function toolItem(slot: ValueSlot, tool: ToolTemplate, sortText: string, flow: boolean): CompletionItem {
  if (slot.quote || (flow ? tool.quoteFlow : tool.quotePlain)) {
    return slotItem(slot, { label: tool.name, kind: CompletionItemKind.Function, documentation: tool.documentation, sortText, value: tool.name });
  }
  const text = slot.leadingSpace ? ' ' + tool.name : tool.name;
  const item: CompletionItem = {
    label: tool.name,
    kind: CompletionItemKind.Function,
    sortText,
    textEdit: { range: slot.range, newText: text },
    insertTextFormat: PLAIN_TEXT,
    documentation: tool.documentation,
  };
  if (slot.leadingSpace) item.filterText = text;
  return item;
}

/** Tool items for an entry of a frontmatter tool list, leaving out what the list already has. */
export function frontmatterToolItems(ctx: CompletionContextData, spot: ValueSpot): CompletionItem[] {
  const names = new Set<string>();
  const whole = new Set<string>();
  const field = spot.field;
  if (field) {
    const offset = ctx.doc.source.offsetAt(field.valueRange.start);
    for (const entry of ctx.docs.fieldReading(field, offset, () => toolEntries(ctx.doc, field))) {
      // The entry being typed is not "already listed".
      if (entry.located && entry.start <= spot.slot.end && spot.slot.start <= entry.end) continue;
      names.add(entry.name);
      if (entry.text === entry.name) whole.add(entry.name);
    }
  }
  return toolItems(ctx, spot.slot, { names, whole }, true);
}
