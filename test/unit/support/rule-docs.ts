import { allRules } from '../../../server/src/core/rules/registry';

const profilesText = (profiles: readonly string[]) => (profiles.length === 2 ? 'all' : profiles.join(', '));

/** The README's rules table, generated from the registry. */
export function renderRulesTable(): string {
  const rows = allRules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${profilesText(r.profiles)} | ${r.description} |`);
  return ['<!-- rules-table:start -->', '| id | default severity | profiles | description |', '|---|---|---|---|', ...rows, '<!-- rules-table:end -->'].join('\n');
}

/** The `agentsmith.rules` setting: one property per rule id, each a severity or `off`. */
export function rulesSettingSchema() {
  const properties: Record<string, unknown> = {};
  for (const rule of allRules) {
    properties[rule.id] = {
      type: 'string',
      enum: ['off', 'hint', 'information', 'warning', 'error'],
      default: rule.defaultSeverity,
      markdownDescription: rule.description,
    };
  }
  return {
    type: 'object',
    default: {},
    // Resource scope so folder settings apply in multi-root workspaces.
    scope: 'resource',
    additionalProperties: false,
    markdownDescription: 'Severity per rule id: `off`, `hint`, `information`, `warning` or `error`. Unset rules use their default severity.',
    properties,
  };
}
