/**
 * Check Workspace over stdio (`workspace/executeCommand agentsmith.server.checkWorkspace`):
 * the problems of agent files that are not open are published from disk; opening such a file
 * clears its entry (the editor's diagnostics take over), closing it brings the disk problems
 * back, and while they are shown they follow changes on disk and to the names they depend on.
 * Works for a client with no file watching or progress too (Neovim, Emacs).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Diagnostic, type PublishDiagnosticsParams, ResponseError } from 'vscode-languageserver-protocol/node';
import { CHECK_WORKSPACE_COMMAND, type CheckWorkspaceResult } from '../../server/src/protocol/check-workspace';
import { subagent, WorkspaceClient } from './support/workspace-client';

const TIMEOUT = { timeout: 60_000 };
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

const FILES = {
  '.claude/agents/reviewer.md': subagent('reviewer'),
  '.claude/agents/copy/reviewer.md': subagent('reviewer'),
  '.claude/agents/planner.md': subagent('planner', ['tools: Read, Agent(ghost)']),
  '.claude/agents/broken.md': subagent('broken', ['model: gpt-4']),
  'docs/guide.md': '# Guide\n\nNot an agent.\n',
};

describe('Check Workspace', TIMEOUT, () => {
  let client: WorkspaceClient;
  const checkWorkspace = (): Promise<CheckWorkspaceResult> => client.request('workspace/executeCommand', { command: CHECK_WORKSPACE_COMMAND, arguments: [] });

  /** The next publish for `path` (after this call) that satisfies `predicate`. */
  function nextPublish(path: string, predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const mark = client.server.published.length;
    return client.server.diagnostics(client.uri(path), (p) => client.server.published.indexOf(p) >= mark && predicate(p));
  }

  before(async () => {
    client = await WorkspaceClient.start(WorkspaceClient.makeWorkspace(FILES));
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('is advertised as a server command', () => {
    assert.deepEqual(client.initializeResult?.capabilities.executeCommandProvider?.commands, [CHECK_WORKSPACE_COMMAND]);
  });

  it('publishes the problems of closed agent files and counts the open ones too', async () => {
    const open = client.uri('.claude/agents/reviewer.md');
    const opened = client.server.diagnostics(open, (p) => codes(p.diagnostics).includes('duplicate-name'));
    await client.server.open(open, FILES['.claude/agents/reviewer.md'], 'chatagent');
    await opened;
    const publishedBefore = client.server.published.length;

    const result = await checkWorkspace();
    assert.deepEqual(result, { files: 4, problems: 4, errors: 2, warnings: 2 });
    const fromCheck = client.server.published.slice(publishedBefore);
    const byPath = (path: string) => fromCheck.filter((p) => p.uri === client.uri(path));
    assert.deepEqual(codes(byPath('.claude/agents/copy/reviewer.md')[0]?.diagnostics ?? []), ['duplicate-name']);
    assert.deepEqual(codes(byPath('.claude/agents/planner.md')[0]?.diagnostics ?? []), ['unknown-agent-reference']);
    assert.deepEqual(codes(byPath('.claude/agents/broken.md')[0]?.diagnostics ?? []), ['invalid-value']);
    assert.deepEqual(byPath('.claude/agents/reviewer.md'), [], 'the open file keeps its own diagnostics');
    assert.deepEqual(byPath('docs/guide.md'), [], 'not an agent file');
  });

  it('opening a checked file clears its entry; closing it brings the disk problems back', async () => {
    const path = '.claude/agents/broken.md';
    const uri = client.uri(path);
    const cleared = nextPublish(path, (p) => p.diagnostics.length === 0 && p.version === undefined);
    const editor = nextPublish(path, (p) => p.version === 1 && codes(p.diagnostics).includes('invalid-value'));
    await client.server.open(uri, FILES[path], 'chatagent');
    await cleared;
    await editor;

    const fixed = nextPublish(path, (p) => p.version === 2 && p.diagnostics.length === 0);
    await client.change(uri, 2, subagent('broken', ['model: sonnet'])); // not saved
    await fixed;

    const disk = nextPublish(path, (p) => p.version === undefined && codes(p.diagnostics).includes('invalid-value'));
    await client.close(uri);
    await disk;
  });

  it('a closed file fixed on disk loses its problems', async () => {
    const path = '.claude/agents/broken.md';
    const cleared = nextPublish(path, (p) => p.diagnostics.length === 0);
    client.write(path, subagent('broken', ['model: sonnet']));
    await client.filesChanged({ [path]: 'changed' });
    await cleared;
  });

  it('a name that appears or goes re-checks the closed files that depend on it', async () => {
    const planner = nextPublish('.claude/agents/planner.md', (p) => p.diagnostics.length === 0);
    client.write('.claude/agents/ghost.md', subagent('ghost'));
    await client.filesChanged({ '.claude/agents/ghost.md': 'created' });
    await planner;

    // The copy is renamed away (a delete and a create): its entry goes, the new file is clean.
    const copy = nextPublish('.claude/agents/copy/reviewer.md', (p) => p.diagnostics.length === 0);
    const open = nextPublish('.claude/agents/reviewer.md', (p) => !codes(p.diagnostics).includes('duplicate-name'));
    client.remove('.claude/agents/copy/reviewer.md');
    client.write('.claude/agents/copy/second-reviewer.md', subagent('second-reviewer'));
    await client.filesChanged({ '.claude/agents/copy/reviewer.md': 'deleted', '.claude/agents/copy/second-reviewer.md': 'created' });
    await copy;
    await open;

    // A closed file that takes an open agent's name gets duplicate-name without a new check.
    const clash = nextPublish('.claude/agents/ghost.md', (p) => codes(p.diagnostics).includes('duplicate-name'));
    client.write('.claude/agents/ghost.md', subagent('reviewer'));
    await client.filesChanged({ '.claude/agents/ghost.md': 'changed' });
    await clash;
  });

  it('runs again with the current state', async () => {
    // ghost.md is named `reviewer` now: duplicate-name on it and on the open reviewer.md, a
    // name-file-mismatch hint on it, and planner's Agent(ghost) names nothing again.
    const result = await checkWorkspace();
    assert.deepEqual(result, { files: 5, problems: 4, errors: 2, warnings: 1 });
  });

  it('answers an unknown command with an error', async () => {
    await assert.rejects(client.request('workspace/executeCommand', { command: 'agentsmith.server.nothing', arguments: [] }), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.match(error.message, /no command agentsmith\.server\.nothing/);
      return true;
    });
  });
});

describe('Check Workspace in a client without file watching or progress', TIMEOUT, () => {
  let client: WorkspaceClient;

  before(async () => {
    client = await WorkspaceClient.start(WorkspaceClient.makeWorkspace(FILES), {});
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('finds files created since the start (it re-reads the folders) and publishes their problems', async () => {
    assert.equal(client.registrations.length, 0);
    client.write('.claude/agents/late.md', subagent('late', ['model: gpt-5-turbo']));
    const late = client.server.diagnostics(client.uri('.claude/agents/late.md'), (p) => codes(p.diagnostics).includes('invalid-value'));
    const result = await client.request<CheckWorkspaceResult>('workspace/executeCommand', { command: CHECK_WORKSPACE_COMMAND });
    await late;
    assert.deepEqual(result, { files: 5, problems: 5, errors: 2, warnings: 3 });
    assert.equal(client.progressCreated.length, 0);
  });
});
