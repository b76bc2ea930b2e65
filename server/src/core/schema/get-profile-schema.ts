/**
 * Builds the schema of a profile from the reference data, extended with the user's extra
 * tools and models. Schemas are immutable, so one per (profile, extras) is cached.
 */
import type { ProfileId } from '../types';
import type { FieldSpec, ProfileSchema } from './profile-schema';
import { CAMI_COLORS, CLAUDE_CODE_COLORS } from './data/colors';
import { CLASS_IDS, CLASS_MODEL } from './data/classes';
import { KNOWN_MODEL_IDS, MODEL_ALIASES, MODEL_ID_PREFIX } from './data/models';
import { CLAUDE_CODE_TOOLS, LEGACY_TOOLS, TOOL_ALIASES } from './data/tools';
import { claudeCodeFields, type ModelFacts } from './fields-claude-code';
import { threePhaseColorDocs, threePhaseOnlyFields } from './fields-three-phase';
import { oneOf } from './validators';

export interface SchemaExtras {
  extraTools: readonly string[];
  extraModels: readonly string[];
}

/** Keys of the cache: a handful of settings combinations per session, never many. */
const MAX_CACHED_SCHEMAS = 32;
const schemaCache = new Map<string, ProfileSchema>();

export function getProfileSchema(profile: ProfileId, extra: SchemaExtras = { extraTools: [], extraModels: [] }): ProfileSchema {
  const extraTools = cleanList(extra.extraTools);
  const extraModels = cleanList(extra.extraModels);
  const cacheKey = JSON.stringify([profile, extraTools, extraModels]);
  const cached = schemaCache.get(cacheKey);
  if (cached) return cached;
  const schema = buildSchema(profile, extraTools, extraModels);
  if (schemaCache.size >= MAX_CACHED_SCHEMAS) schemaCache.clear();
  schemaCache.set(cacheKey, schema);
  return schema;
}

function cleanList(list: readonly string[] | undefined): string[] {
  if (!Array.isArray(list)) return [];
  const clean = list.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => x.length > 0);
  return [...new Set(clean)].sort();
}

function buildSchema(profile: ProfileId, extraTools: string[], extraModels: string[]): ProfileSchema {
  const models = [...new Set([...MODEL_ALIASES, ...KNOWN_MODEL_IDS, ...extraModels])];
  const modelSet = new Set(models);
  const isKnownModel = (model: string): boolean =>
    modelSet.has(model) || (model.startsWith(MODEL_ID_PREFIX) && model.length > MODEL_ID_PREFIX.length);
  const modelFacts: ModelFacts = { models, isKnownModel };

  const base = claudeCodeFields(modelFacts);
  const ordered = profile === 'three-phase' ? threePhaseOrder(base) : base;

  const renamedTools = new Map<string, string>([...Object.entries(TOOL_ALIASES), ...Object.entries(LEGACY_TOOLS)]);
  const tools = new Set([...CLAUDE_CODE_TOOLS, ...extraTools]);
  // A user who lists a legacy name as an extra tool has it; do not suggest renaming it.
  for (const tool of extraTools) renamedTools.delete(tool);

  const schema: ProfileSchema = {
    profile,
    fields: new Map(ordered.map((f) => [f.key, Object.freeze(f)])),
    tools,
    renamedTools,
    models: Object.freeze(models),
    isKnownModel,
    colors: CLAUDE_CODE_COLORS,
    extraColors: profile === 'three-phase' ? CAMI_COLORS : [],
    classes: profile === 'three-phase' ? CLASS_IDS : [],
    classModel: profile === 'three-phase' ? CLASS_MODEL : {},
  };
  return Object.freeze(schema);
}

/** Canonical CAMI order: identity fields first, then Claude Code's, then the catalogue fields. */
function threePhaseOrder(base: FieldSpec[]): FieldSpec[] {
  const byKey = new Map(base.map((f) => [f.key, f]));
  const cami = new Map(threePhaseOnlyFields().map((f) => [f.key, f]));
  const color = byKey.get('color');
  if (color) {
    const values = [...CLAUDE_CODE_COLORS, ...CAMI_COLORS];
    byKey.set('color', {
      ...color,
      description: `${color.description} CAMI agents also use ${CAMI_COLORS.map((c) => `\`${c}\``).join(', ')}; Claude Code ignores those.`,
      values,
      valueDocs: threePhaseColorDocs(),
      validator: oneOf(values, 'colour'),
    });
  }
  const head = ['name', 'version', 'description', 'class', 'specialty'];
  const tail = ['tags', 'use_cases', 'skill_aware'];
  const pick = (key: string): FieldSpec => (byKey.get(key) ?? cami.get(key)) as FieldSpec;
  const middle = base.map((f) => f.key).filter((k) => !head.includes(k));
  return [...head, ...middle, ...tail].map(pick);
}
