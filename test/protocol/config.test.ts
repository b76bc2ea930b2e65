/**
 * The project config over stdio, with a real folder on disk and clients that have no
 * `workspace/configuration` (like many Neovim and Emacs setups): the server reads
 * `.agentsmith.json` itself, applies a change the file watcher reports (or, without a watcher,
 * a save), publishes a broken config's problems in the config document, and checks agent
 * files with the defaults meanwhile.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { subagent, vscodeLikeCapabilities, WorkspaceClient } from './support/workspace-client';

const TIMEOUT = { timeout: 60_000 };
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const AGENT = '.claude/agents/helper.md';
/** `name-file-mismatch` (name ≠ file name) and `unknown-tool` (Deploy) by default. */
const AGENT_TEXT = subagent('reviewer', ['tools: Read, Deploy']);

function nextPublish(client: WorkspaceClient, uri: string, predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
  const mark = client.server.published.length;
  return client.server.diagnostics(uri, (p) => client.server.published.indexOf(p) >= mark && predicate(p));
}

describe('project config (push diagnostics, file watcher, no workspace/configuration)', TIMEOUT, () => {
  let client: WorkspaceClient;
  let agent: string;

  before(async () => {
    const root = WorkspaceClient.makeWorkspace({
      '.agentsmith.json': '{\n  // quiet about file names\n  "rules": { "name-file-mismatch": "off" },\n}\n',
      [AGENT]: AGENT_TEXT,
    });
    client = await WorkspaceClient.start(root);
    agent = client.uri(AGENT);
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('asks the client to watch .agentsmith.json files', () => {
    const watchers = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers);
    assert.ok(watchers.some((w) => w.globPattern === '**/.agentsmith.json'), JSON.stringify(watchers));
  });

  it('a rule the config turns off is not reported; the others are', async () => {
    const published = nextPublish(client, agent, (p) => p.diagnostics.length > 0);
    await client.server.open(agent, AGENT_TEXT);
    const found = codes((await published).diagnostics);
    assert.ok(found.includes('unknown-tool'), found.join());
    assert.ok(!found.includes('name-file-mismatch'), found.join());
  });

  it('a changed config applies when the watcher reports it', async () => {
    const published = nextPublish(client, agent, (p) => !codes(p.diagnostics).includes('unknown-tool'));
    client.write('.agentsmith.json', '{ "extraTools": ["Deploy"] }');
    await client.filesChanged({ '.agentsmith.json': 'changed' });
    assert.deepEqual(codes((await published).diagnostics), ['name-file-mismatch'], 'the rule is back on, Deploy is a known tool now');
  });

  it('a broken config: defaults for agent files, its problems in the config document and the log', async () => {
    const config = client.uri('.agentsmith.json');
    const brokenText = '{\n  "rules": { "name-file-mismatch": "of" },\n  "extraTool": ["Deploy"]\n';
    const defaults = nextPublish(client, agent, (p) => codes(p.diagnostics).includes('unknown-tool'));
    const logged = client.logs.next((line) => line.includes('.agentsmith.json:2:36: error: `of` is not a severity: did you mean `off`?'));
    client.write('.agentsmith.json', brokenText);
    await client.filesChanged({ '.agentsmith.json': 'changed' });
    assert.deepEqual(codes((await defaults).diagnostics).sort(), ['name-file-mismatch', 'unknown-tool']);
    await logged;

    const inConfig = nextPublish(client, config, (p) => p.diagnostics.length > 0);
    await client.server.open(config, brokenText, 'json');
    const diagnostics = (await inConfig).diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => [d.source, d.severity, d.range.start.line, d.range.start.character, d.range.end.character, d.message]),
      [
        ['agentsmith', 1, 1, 35, 39, '`of` is not a severity: did you mean `off`?'],
        ['agentsmith', 2, 2, 2, 13, 'Unknown key `extraTool`: did you mean `extraTools`?'],
        ['agentsmith', 1, 3, 0, 0, 'Expected `}` to close the object.'],
      ],
    );

    // As the user fixes it in the editor, the problems go (the settings follow when it is saved).
    const fixed = nextPublish(client, config, (p) => p.diagnostics.length === 0);
    await client.change(config, 2, '{ "rules": { "name-file-mismatch": "off" }, "extraTools": ["Deploy"] }');
    await fixed;
  });

  it('a deleted config leaves the defaults', async () => {
    const defaults = nextPublish(client, agent, (p) => codes(p.diagnostics).includes('unknown-tool'));
    client.write('.agentsmith.json', '{ "extraTools": ["Deploy"] }');
    await client.filesChanged({ '.agentsmith.json': 'changed' });
    await nextPublish(client, agent, (p) => !codes(p.diagnostics).includes('unknown-tool'));
    client.remove('.agentsmith.json');
    await client.filesChanged({ '.agentsmith.json': 'deleted' });
    await defaults;
  });
});

