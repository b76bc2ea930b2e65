/**
 * The workspace index over stdio, with a real folder on disk: agent files that are not open
 * count for cross-file diagnostics from the start, file-watcher reports (create, change,
 * delete, a deleted folder) and closing a document keep them true, pulling clients are asked
 * to refresh, large trees report progress, and junk files do not stop the index.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { subagent, vscodeLikeCapabilities, WorkspaceClient } from './support/workspace-client';

const TIMEOUT = { timeout: 60_000 };
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const hasDuplicate = (p: PublishDiagnosticsParams): boolean => codes(p.diagnostics).includes('duplicate-name');

describe('workspace index (push diagnostics)', TIMEOUT, () => {
  let client: WorkspaceClient;
  let twin: string;

  /** The next publish for `uri` (after this call) that satisfies `predicate`. */
  function nextPublish(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const mark = client.server.published.length;
    return client.server.diagnostics(uri, (p) => client.server.published.indexOf(p) >= mark && predicate(p));
  }

  before(async () => {
    const root = WorkspaceClient.makeWorkspace({
      '.claude/agents/reviewer.md': subagent('reviewer'),
      '.claude/agents/planner.md': subagent('planner', ['tools: Read, Agent(reviewer)']),
      'docs/guide.md': '# Guide\n\nNot an agent.\n',
    });
    client = await WorkspaceClient.start(root);
    twin = client.uri('.claude/agents/twin.md');
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('asks the client to watch Markdown files and deleted folders', () => {
    const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers);
    assert.ok(watchers.some((w) => w.globPattern === '**/*.md'), JSON.stringify(watchers));
    assert.ok(watchers.some((w) => w.globPattern === '**/*'), JSON.stringify(watchers));
  });

  it('an open file named like a closed one gets duplicate-name, pointing at the closed file', async () => {
    const published = nextPublish(twin, hasDuplicate);
    await client.server.open(twin, subagent('reviewer'), 'chatagent');
    const duplicate = (await published).diagnostics.find((d) => d.code === 'duplicate-name');
    assert.ok(duplicate?.relatedInformation?.some((info) => info.location.uri === client.uri('.claude/agents/reviewer.md')), JSON.stringify(duplicate));
  });

  it('a closed file renamed on disk (a changed file) is no longer a duplicate', async () => {
    const published = nextPublish(twin, (p) => !hasDuplicate(p));
    client.write('.claude/agents/reviewer.md', subagent('critic'));
    await client.filesChanged({ '.claude/agents/reviewer.md': 'changed' });
    await published;
  });

  it('a created file is a new duplicate, a deleted one is gone', async () => {
    const created = nextPublish(twin, hasDuplicate);
    client.write('.claude/agents/nested/another.md', subagent('reviewer'));
    await client.filesChanged({ '.claude/agents/nested/another.md': 'created' });
    const duplicate = (await created).diagnostics.find((d) => d.code === 'duplicate-name');
    assert.ok(duplicate?.relatedInformation?.some((info) => info.location.uri === client.uri('.claude/agents/nested/another.md')), JSON.stringify(duplicate));

    const deleted = nextPublish(twin, (p) => !hasDuplicate(p));
    client.remove('.claude/agents/nested/another.md');
    await client.filesChanged({ '.claude/agents/nested/another.md': 'deleted' });
    await deleted;
  });

  it('a deleted folder takes its agent files out of the index', async () => {
    const created = nextPublish(twin, hasDuplicate);
    client.write('.claude/agents/team/a.md', subagent('reviewer'));
    await client.filesChanged({ '.claude/agents/team/a.md': 'created' });
    await created;

    const deleted = nextPublish(twin, (p) => !hasDuplicate(p));
    rmSync(client.path('.claude/agents/team'), { recursive: true });
    await client.filesChanged({ '.claude/agents/team': 'deleted' });
    await deleted;
  });

  it('a rename on disk (delete + create) moves the agent', async () => {
    const created = nextPublish(twin, hasDuplicate);
    client.write('.claude/agents/old-place.md', subagent('reviewer'));
    await client.filesChanged({ '.claude/agents/old-place.md': 'created' });
    await created;

    const moved = nextPublish(twin, (p) => p.diagnostics.some((d) => d.code === 'duplicate-name' && d.relatedInformation?.some((info) => info.location.uri.endsWith('/new-place.md'))));
    client.remove('.claude/agents/old-place.md');
    client.write('.claude/agents/new-place.md', subagent('reviewer'));
    await client.filesChanged({ '.claude/agents/old-place.md': 'deleted', '.claude/agents/new-place.md': 'created' });
    const duplicate = (await moved).diagnostics.find((d) => d.code === 'duplicate-name');
    assert.ok(!duplicate?.relatedInformation?.some((info) => info.location.uri.endsWith('/old-place.md')), JSON.stringify(duplicate));

    const gone = nextPublish(twin, (p) => !hasDuplicate(p));
    client.remove('.claude/agents/new-place.md');
    await client.filesChanged({ '.claude/agents/new-place.md': 'deleted' });
    await gone;
  });

  it('an unsaved edit counts while the document is open; closing it brings the disk text back', async () => {
    const critic = client.uri('.claude/agents/reviewer.md'); // named `critic` on disk now
    const edited = nextPublish(twin, hasDuplicate);
    await client.server.open(critic, subagent('reviewer'), 'chatagent'); // unsaved: renamed back in the editor
    await edited;

    const closed = nextPublish(twin, (p) => !hasDuplicate(p));
    await client.close(critic);
    await closed;
  });

  it('a Markdown file outside agent folders stays out of the index', async () => {
    const published = nextPublish(twin, hasDuplicate);
    client.write('docs/reviewer-notes.md', subagent('reviewer')); // frontmatter, but not an agent file by location or content
    client.write('.claude/agents/barrier.md', subagent('reviewer'));
    await client.filesChanged({ 'docs/reviewer-notes.md': 'created', '.claude/agents/barrier.md': 'created' });
    const duplicate = (await published).diagnostics.find((d) => d.code === 'duplicate-name');
    assert.ok(!JSON.stringify(duplicate).includes('reviewer-notes'), JSON.stringify(duplicate));
  });
});

