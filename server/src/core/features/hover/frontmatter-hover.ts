/**
 * Hovers in the frontmatter: a key explains its field (from the schema, like completion does),
 * a value explains itself (each model, class, colour, mode), an entry of `tools` explains that
 * tool (specifiers and `mcp__` patterns included), an entry of `skills` shows the skill.
 */
import type { FrontmatterField } from '../../document/model';
import { toolEntries } from '../../rules/frontmatter/support/tool-entries';
import { valueMarkdown } from '../docs/field-docs';
import { toolEntryMarkdown } from '../docs/tool-docs';
import { isBuiltInAgent } from '../../schema/data/built-in-agents';
import { specifierRefs } from '../../workspace/tool-specifiers';
import { rangeContains, type HoverContextData, type HoverPart } from './context';

export function frontmatterHover(ctx: HoverContextData): HoverPart | undefined {
  const fm = ctx.doc.frontmatter;
  if (!fm) return undefined;
  const line = ctx.position.line;
  if (line <= fm.openLine || (fm.closeLine !== undefined && line >= fm.closeLine)) return undefined;
  for (const field of fm.fields) {
    if (line < field.keyRange.start.line || line > field.valueRange.end.line) continue;
    if (rangeContains(field.keyRange, ctx.position)) {
      const spec = ctx.schema.fields.get(field.key);
      return spec && { markdown: ctx.docs.field(spec, ctx.schema).value, range: field.keyRange };
    }
    if (rangeContains(field.valueRange, ctx.position)) return valueHover(ctx, field);
  }
  return undefined;
}

function valueHover(ctx: HoverContextData, field: FrontmatterField): HoverPart | undefined {
  const spec = ctx.schema.fields.get(field.key);
  if (!spec) return undefined;
  if (spec.kind === 'tool-list') {
    const agent = agentHover(ctx);
    if (agent) return agent;
    const offset = ctx.doc.source.offsetAt(ctx.position);
    const entry = toolEntries(ctx.doc, field).find((e) => e.located && e.start <= offset && offset < e.end);
    const markdown = entry && toolEntryMarkdown(entry.text, ctx.schema);
    return markdown ? { markdown, range: ctx.doc.source.rangeOf(entry.start, entry.end) } : undefined;
  }
  if (field.key === 'skills') {
    const item = field.items?.find((i) => rangeContains(i.range, ctx.position));
    const name = item ? item.value : field.value;
    const skill = typeof name === 'string' ? ctx.skills().find((s) => s.name === name) : undefined;
    if (!skill) return undefined;
    const markdown = `**Skill \`${skill.name}\`**${skill.description ? ` — ${skill.description}` : ''}`;
    return { markdown, range: item?.range ?? field.valueRange };
  }
  const value = field.value;
  if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
  const markdown = valueMarkdown(spec, String(value), ctx.schema);
  return markdown ? { markdown, range: field.valueRange } : undefined;
}

/** A name inside `Agent(…)`: the workspace agent it starts (its file and description), or that it is built in. */
function agentHover(ctx: HoverContextData): HoverPart | undefined {
  const ref = specifierRefs(ctx.doc).find((r) => rangeContains(r.range, ctx.position));
  if (!ref) return undefined;
  const agents = ctx.agents().filter((a) => a.name === ref.name);
  if (agents.length > 0) {
    const lines = agents.map((a) => `**Agent \`${a.name}\`** (\`${a.where}\`)${a.description ? ` — ${a.description}` : ''}`);
    return { markdown: lines.join('\n\n'), range: ref.range };
  }
  if (isBuiltInAgent(ref.name)) return { markdown: `**Agent \`${ref.name}\`** — one of Claude Code's built-in agents.`, range: ref.range };
  return undefined;
}
