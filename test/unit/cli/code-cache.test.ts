/**
 * The bin loads the CLI bundle with the V8 code cache the build wrote. The cache may only save
 * time: without it, or with one V8 rejects (another Node, another bundle, junk), the CLI must
 * print exactly the same.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT, REPO_ROOT, runCli } from './support';

const DIST = join(REPO_ROOT, 'dist');

/** A copy of the bin and the bundle in a folder of their own, with the given cache (or none). */
function binWithCache(cache: Buffer | undefined): string {
  const folder = mkdtempSync(join(tmpdir(), 'agentsmith-code-cache-'));
  copyFileSync(join(DIST, 'cli.js'), join(folder, 'cli.js'));
  copyFileSync(join(DIST, 'cli-main.js'), join(folder, 'cli-main.js'));
  if (cache) writeFileSync(join(folder, 'cli-main.cache'), cache);
  return join(folder, 'cli.js');
}

function check(bin: string) {
  const run = spawnSync(process.execPath, [bin, 'check', '--no-color', '.'], { cwd: PROJECT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the CLI code cache', () => {
  it('is written by the build', () => {
    assert.ok(existsSync(join(DIST, 'cli-main.cache')), 'npm run build writes dist/cli-main.cache');
  });

  it('changes nothing the CLI prints: with it, without it, or with a cache V8 rejects', () => {
    const withCache = runCli(['check', '--no-color', '.'], PROJECT);
    assert.equal(withCache.status, 1, withCache.stderr);
    assert.ok(withCache.stdout.includes('problems'), withCache.stdout);
    assert.deepEqual(check(binWithCache(undefined)), withCache, 'no cache');
    assert.deepEqual(check(binWithCache(Buffer.from('not a V8 code cache'))), withCache, 'a rejected cache');
  });
});
