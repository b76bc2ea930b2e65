/**
 * The bundled server as a plain stdio client sees it (Neovim, Emacs): no pull diagnostics, no
 * workspace/configuration. Diagnostics are pushed; settings come from didChangeConfiguration.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { COPILOT_AGENT, PLAIN_NOTES, SPECIALIST_BODY_ONLY, SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, repositoryRoot, ServerUnderTest } from './support/server-process';
import { applyEdits, lineRange } from './support/text-edits';

const PLAIN_CLIENT = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const TIMEOUT = { timeout: 30_000 };

describe('push diagnostics over --stdio', TIMEOUT, () => {
  let server: ServerUnderTest;
  let initialize: InitializeResult;
  const agentUri = fileUri('.claude/agents/release-notes-writer.md');
  let agentText = SPECIALIST_WITHOUT_PHASE_2;
  let version = 1;

  before(async () => {
    ({ server, result: initialize } = await ServerUnderTest.started(PLAIN_CLIENT));
  });

  after(async () => {
    assert.equal(await server.stop(), 0, `the server exits cleanly after shutdown; stderr: ${server.stderr}`);
  });

  it('advertises incremental sync, quick fixes, fix-all, symbols and folding, and no pull diagnostics', () => {
    const capabilities = initialize.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    const codeActionProvider = capabilities.codeActionProvider;
    assert.ok(typeof codeActionProvider === 'object');
    assert.deepEqual(codeActionProvider.codeActionKinds, [CodeActionKind.QuickFix, 'source.fixAll.agentsmith', 'refactor.rewrite']);
    assert.ok(capabilities.documentSymbolProvider);
    assert.ok(capabilities.foldingRangeProvider);
    assert.equal(capabilities.diagnosticProvider, undefined, 'pull diagnostics only when the client supports them');
    assert.equal(initialize.serverInfo?.name, 'agentsmith-language-server');
  });

  it('publishes diagnostics with source `agentsmith` for an agent file under .claude/agents/', async () => {
    await server.open(agentUri, agentText);
    const published = await server.diagnostics(agentUri);
    assert.equal(published.version, 1);
    assert.ok(published.diagnostics.length > 0);
    for (const diagnostic of published.diagnostics) {
      assert.equal(diagnostic.source, 'agentsmith');
      assert.match(String(diagnostic.code), /^[a-z]+(-[a-z]+)*$/);
    }
    assert.ok(codes(published.diagnostics).includes('phase-missing'), JSON.stringify(published.diagnostics));
  });

  it('links each diagnostic to its shipped rule page when the page exists', async () => {
    const { diagnostics } = await server.diagnostics(agentUri);
    for (const diagnostic of diagnostics) {
      const page = join(repositoryRoot(), 'docs', 'rules', `${String(diagnostic.code)}.md`);
      const expected = existsSync(page) ? pathToFileURL(page).toString() : undefined;
      assert.equal(diagnostic.codeDescription?.href, expected, String(diagnostic.code));
    }
  });

  it('answers a code action request with the quick fix, and the fix resolves the diagnostic', async () => {
    const { diagnostics } = await server.diagnostics(agentUri, (p) => p.version === version);
    const phaseMissing = diagnostics.find((d) => d.code === 'phase-missing');
    assert.ok(phaseMissing);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: agentUri },
      range: phaseMissing.range,
      context: { diagnostics: [phaseMissing], only: [CodeActionKind.QuickFix] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.kind === CodeActionKind.QuickFix && /Phase 2/.test(action.title));
    assert.ok(fix, JSON.stringify(actions));
    const edits = fix.edit?.changes?.[agentUri];
    assert.ok(edits && edits.length > 0);

    // Apply it the way an editor does: an incremental didChange.
    const applied = applyEdits(agentText, edits);
    agentText = applied.text;
    version++;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: agentUri, version },
      contentChanges: applied.changes,
    });
    const updated = await server.diagnostics(agentUri, (p) => p.version === version);
    assert.ok(!codes(updated.diagnostics).includes('phase-missing'), JSON.stringify(updated.diagnostics));
    assert.match(agentText, /### Phase 2/);
  });

  it('updates diagnostics after an incremental change that breaks the file again', async () => {
    version++;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: agentUri, version },
      contentChanges: [{ range: lineRange(agentText, '### Phase 1: Gather'), text: '### Gathering' }],
    });
    agentText = agentText.replace('### Phase 1: Gather', '### Gathering');
    const updated = await server.diagnostics(agentUri, (p) => p.version === version);
    assert.ok(codes(updated.diagnostics).includes('phase-missing'), JSON.stringify(updated.diagnostics));
  });

  it('validates a burst of changes once for the newest version, not once per change', async () => {
    const before = server.publishedFor(agentUri).length;
    const burst = 20;
    const sends: Promise<void>[] = [];
    for (let i = 0; i < burst; i++) {
      version++;
      sends.push(
        server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: agentUri, version },
          contentChanges: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'x' }],
        }),
      );
      agentText = agentText.split('\n').map((line, index) => (index === 9 ? `x${line}` : line)).join('\n');
    }
    await Promise.all(sends);
    await server.diagnostics(agentUri, (p) => p.version === version);
    const duringBurst = server.publishedFor(agentUri).slice(before);
    assert.ok(duringBurst.length < burst, `${duringBurst.length} publishes for ${burst} queued changes`);
    assert.equal(duringBurst.at(-1)?.version, version, 'the last publish is for the newest version');
  });

  it('returns the outline as document symbols and folding ranges', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: agentUri } })) as DocumentSymbol[];
    const names = symbols.map((symbol) => symbol.name);
    assert.ok(names.includes('Three-Phase Specialist Methodology'), JSON.stringify(names));
    const methodology = symbols.find((symbol) => symbol.name === 'Three-Phase Specialist Methodology');
    assert.ok(methodology?.children?.some((child) => child.name.startsWith('Phase 2')), JSON.stringify(methodology));
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: agentUri } })) as FoldingRange[];
    assert.ok(folds.length > 0);
  });

  it('offers source.fixAll.agentsmith only as asked, and never fails the request', async () => {
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: agentUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.ok(Array.isArray(actions));
    for (const action of actions) assert.equal(action.kind, 'source.fixAll.agentsmith');
  });

  it('publishes nothing for README.md, plain notes and Copilot agents', async () => {
    const readme = fileUri('.claude/agents/README.md');
    const notes = fileUri('notes/plain.md');
    const lookalike = fileUri('notes/looks-like-an-agent.md');
    const copilot = fileUri('.github/agents/reviewer.agent.md');
    await server.open(readme, SPECIALIST_WITHOUT_PHASE_2);
    await server.open(notes, PLAIN_NOTES);
    await server.open(lookalike, SPECIALIST_BODY_ONLY);
    await server.open(copilot, COPILOT_AGENT);
    for (const uri of [readme, notes, lookalike, copilot]) {
      const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, [], `no outline for ${uri}`);
    }
    // Barrier: validation runs in the order documents were opened, so once this agent file's
    // diagnostics are in, any publish for the files above would have arrived already.
    const barrier = fileUri('.claude/agents/barrier.md');
    await server.open(barrier, SPECIALIST_WITHOUT_PHASE_2.replace('release-notes-writer', 'barrier'));
    await server.diagnostics(barrier);
    for (const uri of [readme, notes, lookalike, copilot]) assert.deepEqual(server.publishedFor(uri), [], uri);
  });

  it('takes settings from didChangeConfiguration: a rule turned off disappears', async () => {
    const current = await server.diagnostics(agentUri, (p) => p.version === version);
    assert.ok(codes(current.diagnostics).includes('section-missing'));
    const count = server.publishedFor(agentUri).length;
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { agentsmith: { rules: { 'section-missing': 'off' } } },
    });
    const updated = await server.diagnostics(agentUri, (p) => server.publishedFor(agentUri).indexOf(p) >= count);
    assert.ok(!codes(updated.diagnostics).includes('section-missing'), JSON.stringify(updated.diagnostics));
    assert.ok(codes(updated.diagnostics).includes('phase-missing'));
  });

  it('applies files.include and files.exclude without a restart', async () => {
    const included = fileUri('docs/specialists/writer.md');
    await server.open(included, SPECIALIST_BODY_ONLY);
    const count = server.publishedFor(agentUri).length;
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { agentsmith: { files: { include: ['**/docs/specialists/*.md'], exclude: ['**/release-notes-writer.md'] } } },
    });
    const includedNow = await server.diagnostics(included, (p) => p.diagnostics.length > 0);
    assert.ok(includedNow.diagnostics.every((d) => d.source === 'agentsmith'));
    const cleared = await server.diagnostics(agentUri, (p) => server.publishedFor(agentUri).indexOf(p) >= count);
    assert.deepEqual(cleared.diagnostics, [], 'an excluded file has its diagnostics cleared');
  });

  it('clears diagnostics when an agent file closes', async () => {
    const included = fileUri('docs/specialists/writer.md');
    const count = server.publishedFor(included).length;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: included } });
    const cleared = await server.diagnostics(included, (p) => server.publishedFor(included).indexOf(p) >= count);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
