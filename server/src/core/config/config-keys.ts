/**
 * The one definition of `.agentsmith.json`: every key, what kind of value it takes, and its
 * documentation. Validation (`validate-config.ts`), the JSON Schema the extension contributes
 * (`config-schema.ts` → `schemas/agentsmith.schema.json`) and the README's key table are all
 * generated from this list, so they cannot disagree.
 */
import { DEFAULT_SETTINGS } from '../settings';
import { PROFILE_IDS, type SeveritySetting } from '../types';

export const PROJECT_CONFIG_FILE_NAME = '.agentsmith.json';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** The shapes a key's value can take. */
export type ConfigValueKind =
  /** One of a fixed set of strings. */
  | { type: 'choice'; values: readonly string[]; valueDocs: readonly string[]; noun: string }
  /** A list of non-empty strings; `glob` lists are checked as globs and rebased on the config's folder. */
  | { type: 'list'; items: 'glob' | 'name' }
  /** Glob → one of `values`; globs rebased like glob lists. */
  | { type: 'glob-map'; values: readonly string[]; noun: string }
  /** Rule id → severity or `off`. */
  | { type: 'rule-map' }
  | { type: 'positive-integer' }
  /** Any string, not read by Agentsmith (`$schema`). */
  | { type: 'string' }
  | { type: 'object'; keys: readonly ConfigKey[] };

export interface ConfigKey {
  key: string;
  kind: ConfigValueKind;
  /** Markdown, one or two sentences: what it does and how to write it. */
  description: string;
  /** The value when the key is absent. */
  defaultValue?: unknown;
  /** A value worth showing in docs and completion. */
  example?: unknown;
}

/** How globs in the config read; said in every glob key's docs (hover), once in the README. */
export const GLOB_SEMANTICS =
  'Globs are relative to the folder of `.agentsmith.json`: `agents/**` is that folder\'s `agents/`, and a glob without `/` (`README.md`) matches the file name at any depth below it.';

const filesKeys: readonly ConfigKey[] = [
  {
    key: 'include',
    kind: { type: 'list', items: 'glob' },
    description: `Check files matching these globs as agent files even outside agent folders, whatever their extension. ${GLOB_SEMANTICS}`,
    defaultValue: DEFAULT_SETTINGS.files.include,
    example: ['prompts/**/*.md'],
  },
  {
    key: 'exclude',
    kind: { type: 'list', items: 'glob' },
    description: `Never check files matching these globs. Replaces the default list, so keep \`**/README.md\` and \`**/node_modules/**\` in it if you still want them skipped. ${GLOB_SEMANTICS}`,
    defaultValue: DEFAULT_SETTINGS.files.exclude,
    example: [...DEFAULT_SETTINGS.files.exclude, 'drafts/**'],
  },
];

export const CONFIG_KEYS: readonly ConfigKey[] = [
  {
    key: '$schema',
    kind: { type: 'string' },
    description: 'Where editors find the JSON Schema of this file. Agentsmith itself ignores it.',
  },
  {
    key: 'profile',
    kind: {
      type: 'choice',
      values: ['auto', ...PROFILE_IDS],
      noun: 'a profile',
      valueDocs: [
        'Detect per file: three-phase rules when the body has a three-phase methodology heading or the frontmatter has at least two of `version`, `class`, `specialty`, `tags`, `use_cases`, `skill_aware`; Claude Code rules for every agent file.',
        'Only the Claude Code subagent rules.',
        'The Claude Code rules plus the three-phase specialist (CAMI) rules.',
      ],
    },
    description: 'Which rule profile applies to agent files.',
    defaultValue: DEFAULT_SETTINGS.profile,
  },
  {
    key: 'profiles',
    kind: { type: 'glob-map', values: PROFILE_IDS, noun: 'a profile here' },
    description: `Force a profile for the files a glob matches, e.g. \`{ "specialists/**": "three-phase" }\`. Wins over \`profile\`. ${GLOB_SEMANTICS}`,
    defaultValue: {},
    example: { 'specialists/**': 'three-phase' },
  },
  {
    key: 'rules',
    kind: { type: 'rule-map' },
    description: 'Severity per rule id: `off`, `hint`, `information`, `warning` or `error`. Rules not listed keep their default severity.',
    defaultValue: {},
    example: { 'name-file-mismatch': 'off', 'unknown-tool': 'error' },
  },
  {
    key: 'extraTools',
    kind: { type: 'list', items: 'name' },
    description: 'Tool names to accept in `tools` and `disallowedTools` besides Claude Code\'s own and `mcp__…` tools, e.g. a team\'s custom tool.',
    defaultValue: DEFAULT_SETTINGS.extraTools,
    example: ['DeployPreview'],
  },
  {
    key: 'extraModels',
    kind: { type: 'list', items: 'name' },
    description: 'Model names or ids to accept in `model` besides the ones Agentsmith knows, e.g. a model released after this version.',
    defaultValue: DEFAULT_SETTINGS.extraModels,
    example: ['claude-opus-5'],
  },
  {
    key: 'files',
    kind: { type: 'object', keys: filesKeys },
    description: 'Which files are checked, beyond the ones Agentsmith recognises as agent files by itself.',
  },
  {
    key: 'maxProblemsPerRule',
    kind: { type: 'positive-integer' },
    description: 'At most this many problems per rule per file, so a badly broken large file stays responsive.',
    defaultValue: DEFAULT_SETTINGS.maxProblemsPerRule,
  },
];