describe('project config without a file watcher', TIMEOUT, () => {
  let client: WorkspaceClient;

  before(async () => {
    const root = WorkspaceClient.makeWorkspace({ '.agentsmith.json': '{}', [AGENT]: AGENT_TEXT });
    const capabilities = vscodeLikeCapabilities();
    delete capabilities.workspace!.didChangeWatchedFiles;
    client = await WorkspaceClient.start(root, capabilities);
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('a config saved from the editor applies', async () => {
    const agent = client.uri(AGENT);
    const config = client.uri('.agentsmith.json');
    const first = nextPublish(client, agent, (p) => p.diagnostics.length > 0);
    await client.server.open(agent, AGENT_TEXT);
    assert.ok(codes((await first).diagnostics).includes('name-file-mismatch'));

    const quieter = nextPublish(client, agent, (p) => !codes(p.diagnostics).includes('name-file-mismatch'));
    const text = '{ "rules": { "name-file-mismatch": "off" } }';
    await client.server.open(config, '{}', 'json');
    await client.change(config, 2, text);
    client.write('.agentsmith.json', text);
    await client.server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: config } });
    assert.deepEqual(codes((await quieter).diagnostics), ['unknown-tool']);
  });
});

describe('project config for a pulling client', TIMEOUT, () => {
  let client: WorkspaceClient;

  before(async () => {
    const root = WorkspaceClient.makeWorkspace({ '.agentsmith.json': '{ "profile": "everything" }', [AGENT]: AGENT_TEXT });
    client = await WorkspaceClient.start(root, vscodeLikeCapabilities({ pull: true }));
  });

  after(async () => assert.equal(await client.stop(), 0));

  it('pulls the config document\'s problems, and the agent is checked with the defaults', async () => {
    const config = client.uri('.agentsmith.json');
    await client.server.open(config, '{ "profile": "everything" }', 'json');
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: config } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' && report.items.map((d) => [d.source, d.message]), [
      ['agentsmith', '`everything` is not a profile: use `auto`, `claude-code` or `three-phase`.'],
    ]);
    const agent = client.uri(AGENT);
    await client.server.open(agent, AGENT_TEXT);
    const agentReport = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: agent } });
    assert.ok(agentReport.kind === 'full' && codes(agentReport.items).includes('name-file-mismatch'));
  });

  it('a config change asks the client to pull again, and the new result applies', async () => {
    const agent = client.uri(AGENT);
    const before = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: agent } });
    const refreshed = client.refreshes.next(() => true, client.refreshes.values.length);
    client.write('.agentsmith.json', '{ "rules": { "name-file-mismatch": "off" } }');
    await client.filesChanged({ '.agentsmith.json': 'changed' });
    await refreshed;
    const after = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri: agent },
      previousResultId: before.kind === 'full' ? before.resultId : undefined,
    });
    assert.equal(after.kind, 'full', 'the settings generation is part of the result id');
    assert.ok(after.kind === 'full' && !codes(after.items).includes('name-file-mismatch'));
  });
});
