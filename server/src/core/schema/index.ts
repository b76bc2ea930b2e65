export type { FieldKind, FieldSpec, ProfileSchema } from './profile-schema';
export { getProfileSchema, type SchemaExtras } from './get-profile-schema';
export { CAMI_FIELD_KEYS, CLAUDE_CODE_FIELD_KEYS, THREE_PHASE_FIELD_KEYS, FIELD_KEY_SYNONYMS, fieldKeysFor } from './field-keys';
export { isSemver } from './validators';
export { SUBAGENTS_DOCS_URL } from './fields-claude-code';
export { CAMI_DOCS_URL } from './fields-three-phase';
