/**
 * Model names for the `model` field. Aliases follow the newest model of a family; full ids
 * pin one. Any id starting with `claude-` is accepted even when it is not listed here, so
 * new releases do not raise false alarms.
 */
export const MODEL_ALIASES: readonly string[] = ['inherit', 'sonnet', 'opus', 'haiku', 'fable'];

export const MODEL_ALIAS_DOCS: Readonly<Record<string, string>> = {
  inherit: 'Use the same model as the main conversation. This is what Claude Code does when `model` is absent.',
  sonnet: 'The current Claude Sonnet: the balanced choice for most implementation work.',
  opus: 'The current Claude Opus: the most capable model, for planning, architecture and hard reasoning. Slower and costlier.',
  haiku: 'The current Claude Haiku: fast and cheap, for simple, well-defined, repetitive tasks.',
  fable: 'The `fable` alias offered by recent Claude Code versions.',
};

/** Full model ids seen in agent files and docs; offered by completion, not an allowlist. */
export const KNOWN_MODEL_IDS: readonly string[] = [
  'claude-opus-4-5',
  'claude-sonnet-4-5',
  'claude-haiku-4-5',
  'claude-opus-4-1',
  'claude-opus-4-1-20250805',
  'claude-opus-4-20250514',
  'claude-sonnet-4-20250514',
  'claude-3-7-sonnet-20250219',
  'claude-3-5-haiku-20241022',
];

/** Prefix that marks a full Anthropic model id. */
export const MODEL_ID_PREFIX = 'claude-';
