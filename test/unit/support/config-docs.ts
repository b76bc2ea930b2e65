import { CONFIG_KEYS, type ConfigKey } from '../../../server/src/core/config/index';
import { GLOB_SEMANTICS } from '../../../server/src/core/config/config-keys';

/** What a key takes, in a few words, for the README table. */
function takes(key: ConfigKey): string {
  const kind = key.kind;
  switch (kind.type) {
    case 'string':
      return 'string';
    case 'choice':
      return kind.values.map((v) => `\`"${v}"\``).join(' \\| ');
    case 'positive-integer':
      return 'whole number ≥ 1';
    case 'list':
      return kind.items === 'glob' ? 'list of globs' : 'list of names';
    case 'glob-map':
      return `glob → ${kind.values.map((v) => `\`"${v}"\``).join(' \\| ')}`;
    case 'rule-map':
      return 'rule id → `"off"` \\| `"hint"` \\| `"information"` \\| `"warning"` \\| `"error"`';
    case 'object':
      return 'object';
  }
}

function rows(keys: readonly ConfigKey[], prefix: string): string[] {
  return keys.flatMap((key) => {
    if (key.kind.type === 'object') return rows(key.kind.keys, `${prefix}${key.key}.`);
    const value = key.defaultValue;
    const fallback = value === undefined ? '' : `\`${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}\``;
    // The README explains glob semantics once, above the table.
    const description = key.description.replace(` ${GLOB_SEMANTICS}`, '').replace(/\|/g, '\\|');
    return [`| \`${prefix}${key.key}\` | ${takes(key)} | ${fallback} | ${description} |`];
  });
}

/** The README's table of `.agentsmith.json` keys, generated from the config's definition. */
export function renderConfigKeysTable(): string {
  return ['<!-- config-keys:start -->', '| key | value | default | what it does |', '|---|---|---|---|', ...rows(CONFIG_KEYS, ''), '<!-- config-keys:end -->'].join('\n');
}
