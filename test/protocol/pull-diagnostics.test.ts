/**
 * A client like VS Code: it pulls diagnostics (textDocument/diagnostic), answers
 * workspace/configuration per resource and accepts dynamic registration. The server must then
 * never push.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ConfigurationRequest,
  type Diagnostic,
  DiagnosticRefreshRequest,
  type DocumentDiagnosticReport,
  type InitializeResult,
  RegistrationRequest,
} from 'vscode-languageserver-protocol/node';
import { PLAIN_NOTES, SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, ServerUnderTest } from './support/server-process';
import { lineRange } from './support/text-edits';

const PULL_CLIENT = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { versionSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

describe('pull diagnostics with workspace/configuration', { timeout: 30_000 }, () => {
  let server: ServerUnderTest;
  let initialize: InitializeResult;
  /** What the "editor" answers to workspace/configuration, per scope URI (default: no settings). */
  const configuration = new Map<string, unknown>();
  const configurationRequests: Array<{ scopeUri?: string; section?: string }> = [];
  const registrations: string[] = [];
  let refreshRequests = 0;
  let onRefresh: (() => void) | undefined;
  const agentUri = fileUri('.claude/agents/release-notes-writer.md');

  const pull = (uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<DocumentDiagnosticReport>;

  before(async () => {
    server = ServerUnderTest.spawn();
    server.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        configurationRequests.push(item);
        return configuration.get(item.scopeUri ?? '') ?? {};
      }),
    );
    server.connection.onRequest(RegistrationRequest.type, (params) => {
      registrations.push(...params.registrations.map((registration) => registration.method));
    });
    server.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      refreshRequests++;
      onRefresh?.();
    });
    initialize = await server.initialize(PULL_CLIENT);
  });

  after(async () => {
    assert.deepEqual(server.published, [], 'a pulling client never gets pushed diagnostics');
    assert.equal(await server.stop(), 0);
  });

  it('advertises a diagnostic provider without workspace diagnostics', () => {
    assert.deepEqual(initialize.capabilities.diagnosticProvider, {
      identifier: 'agentsmith',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('answers a pull with the diagnostics of the agent file, asking for its settings by URI', async () => {
    await server.open(agentUri, SPECIALIST_WITHOUT_PHASE_2);
    const report = await pull(agentUri);
    assert.equal(report.kind, 'full');
    assert.ok(report.kind === 'full' && codes(report.items).includes('phase-missing'), JSON.stringify(report));
    assert.ok(report.kind === 'full' && report.items.every((d) => d.source === 'agentsmith'));
    assert.ok(configurationRequests.some((item) => item.scopeUri === agentUri && item.section === 'agentsmith'), JSON.stringify(configurationRequests));
  });

  it('registers for configuration changes', () => {
    assert.ok(registrations.includes('workspace/didChangeConfiguration'), JSON.stringify(registrations));
  });

  it('answers `unchanged` for the same version, and a full report after an edit', async () => {
    const first = await pull(agentUri);
    assert.ok(first.kind === 'full' && first.resultId);
    const again = await pull(agentUri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });

    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: agentUri, version: 2 },
      contentChanges: [{ range: lineRange(SPECIALIST_WITHOUT_PHASE_2, '### Phase 3: Publish'), text: '### Phase 2: Publish' }],
    });
    const edited = await pull(agentUri, first.resultId);
    assert.equal(edited.kind, 'full');
    assert.notEqual(edited.resultId, first.resultId);
    const missing = edited.kind === 'full' ? edited.items.filter((d) => d.code === 'phase-missing') : [];
    assert.ok(missing.some((d) => d.message.includes('Phase 3')), `Phase 3 is missing now: ${JSON.stringify(missing)}`);
  });

  it('answers an empty report for a Markdown file that is not an agent file', async () => {
    const notes = fileUri('notes/plain.md');
    await server.open(notes, PLAIN_NOTES);
    const report = await pull(notes);
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' && report.items, []);
  });

  it('asks the client to pull again after a configuration change, and uses the new settings', async () => {
    const refreshed = new Promise<void>((resolve) => (onRefresh = resolve));
    configuration.set(agentUri, { rules: { 'phase-missing': 'off' } });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    assert.ok(refreshRequests >= 1);
    const report = await pull(agentUri);
    assert.ok(report.kind === 'full' && !codes(report.items).includes('phase-missing'), JSON.stringify(report));
  });

  it('answers an empty report for a document it does not know', async () => {
    const report = await pull(fileUri('.claude/agents/never-opened.md'));
    assert.deepEqual(report, { kind: 'full', items: [] });
  });
});
