/**
 * The JSON Schema of `.agentsmith.json` and the README's table of its keys are generated from
 * the config's one definition (regenerate both with `npm run compile && node scripts/config-schema.mjs`);
 * the extension contributes the schema and ships it. These tests fail when anything drifted.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { configJsonSchema } from '../../server/src/core/config/config-schema';
import { CONFIG_KEYS, validateConfig } from '../../server/src/core/config/index';
import { allRules } from '../../server/src/core/rules/registry';
import { renderConfigKeysTable } from './support/config-docs';
import { REPO_ROOT } from './support/documents';

const SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'agentsmith.schema.json');
const regenerate = 'run `npm run compile && node scripts/config-schema.mjs`';

describe('config schema and docs stay in sync with the definition', () => {
  it('schemas/agentsmith.schema.json is what the definition generates', () => {
    const onDisk = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    assert.deepEqual(onDisk, configJsonSchema(), `the schema file is stale: ${regenerate}`);
  });

  it('the schema lists every key and every rule, and accepts comments as the server does', () => {
    const schema = configJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; allowComments: boolean; allowTrailingCommas: boolean; additionalProperties: boolean };
    assert.deepEqual(Object.keys(schema.properties), CONFIG_KEYS.map((key) => key.key));
    assert.deepEqual(Object.keys(schema.properties.rules?.properties ?? {}), allRules.map((rule) => rule.id));
    assert.deepEqual(Object.keys(schema.properties.files?.properties ?? {}), ['include', 'exclude']);
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.allowComments, true);
    assert.equal(schema.allowTrailingCommas, true);
    assert.deepEqual(validateConfig('{ // a comment\n "rules": {}, }').problems, []);
  });

  it('every example in the schema is a valid config value', () => {
    for (const key of CONFIG_KEYS.flatMap((k) => (k.kind.type === 'object' ? k.kind.keys.map((inner) => ({ ...inner, key: `${k.key}.${inner.key}` })) : [k]))) {
      if (key.example === undefined && key.defaultValue === undefined) continue;
      for (const value of [key.example, key.defaultValue].filter((v) => v !== undefined)) {
        const [outer, inner] = key.key.split('.');
        const config = inner ? { [outer!]: { [inner]: value } } : { [outer!]: value };
        assert.deepEqual(validateConfig(JSON.stringify(config)).problems, [], `${key.key}: ${JSON.stringify(value)}`);
      }
    }
  });

  it('the README table of config keys is what the definition generates', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const table = /<!-- config-keys:start -->[\s\S]*?<!-- config-keys:end -->/.exec(readme)?.[0];
    assert.equal(table, renderConfigKeysTable(), `the README config keys table is stale: ${regenerate}`);
  });

  it('package.json contributes the schema for .agentsmith.json and the package ships it', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.agentsmith.json', url: './schemas/agentsmith.schema.json' }]);
    const shipped = fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
    assert.ok(shipped.includes('!schemas/agentsmith.schema.json'), '.vscodeignore must ship the schema');
  });
});
