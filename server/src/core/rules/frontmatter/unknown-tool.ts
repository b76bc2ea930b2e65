import type { AgentDocument } from '../../document/model';
import type { ProfileSchema } from '../../schema/profile-schema';
import { TOOL_ALIASES } from '../../schema/data/tools';
import type { Fix, Problem, TextEdit } from '../../types';
import { didYouMean } from '../../util/did-you-mean';
import type { Rule } from '../rule';
import { fieldsNamed } from './support/fields';
import { toolEntries, type ToolEntry } from './support/tool-entries';

const TOOL_FIELDS = ['tools', 'disallowedTools'];

/** `mcp__server`, `mcp__server__tool`, `mcp__server__*`: MCP tools are named by their server. */
const MCP_TOOL = /^mcp__[^\s_][^\s]*$/;

export const unknownTool: Rule = {
  id: 'unknown-tool',
  description: 'Every entry of `tools` and `disallowedTools` names a Claude Code tool, an MCP tool or a configured extra tool.',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  fields: ['tools', 'disallowedTools'],
  check({ doc, schema, report }) {
    for (const key of TOOL_FIELDS) {
      for (const field of fieldsNamed(doc, key)) {
        const entries = toolEntries(doc, field);
        const names = new Set(entries.map((e) => e.name));
        entries.forEach((entry, index) => {
          const problem = checkEntry(doc, schema, key, entries, index, names);
          if (problem) report(problem);
        });
      }
    }
  },
};

function checkEntry(doc: AgentDocument, schema: ProfileSchema, key: string, entries: ToolEntry[], index: number, names: Set<string>): Problem | undefined {
  const entry = entries[index];
  const range = doc.source.rangeOf(entry.start, entry.end);
  const name = entry.name;
  // `*` is how some people write "everything"; whether Claude Code honours it is unclear, so stay quiet.
  if (name === '*' || name === '') return undefined;
  if (entry.unclosed) {
    return { range, message: `The specifier of \`${name}\` in \`${key}\` has no closing \`)\`, so Claude Code cannot read it; close the parenthesis.` };
  }
  if (schema.tools.has(name) || MCP_TOOL.test(name)) return undefined;

  // `Read Grep Glob`: several known names separated by spaces instead of commas.
  const words = entry.text.split(/\s+/);
  if (!entry.text.includes('(') && words.length > 1 && words.every((w) => schema.tools.has(w) || MCP_TOOL.test(w))) {
    return {
      range,
      message: `\`${entry.text}\` lists ${words.length} tools without commas, so Claude Code reads it as one unknown name; separate them with commas.`,
      fixes: entry.located ? [{ title: 'Separate the tools with commas', edits: [{ range, newText: words.join(', ') }], isPreferred: true }] : undefined,
    };
  }

  const successor = schema.renamedTools.get(name);
  if (successor) {
    const isAlias = TOOL_ALIASES[name] === successor;
    const hasSpecifier = entry.text !== name;
    const removeInstead = names.has(successor) && !hasSpecifier;
    const fix: Fix | undefined = !entry.located
      ? undefined
      : removeInstead
        ? { title: `Remove \`${name}\` (\`${successor}\` is already listed)`, edits: [removalEdit(doc, entries, index)], isPreferred: true, safe: isAlias }
        : { title: `Rename \`${name}\` to \`${successor}\``, edits: [renameEdit(doc, entry, successor)], isPreferred: true, safe: isAlias };
    return isAlias
      ? {
          range,
          severity: 'information',
          tags: [2],
          message: `\`${name}\` is the old name of \`${successor}\`; Claude Code still accepts it, but \`${successor}\` is the current name.`,
          fixes: fix ? [fix] : undefined,
        }
      : {
          range,
          message: `\`${name}\` is no longer a Claude Code tool, so the agent does not get it; use \`${successor}\` instead.`,
          tags: [2],
          fixes: fix ? [fix] : undefined,
        };
  }

  const lower = name.toLowerCase();
  let sameLetters: string | undefined;
  for (const tool of schema.tools) if (tool.toLowerCase() === lower) sameLetters ??= tool;
  const suggestion = sameLetters ?? didYouMean(name, schema.tools);
  const fixes: Fix[] | undefined =
    suggestion && entry.located
      ? [{ title: `Change to \`${suggestion}\``, edits: [renameEdit(doc, entry, suggestion)], isPreferred: true, safe: sameLetters !== undefined || undefined }]
      : undefined;
  return {
    range,
    message: suggestion
      ? `\`${name}\` is not a Claude Code tool, so the agent does not get it; did you mean \`${suggestion}\`?`
      : `\`${name}\` is not a Claude Code tool, so the agent does not get it; check the name, use \`mcp__server__tool\` for MCP tools, or add it to \`agentsmith.extraTools\`.`,
    fixes,
  };
}

function renameEdit(doc: AgentDocument, entry: ToolEntry, to: string): TextEdit {
  return { range: doc.source.rangeOf(entry.start, entry.nameEnd), newText: to };
}

/** Removes an entry with its separator: the `, ` before it, or the one after it when it is first. */
function removalEdit(doc: AgentDocument, entries: ToolEntry[], index: number): TextEdit {
  const entry = entries[index];
  if (entry.blockItem) {
    const line = doc.source.positionAt(entry.itemStart).line;
    const start = doc.source.lineStart(line);
    const end = line + 1 < doc.source.lineCount ? doc.source.lineStart(line + 1) : doc.source.lineEnd(line);
    return { range: doc.source.rangeOf(start, end), newText: '' };
  }
  const previous = entries[index - 1];
  const next = entries[index + 1];
  if (previous && !previous.blockItem) return { range: doc.source.rangeOf(previous.itemEnd, entry.itemEnd), newText: '' };
  if (next && !next.blockItem) return { range: doc.source.rangeOf(entry.itemStart, next.itemStart), newText: '' };
  return { range: doc.source.rangeOf(entry.itemStart, entry.itemEnd), newText: '' };
}
