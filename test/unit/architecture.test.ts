/**
 * Keeps the dependency arrows pointing the right way: the core imports no host (no Node
 * built-ins, no vscode, no LSP connection), the server does not import the client, and the
 * client does not reach into the server's internals.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from './support/documents';

const CORE_ALLOWED = ['yaml', 'zod', 'picomatch', 'jsonc-parser', 'vscode-languageserver-types', 'vscode-languageserver-textdocument'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('architecture', () => {
  const core = path.join(REPO_ROOT, 'server', 'src', 'core');
  it('the core imports only its allowed packages and its own files', () => {
    for (const file of sourceFiles(core)) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          assert.ok(target.startsWith(core), `${path.relative(REPO_ROOT, file)} imports ${spec}, outside the core`);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          assert.ok(CORE_ALLOWED.includes(pkg), `${path.relative(REPO_ROOT, file)} imports ${spec}`);
        }
      }
    }
  });

  it('the server never imports the client, and the client never imports server internals', () => {
    const server = path.join(REPO_ROOT, 'server', 'src');
    const client = path.join(REPO_ROOT, 'client', 'src');
    for (const file of sourceFiles(server)) {
      for (const spec of importsOf(file)) {
        assert.ok(spec !== 'vscode' && !path.resolve(path.dirname(file), spec).startsWith(client), `${path.relative(REPO_ROOT, file)} imports ${spec}`);
      }
    }
    if (!fs.existsSync(client)) return;
    for (const file of sourceFiles(client)) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        assert.ok(!target.startsWith(server) || target.startsWith(path.join(server, 'protocol')), `${path.relative(REPO_ROOT, file)} imports ${spec}`);
      }
    }
  });
});
