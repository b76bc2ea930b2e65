/**
 * Markdown for one `tools` / `disallowedTools` entry: a built-in tool (with its specifier, if
 * any), an MCP pattern, an old name Claude Code still accepts, or a name it no longer knows.
 */
import { CLAUDE_CODE_TOOLS, LEGACY_TOOLS, TOOL_ALIASES, TOOL_DOCS } from '../../schema/data/tools';
import type { ProfileSchema } from '../../schema/profile-schema';

const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';
const BUILT_IN = new Set(CLAUDE_CODE_TOOLS);

/** `Bash(npm run *)` → name `Bash`, specifier `npm run *`. */
export function splitToolEntry(entry: string): { name: string; specifier: string | undefined } {
  const paren = entry.indexOf('(');
  if (paren < 0) return { name: entry.trim(), specifier: undefined };
  const close = entry.lastIndexOf(')');
  const specifier = entry.slice(paren + 1, close > paren ? close : entry.length).trim();
  return { name: entry.slice(0, paren).trim(), specifier };
}

/** One line about a tool by name, for completion items and hovers. */
export function toolSummary(name: string): string {
  if (TOOL_DOCS[name]) return TOOL_DOCS[name];
  return BUILT_IN.has(name) ? 'A built-in Claude Code tool.' : 'An extra tool from the `agentsmith.extraTools` setting.';
}

export function toolEntryMarkdown(entry: string, schema: ProfileSchema): string | undefined {
  const { name, specifier } = splitToolEntry(entry);
  if (name.startsWith('mcp__')) return mcpMarkdown(name);
  const renamed = schema.renamedTools.get(name);
  if (renamed && name in TOOL_ALIASES) {
    return `${code(name)} — the old name of ${code(renamed)}. Claude Code still accepts it; ${code(renamed)} is the current name.`;
  }
  if (renamed && name in LEGACY_TOOLS) {
    return `${code(name)} — a tool of older Claude Code versions. Current versions do not have it, so the agent does not get it; ${code(renamed)} does this job now.`;
  }
  if (!schema.tools.has(name)) return undefined;
  const lines = [`**${code(name)}** — ${toolSummary(name)}`];
  if (specifier !== undefined) lines.push(specifierText(name, specifier));
  return lines.join('\n\n');
}

function specifierText(name: string, specifier: string): string {
  if (specifier === '') return 'The empty specifier `()` restricts nothing; write the tool name alone instead.';
  if (name === 'Agent') return `Limited to starting these agent types: ${specifier.split(',').map((s) => code(s.trim())).join(', ')}.`;
  if (name === 'Bash' || name === 'PowerShell') return `Limited to commands matching ${code(specifier)} (\`*\` matches anything).`;
  if (name === 'WebFetch' && specifier.startsWith('domain:')) return `Limited to the domain ${code(specifier.slice('domain:'.length))}.`;
  return `Limited by the specifier ${code(specifier)}.`;
}

function mcpMarkdown(pattern: string): string {
  const [, server = '', ...rest] = pattern.split('__');
  const tool = rest.join('__');
  if (server === '') return '`mcp__…` names a tool of an MCP server: `mcp__server`, `mcp__server__tool` or `mcp__server__*`.';
  if (tool === '' || tool === '*') return `Every tool of the MCP server ${code(server)}.`;
  return `The tool ${code(tool)} of the MCP server ${code(server)}.`;
}
