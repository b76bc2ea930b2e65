#!/usr/bin/env node
// Regenerates the README's rules table, the `agentsmith.rules` settings schema in
// package.json and the JSON Schema of `.agentsmith.json` (which lists the rules too) from the
// rule registry (compile first: `npm run compile`). The unit tests `docs-sync.test.ts` and
// `config-schema.test.ts` fail when any of them has drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { renderRulesTable, rulesSettingSchema } = require('../out/test/unit/support/rule-docs.js');
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- rules-table:start -->[\s\S]*?<!-- rules-table:end -->/, renderRulesTable());
writeFileSync('README.md', updated);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const configuration = manifest.contributes?.configuration;
const properties = (Array.isArray(configuration) ? configuration[0] : configuration)?.properties;
if (properties) {
  properties['agentsmith.rules'] = rulesSettingSchema();
  writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');
}
const { configJsonSchema } = require('../out/server/src/core/config/config-schema.js');
writeFileSync('schemas/agentsmith.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log('README rules table, package.json agentsmith.rules and schemas/agentsmith.schema.json regenerated.');