describe('workspace index (pull diagnostics)', TIMEOUT, () => {
  let client: WorkspaceClient;
  const pull = (uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

  before(async () => {
    const root = WorkspaceClient.makeWorkspace({ '.claude/agents/reviewer.md': subagent('reviewer') });
    client = await WorkspaceClient.start(root, vscodeLikeCapabilities({ pull: true }));
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('asks the client to pull again when another file changes a name, and only then', async () => {
    const twin = client.uri('.claude/agents/twin.md');
    await client.server.open(twin, subagent('reviewer'), 'chatagent');
    const first = await pull(twin);
    assert.equal(first.kind, 'full');
    assert.ok(first.kind === 'full' && codes(first.items).includes('duplicate-name'), JSON.stringify(first));
    const again = await pull(twin, first.resultId);
    assert.equal(again.kind, 'unchanged', 'nothing changed: the same result id');

    const refreshes = client.refreshes.values.length;
    const refreshed = client.refreshes.next(() => true, refreshes);
    client.write('.claude/agents/reviewer.md', subagent('critic'));
    await client.filesChanged({ '.claude/agents/reviewer.md': 'changed' });
    await refreshed;
    const after = await pull(twin, first.resultId);
    assert.equal(after.kind, 'full');
    assert.ok(after.kind === 'full' && !codes(after.items).includes('duplicate-name'), JSON.stringify(after));
    assert.equal(client.server.published.length, 0, 'a pulling client never gets pushed diagnostics');
  });
});

describe('workspace index on a large tree with junk in it', TIMEOUT, () => {
  let client: WorkspaceClient;
  const AGENTS = 250;
  const OTHERS = 50;

  before(async () => {
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < AGENTS; i++) files[`.claude/agents/team-${i % 10}/agent-${i}.md`] = subagent(`agent-${i}`);
    for (let i = 0; i < OTHERS; i++) files[`docs/page-${i}.md`] = `# Page ${i}\n\nText.\n`;
    // A 10 MB blob with an agent file's name, a small binary one, and a 3 MB text file.
    files['.claude/agents/blob.md'] = randomBytes(10 * 1024 * 1024);
    files['.claude/agents/small-blob.md'] = Buffer.concat([Buffer.from('---\nname: blob\n---\n'), Buffer.alloc(4096, 0), randomBytes(60_000)]);
    files['.claude/agents/huge.md'] = subagent('huge', [], 'You are huge.\n'.repeat(250_000));
    client = await WorkspaceClient.start(WorkspaceClient.makeWorkspace(files));
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('reports progress from begin to end and logs what it indexed', async () => {
    assert.equal(client.progressCreated.length, 1, 'one server-initiated progress');
    const token = client.progressCreated[0];
    await client.progress.next((p) => p.token === token && p.value.kind === 'end');
    const kinds = client.progress.values.filter((p) => p.token === token).map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    const reports = client.progress.values.filter((p) => p.token === token && p.value.kind === 'report');
    assert.ok(reports.length >= 2, `${reports.length} reports`);
    assert.equal(reports.at(-1)?.value.percentage, 100);
    const line = await client.indexed();
    assert.match(line, new RegExp(`^Indexed ${AGENTS} agent files among ${AGENTS + OTHERS + 3} candidates in 1 workspace folder in \\d+ ms \\(3 skipped`));
  });

  it('indexed every agent despite the junk', async () => {
    const last = client.uri(`.claude/agents/mine.md`);
    const mark = client.server.published.length;
    await client.server.open(last, subagent(`agent-${AGENTS - 1}`), 'chatagent');
    const published = await client.server.diagnostics(last, (p) => client.server.published.indexOf(p) >= mark);
    assert.ok(codes(published.diagnostics).includes('duplicate-name'), JSON.stringify(published.diagnostics));
  });
});

describe('workspace folders added and removed', TIMEOUT, () => {
  it("an added folder's agents count, a removed folder's no longer", async (t) => {
    const first = WorkspaceClient.makeWorkspace({
      '.claude/agents/planner.md': subagent('planner', ['tools: Read, Agent(helper)']),
      '.claude/agents/scribe.md': subagent('scribe'),
    });
    const second = WorkspaceClient.makeWorkspace({ '.claude/agents/helper.md': subagent('helper') });
    const capabilities = vscodeLikeCapabilities();
    capabilities.workspace!.workspaceFolders = true;
    const client = await WorkspaceClient.start(first, capabilities);
    t.after(() => client.stop());
    assert.deepEqual(client.initializeResult?.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
    const planner = client.uri('.claude/agents/planner.md');
    const unknown = (p: PublishDiagnosticsParams): boolean => codes(p.diagnostics).includes('unknown-agent-reference');
    const next = (predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> => {
      const mark = client.server.published.length;
      return client.server.diagnostics(planner, (p) => client.server.published.indexOf(p) >= mark && predicate(p));
    };

    const missing = next(unknown);
    await client.server.open(planner, subagent('planner', ['tools: Read, Agent(helper)']), 'chatagent');
    await missing;

    const secondFolder = { uri: pathToFileURL(second).toString(), name: 'second' };
    const found = next((p) => !unknown(p));
    await client.server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [secondFolder], removed: [] } });
    await found;
    assert.match(await client.indexed(2), /^Indexed \d+ agent files? among 3 candidates in 2 workspace folders /);

    const gone = next(unknown);
    await client.server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [secondFolder] } });
    await gone;
    assert.match(await client.indexed(3), /^Indexed \d+ agent files? among 2 candidates in 1 workspace folder /);
  });
});
