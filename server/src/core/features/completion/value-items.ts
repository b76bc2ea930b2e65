/**
 * Values of a frontmatter field at the cursor: the allowed values of enumerated fields (with
 * their docs), the next versions, the file's own name, and — through their own modules — tools
 * and skills for list fields.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { AgentDocument } from '../../document/model';
import { SPECIALIST_CLASSES } from '../../schema/data/classes';
import type { FieldSpec } from '../../schema/profile-schema';
import { baseNameWithoutExtension } from '../../util/path-name';
import { toKebabCase } from '../../util/kebab-case';
import { BUMP_LEVELS, type BumpLevel, isVersionBump, planVersionBump } from '../bump-version';
import { valueMarkdown } from '../docs/field-docs';
import { agentNameItems } from './agent-name-items';
import type { CompletionContextData } from './context';
import type { ValueSpot } from './frontmatter-spot';
import { order, slotItem } from './item-text';
import { skillItems } from './skill-items';
import { frontmatterToolItems } from './tool-items';
import type { ValueSlot } from './value-slot';

export function valueItems(ctx: CompletionContextData, spot: ValueSpot): CompletionItem[] {
  const spec = ctx.schema.fields.get(spot.key);
  const slot = spot.slot;
  if (!spec) return [];
  if (slot.inSpecifier) return spec.kind === 'tool-list' ? agentNameItems(ctx, spot) : [];
  if (spec.kind === 'tool-list') return frontmatterToolItems(ctx, spot);
  if (spot.key === 'skills') return skillItems(ctx, spot);
  if (slot.form !== 'scalar') return [];
  if (spot.key === 'version') return versionItems(ctx, slot);
  if (spot.key === 'name') return nameItems(ctx, slot);
  if (spec.values && spec.values.length > 0) return enumItems(ctx, spec, slot);
  return [];
}

function enumItems(ctx: CompletionContextData, spec: FieldSpec, slot: ValueSlot): CompletionItem[] {
  const values = spec.key === 'class' && v5First(ctx.doc) ? [...spec.values!].reverse() : spec.values!;
  // On a value that is already complete, show every alternative, not only itself.
  const showAll = values.includes(unquoted(slot.token));
  const suggestedModel = spec.key === 'model' ? classModel(ctx.doc) : undefined;
  return values.map((value, index) => {
    const cami = spec.key === 'color' && ctx.schema.extraColors.includes(value);
    return slotItem(slot, {
      label: value,
      kind: spec.kind === 'boolean' ? CompletionItemKind.Value : CompletionItemKind.EnumMember,
      detail: valueDetail(ctx, spec, value, suggestedModel),
      documentation: valueMarkdown(spec, value, ctx.schema),
      sortText: order(index, value === suggestedModel ? 0 : cami ? 2 : 1),
      value,
      showAll,
      preselect: value === suggestedModel,
    });
  });
}

function valueDetail(ctx: CompletionContextData, spec: FieldSpec, value: string, suggestedModel: string | undefined): string | undefined {
  if (spec.key === 'model') {
    if (value === suggestedModel) return `suggested for class ${String(fieldValue(ctx.doc, 'class'))}`;
    if (ctx.schema.isKnownModel(value) && value.startsWith('claude-')) return 'full model id';
    return 'alias';
  }
  if (spec.key === 'color' && ctx.schema.extraColors.includes(value)) return 'CAMI palette — Claude Code shows only its eight colours';
  if (spec.key === 'class') {
    const c = SPECIALIST_CLASSES.find((x) => x.id === value);
    if (!c) return undefined;
    const weights = c.phaseWeights ? ` · ${c.phaseWeights.join('/')}` : '';
    return `CAMI ${c.generations.join(', ')}${weights} · ${c.suggestedModel}`;
  }
  return undefined;
}

/** `version`: the next patch, minor and major release of the current value (as "Bump version" counts). */
function versionItems(ctx: CompletionContextData, slot: ValueSlot): CompletionItem[] {
  const options: { value: string; label: string; doc: string }[] = [];
  for (const level of BUMP_LEVELS) {
    const bump = planVersionBump(ctx.doc, level);
    if (isVersionBump(bump)) options.push({ value: bump.to, label: level, doc: BUMP_DOCS[level] });
  }
  if (options.length === 0) options.push({ value: '1.0.0', label: 'first release', doc: 'The first version of the agent.' });
  return options.map((o, index) =>
    slotItem(slot, {
      label: o.value,
      kind: CompletionItemKind.Value,
      detail: o.label,
      documentation: `**${o.label}** — ${o.doc} CAMI bumps \`version\` on every change to an agent.`,
      sortText: order(index),
      value: o.value,
      forceQuotes: true,
      showAll: true,
    }),
  );
}

const BUMP_DOCS: Readonly<Record<BumpLevel, string>> = {
  patch: 'Typos, clarifications, small fixes to the guidance.',
  minor: 'New sections, a new technology, more tool guidance.',
  major: 'A different model, a rewrite, a new scope or different tool access.',
};

/** `name`: the file name in kebab-case, which is what Claude Code users expect to find. */
function nameItems(ctx: CompletionContextData, slot: ValueSlot): CompletionItem[] {
  const stem = toKebabCase(baseNameWithoutExtension(ctx.path));
  if (!stem) return [];
  return [
    slotItem(slot, {
      label: stem,
      kind: CompletionItemKind.Value,
      detail: 'from the file name',
      documentation: 'The agent\'s name matches its file name, so it is easy to find.',
      sortText: order(0),
      value: stem,
    }),
  ];
}

function unquoted(token: string): string {
  const t = token.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
}

function fieldValue(doc: AgentDocument, key: string): unknown {
  return doc.frontmatter?.fields.find((f) => f.key === key)?.value;
}

/** The model the frontmatter's `class` suggests, if it names a known class. */
export function classModel(doc: AgentDocument): string | undefined {
  const value = fieldValue(doc, 'class');
  return typeof value === 'string' ? SPECIALIST_CLASSES.find((c) => c.id === value)?.suggestedModel : undefined;
}

/** A CAMI v5 agent (it has `skill_aware`) sees the v5 classes first. */
export function v5First(doc: AgentDocument): boolean {
  return doc.frontmatter?.fields.some((f) => f.key === 'skill_aware') ?? false;
}
