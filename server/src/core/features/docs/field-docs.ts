/**
 * Markdown for frontmatter fields and their values, built from the profile's schema: the same
 * text appears in completion items and in hovers, so a field is explained once, where its
 * validation lives.
 */
import { SPECIALIST_CLASSES } from '../../schema/data/classes';
import { CAMI_FIELD_KEYS } from '../../schema/field-keys';
import type { FieldSpec, ProfileSchema } from '../../schema/profile-schema';

/** Enumerations longer than this are summarised instead of listed in full. */
const MAX_LISTED_VALUES = 12;

const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';

export function fieldMarkdown(spec: FieldSpec, schema: ProfileSchema): string {
  const cami = CAMI_FIELD_KEYS.includes(spec.key);
  const origin = cami ? 'CAMI three-phase field; Claude Code ignores it' : 'Claude Code subagent field';
  const parts = [`**${code(spec.key)}** — ${origin}`, spec.description];
  const allowed = allowedValuesText(spec, schema);
  if (allowed) parts.push(`**Allowed:** ${allowed}`);
  if (spec.defaultValue) parts.push(`**When absent:** ${spec.defaultValue}`);
  if (spec.required) parts.push(requiredText(spec));
  if (spec.docsUrl) parts.push(`[${cami ? 'CAMI' : 'Claude Code subagents'} documentation](${spec.docsUrl})`);
  return parts.join('\n\n');
}

function requiredText(spec: FieldSpec): string {
  if (spec.required === 'error') return '**Required:** without it Claude Code does not load the agent.';
  return '**Expected** in a three-phase specialist.';
}

function allowedValuesText(spec: FieldSpec, schema: ProfileSchema): string | undefined {
  if (spec.key === 'model') {
    const aliases = schema.models.filter((m) => !m.startsWith('claude-'));
    return `${aliases.map(code).join(', ')}, or a full model id such as ${code('claude-sonnet-4-5')}.`;
  }
  if (spec.key === 'color' && schema.extraColors.length > 0) {
    return `${schema.colors.map(code).join(', ')}; the CAMI palette (${schema.extraColors.map(code).join(', ')}) is accepted, but Claude Code shows only its eight.`;
  }
  if (spec.kind === 'tool-list') return 'tool names, `Tool(specifier)` entries and MCP patterns (`mcp__server__tool`).';
  if (!spec.values || spec.values.length === 0) return undefined;
  if (spec.values.length > MAX_LISTED_VALUES) return `${spec.values.slice(0, MAX_LISTED_VALUES).map(code).join(', ')}, …`;
  return spec.values.map(code).join(', ');
}

/** Documentation of one value of a field, or undefined when there is nothing to say. */
export function valueMarkdown(spec: FieldSpec, value: string, schema: ProfileSchema): string | undefined {
  if (spec.key === 'model') return modelMarkdown(value, schema);
  if (spec.key === 'class') return classMarkdown(value);
  if (spec.key === 'color' && schema.extraColors.includes(value)) {
    return `${code(value)} — CAMI palette colour. ${spec.valueDocs?.[value] ?? ''} Claude Code shows only its eight colours: ${schema.colors.map(code).join(', ')}.`.trim();
  }
  const doc = spec.valueDocs?.[value];
  return doc ? `${code(value)} — ${doc}` : undefined;
}

function modelMarkdown(model: string, schema: ProfileSchema): string | undefined {
  const spec = schema.fields.get('model');
  const doc = spec?.valueDocs?.[model];
  if (doc) return `${code(model)} — ${doc}`;
  if (schema.isKnownModel(model)) return `${code(model)} — a full model id: the agent stays on this exact model instead of following an alias.`;
  return undefined;
}

function classMarkdown(id: string): string | undefined {
  const c = SPECIALIST_CLASSES.find((x) => x.id === id);
  if (!c) return undefined;
  const lines = [`${code(c.id)} — ${c.summary}`];
  if (c.phaseWeights) {
    const [p1, p2, p3] = c.phaseWeights;
    lines.push(`**Phase weights:** Phase 1 ${p1}% · Phase 2 ${p2}% · Phase 3 ${p3}%`);
  } else {
    lines.push('**Phase weights:** CAMI gives none for this class.');
  }
  lines.push(`**Suggested model:** ${code(c.suggestedModel)}`, `**Defined in:** CAMI ${c.generations.join(' and ')}`);
  return lines.join('\n\n');
}
