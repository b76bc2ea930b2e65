#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm's pre-scripts), so both work on a fresh clone:
// installs the root dependencies with `npm ci` when node_modules is missing or was installed
// from another package-lock.json. A no-op (a hash of one file) when they are up to date.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.agentsmith-deps-stamp');
const wanted = createHash('sha256').update(readFileSync(lock)).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) process.exit(0);
console.error('ensure-deps: installing the root dependencies (npm ci) …');
execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_user_agent: undefined } });
writeFileSync(stamp, wanted);
