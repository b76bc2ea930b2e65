#!/usr/bin/env node
// Regenerates snippets/agentsmith.json (VS Code snippet-file format, for other editors) from
// the snippet data in server/src/core/snippets (compile first: `npm run compile`). The unit
// test `snippets.test.ts` fails when the file has drifted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { agentSnippets } = require('../out/server/src/core/snippets/index.js');
const { renderSnippetFile } = require('../out/server/src/core/snippets/snippet-file.js');
mkdirSync('snippets', { recursive: true });
writeFileSync('snippets/agentsmith.json', renderSnippetFile(agentSnippets));
console.log(`snippets/agentsmith.json regenerated (${agentSnippets.length} snippets).`);
