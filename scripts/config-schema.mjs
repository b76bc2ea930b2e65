#!/usr/bin/env node
// Regenerates `schemas/agentsmith.schema.json` (the JSON Schema of `.agentsmith.json` the
// extension contributes) and the README's table of config keys from the config's definition
// and the rule registry (compile first: `npm run compile`). The unit test
// `config-schema.test.ts` fails when either has drifted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { configJsonSchema } = require('../out/server/src/core/config/config-schema.js');
const { renderConfigKeysTable } = require('../out/test/unit/support/config-docs.js');
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/agentsmith.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
const readme = readFileSync('README.md', 'utf8');
if (readme.includes('<!-- config-keys:start -->')) {
  writeFileSync('README.md', readme.replace(/<!-- config-keys:start -->[\s\S]*?<!-- config-keys:end -->/, renderConfigKeysTable()));
}
console.log('schemas/agentsmith.schema.json and the README config keys table regenerated.');
