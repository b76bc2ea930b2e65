/**
 * Frontmatter keys at a column-0 position: the profile's fields not yet present, required
 * ones first, each inserted as `key: ` with a placeholder or a choice of its allowed values.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { SPECIALIST_CLASSES } from '../../schema/data/classes';
import type { FieldSpec } from '../../schema/profile-schema';
import { baseNameWithoutExtension } from '../../util/path-name';
import { toKebabCase } from '../../util/kebab-case';
import type { CompletionContextData } from './context';
import type { KeySpot } from './frontmatter-spot';
import { escapeSnippet, order, SNIPPET } from './item-text';
import { matchesTyped } from './typed-text';
import { classModel, v5First } from './value-items';

const REQUIRED_RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

export function keyItems(ctx: CompletionContextData, spot: KeySpot): CompletionItem[] {
  const fields = ctx.doc.frontmatter?.fields ?? [];
  const present = new Set(fields.filter((f) => f.keyRange.start.line !== spot.line).map((f) => f.key));
  const specs = [...ctx.schema.fields.values()].filter((spec) => !present.has(spec.key) && matchesTyped(spot.prefix, spec.key));
  const rank = (spec: FieldSpec): number => (spec.required ? REQUIRED_RANK[spec.required] : 9);
  const sorted = specs.map((spec, index) => ({ spec, index })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index);
  return sorted.map(({ spec }, index) => {
    const item: CompletionItem = {
      label: spec.key,
      kind: CompletionItemKind.Property,
      detail: detailOf(spec),
      documentation: ctx.docs.field(spec, ctx.schema),
      sortText: order(index),
      textEdit: { range: spot.range, newText: spot.hasColon ? spec.key : keySnippet(spec, ctx) },
      insertTextFormat: spot.hasColon ? 1 : SNIPPET,
    };
    if (!spot.hasColon && ctx.retriggerCommand && suggestsAfterInsert(spec)) {
      item.command = { title: 'Suggest values', command: ctx.retriggerCommand };
    }
    return item;
  });
}

function detailOf(spec: FieldSpec): string {
  if (spec.required === 'error') return 'required';
  if (spec.required) return 'expected in a three-phase agent';
  return spec.kind === 'tool-list' ? 'tool list' : spec.kind === 'string-list' ? 'list' : spec.kind;
}

/** Fields whose values come from a list the suggest widget can show right after the key is inserted. */
function suggestsAfterInsert(spec: FieldSpec): boolean {
  return spec.kind === 'tool-list' || spec.key === 'skills';
}

function choice(values: readonly string[]): string {
  return `\${1|${values.map((v) => v.replace(/[\\,|]/g, '\\$&')).join(',')}|}`;
}

/** `key: ` followed by what the field's value should look like. */
function keySnippet(spec: FieldSpec, ctx: CompletionContextData): string {
  const key = spec.key;
  const eol = ctx.doc.source.eol;
  switch (key) {
    case 'name': {
      const stem = toKebabCase(baseNameWithoutExtension(ctx.path));
      return `name: \${1:${escapeSnippet(stem || 'agent-name')}}`;
    }
    case 'description':
      return 'description: ${1:Use this agent when …}';
    case 'version':
      return 'version: "${1:1.0.0}"';
    case 'model': {
      const suggested = classModel(ctx.doc);
      const aliases = ctx.schema.models.filter((m) => !m.startsWith('claude-'));
      return `model: ${choice(suggested ? [suggested, ...aliases.filter((m) => m !== suggested)] : aliases)}`;
    }
    case 'color':
      return `color: ${choice(ctx.schema.colors)}`;
    case 'class': {
      const classes = v5First(ctx.doc) ? [...SPECIALIST_CLASSES].reverse() : SPECIALIST_CLASSES;
      return `class: ${choice(classes.map((c) => c.id))}`;
    }
    case 'specialty':
      return 'specialty: ${1:domain-name}';
    case 'maxTurns':
      return 'maxTurns: ${1:20}';
    case 'mcpServers':
      return `mcpServers:${eol}  - \${1:server-name}`;
    case 'hooks':
      return `hooks:${eol}  $0`;
  }
  if (spec.kind === 'tool-list') return `${key}: $0`;
  if (key === 'skills') return 'skills: [$0]';
  if (spec.kind === 'string-list') return `${key}: ["$1"]`;
  if (spec.values && spec.values.length > 0) return `${key}: ${choice(spec.values)}`;
  return `${key}: $1`;
}
