/**
 * The JSON Schema of `.agentsmith.json`, generated from the config's definition and the rule
 * registry. The extension contributes it (`schemas/agentsmith.schema.json`, written by
 * `scripts/config-schema.mjs`), so VS Code completes and checks the file; other editors' JSON
 * language servers can use the same file. A docs-sync test keeps the file current.
 */
import { allRules } from '../rules/registry';
import { CONFIG_KEYS, type ConfigKey, type ConfigValueKind, SEVERITY_SETTINGS } from './config-keys';

type JsonSchema = Record<string, unknown>;

/** Plain-text form of our Markdown descriptions, for tools that show `description` only. */
function plain(markdown: string): string {
  return markdown.replace(/`/g, '');
}

function described(schema: JsonSchema, markdown: string, defaultValue?: unknown): JsonSchema {
  return { ...schema, ...(defaultValue !== undefined ? { default: defaultValue } : {}), description: plain(markdown), markdownDescription: markdown };
}

function rulesSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const rule of allRules) {
    properties[rule.id] = described(
      { type: 'string', enum: [...SEVERITY_SETTINGS] },
      `${rule.description} Default: \`${rule.defaultSeverity}\`.`,
      rule.defaultSeverity,
    );
  }
  return { type: 'object', properties, additionalProperties: false };
}

function valueSchema(kind: ConfigValueKind): JsonSchema {
  switch (kind.type) {
    case 'string':
      return { type: 'string' };
    case 'choice':
      return { type: 'string', enum: [...kind.values], enumDescriptions: kind.valueDocs.map(plain), markdownEnumDescriptions: [...kind.valueDocs] };
    case 'positive-integer':
      return { type: 'integer', minimum: 1 };
    case 'list':
      return { type: 'array', items: { type: 'string', minLength: 1 } };
    case 'glob-map':
      return { type: 'object', propertyNames: { minLength: 1 }, additionalProperties: { type: 'string', enum: [...kind.values] } };
    case 'rule-map':
      return rulesSchema();
    case 'object':
      return { type: 'object', properties: propertiesOf(kind.keys), additionalProperties: false };
  }
}

function propertiesOf(keys: readonly ConfigKey[]): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const key of keys) {
    const schema = described(valueSchema(key.kind), key.description, key.defaultValue);
    properties[key.key] = key.example !== undefined ? { ...schema, examples: [key.example] } : schema;
  }
  return properties;
}

export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Agentsmith project configuration (.agentsmith.json)',
    ...described(
      {},
      'Agentsmith settings shared by everyone who works in this folder, whatever their editor, and by the `agentsmith` CLI. Editor settings the user set explicitly take precedence.',
    ),
    type: 'object',
    properties: propertiesOf(CONFIG_KEYS),
    additionalProperties: false,
    // VS Code's JSON support reads these: the file may hold comments and trailing commas, as Agentsmith accepts them.
    allowComments: true,
    allowTrailingCommas: true,
  };
}
