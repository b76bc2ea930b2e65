/**
 * The contract of a profile's schema: the one source of field facts that drives validation
 * (rules), completion and hover. Implementations live beside this file as data.
 */
import type { ZodType } from 'zod';
import type { ProfileId, Severity } from '../types';

export type FieldKind = 'string' | 'boolean' | 'integer' | 'enum' | 'string-list' | 'tool-list' | 'object' | 'any';

export interface FieldSpec {
  key: string;
  /** Markdown documentation: what it does, what Claude Code does with it. */
  description: string;
  kind: FieldKind;
  /** Allowed values (enums, booleans), in the order completion should offer them. */
  values?: readonly string[];
  /** Per-value documentation for hover and completion. */
  valueDocs?: Readonly<Record<string, string>>;
  /** When present the field is required, reported with this severity. */
  required?: Severity;
  /** The value Claude Code assumes when the field is absent, in words. */
  defaultValue?: string;
  /** Where to read more. */
  docsUrl?: string;
  /** Validates the parsed YAML value; its issues become `invalid-value` messages. */
  validator: ZodType;
}

export interface ProfileSchema {
  profile: ProfileId;
  /** Known fields for this profile, in canonical order (required first). */
  fields: ReadonlyMap<string, FieldSpec>;
  /** Current tool names plus the user's extra tools. */
  tools: ReadonlySet<string>;
  /** Old name → current name (`Task` → `Agent`), and legacy names with their successor. */
  renamedTools: ReadonlyMap<string, string>;
  /** Model aliases and full ids known by name (any `claude-…` id is also accepted). */
  models: readonly string[];
  isKnownModel(model: string): boolean;
  /** Claude Code's eight colours. */
  colors: readonly string[];
  /** Extra colours accepted with an information note (CAMI palette, three-phase only). */
  extraColors: readonly string[];
  /** Valid `class` values (v4 and v5 sets), three-phase only. */
  classes: readonly string[];
  /** The model a class suggests. */
  classModel: Readonly<Record<string, string>>;
}
