/** `agentsmith-language-server` as a command: usage without a transport, `--version`. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot, SERVER_BUNDLE, ServerUnderTest } from './support/server-process';

const manifest = JSON.parse(readFileSync(join(repositoryRoot(), 'package.json'), 'utf8')) as { version: string };

describe('the server bin', () => {
  it('prints its version', () => {
    const run = spawnSync(process.execPath, [SERVER_BUNDLE, '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), manifest.version);
  });

  it('explains its usage and exits 2 when no transport is given', () => {
    const run = spawnSync(process.execPath, [SERVER_BUNDLE], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--stdio/);
    assert.equal(run.stdout, '');
  });

  it('starts with a #!/usr/bin/env node line and is executable', () => {
    assert.ok(readFileSync(SERVER_BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n'));
    if (process.platform !== 'win32') {
      const run = spawnSync(SERVER_BUNDLE, ['--version'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
    }
  });

  it('over --stdio, exits when the client closes its input: 0 after shutdown, 1 without', async () => {
    const abandoned = await ServerUnderTest.started({});
    assert.equal(await abandoned.server.closeInput(false), 1, abandoned.server.stderr);
    const shutDown = await ServerUnderTest.started({});
    assert.equal(await shutDown.server.closeInput(true), 0, shutDown.server.stderr);
  });
});
