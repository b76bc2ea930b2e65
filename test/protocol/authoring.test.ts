/**
 * Highlighting and the authoring requests over --stdio: the semantic tokens legend and
 * `textDocument/semanticTokens/full` (agent files only), the Bump version code actions and
 * request, and the New Agent requests (name rules, choices, content that validates clean).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type CodeAction, type FullDocumentDiagnosticReport, type InitializeResult, type SemanticTokens } from 'vscode-languageserver-protocol/node';
import {
  BUMP_VERSION_METHOD,
  type BumpVersionResult,
  NEW_AGENT_CHOICES_METHOD,
  NEW_AGENT_CONTENT_METHOD,
  type AgentNameCheck,
  type NewAgentChoices,
  type NewAgentContentResult,
  VALIDATE_AGENT_NAME_METHOD,
} from '../../server/src/protocol/messages';
import { expandSnippet } from '../../server/src/core/snippets/snippet-syntax';
import { PLAIN_NOTES, SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, ServerUnderTest } from './support/server-process';
import { applyEdits } from './support/text-edits';

const CLIENT = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    // Pull diagnostics, so that a clean document can be asked for its (empty) diagnostics.
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite', 'source'] } } },
    semanticTokens: {
      requests: { full: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative' as const],
    },
  },
};

/** Decodes LSP semantic tokens into `text=type` strings against the document text. */
function decode(text: string, data: readonly number[], types: readonly string[]): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push(`${lines[line].slice(character, character + data[i + 2])}=${types[data[i + 3]]}`);
  }
  return out;
}

describe('authoring over --stdio', { timeout: 30_000 }, () => {
  let server: ServerUnderTest;
  let initialize: InitializeResult;
  const agentUri = fileUri('.claude/agents/release-notes-writer.md');
  const notesUri = fileUri('docs/notes.md');

  before(async () => {
    ({ server, result: initialize } = await ServerUnderTest.started(CLIENT));
    await server.open(agentUri, SPECIALIST_WITHOUT_PHASE_2);
    await server.open(notesUri, PLAIN_NOTES);
  });

  after(async () => {
    assert.equal(await server.stop(), 0, `the server exits cleanly; stderr: ${server.stderr}`);
  });

  it('advertises full semantic tokens with the agent legend, and refactor.rewrite code actions', () => {
    const provider = initialize.capabilities.semanticTokensProvider;
    assert.ok(provider);
    assert.deepEqual(provider.legend.tokenTypes, ['agentPhase', 'agentPhaseWeight', 'agentToolsLabel', 'agentTool', 'agentDoLabel', 'agentDontLabel', 'agentCheckbox']);
    assert.deepEqual(provider.legend.tokenModifiers, ['checked']);
    assert.equal(provider.full, true);
    const codeActions = initialize.capabilities.codeActionProvider;
    assert.ok(codeActions && typeof codeActions === 'object');
    assert.ok(codeActions.codeActionKinds?.includes('refactor.rewrite'));
  });

  it('answers textDocument/semanticTokens/full with the agent constructs', async () => {
    const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: agentUri } })) as SemanticTokens;
    const types = initialize.capabilities.semanticTokensProvider!.legend.tokenTypes;
    assert.deepEqual(decode(SPECIALIST_WITHOUT_PHASE_2, tokens.data, types), [
      'Phase 1: Gather=agentPhase',
      '**Tools**:=agentToolsLabel',
      'Read=agentTool',
      'Grep=agentTool',
      'Phase 3: Publish=agentPhase',
      '**Tools**:=agentToolsLabel',
      'Write=agentTool',
      '**You DO**:=agentDoLabel',
      "**You DON'T**:=agentDontLabel",
      '[ ]=agentCheckbox',
    ]);
  });

  it('gives ordinary Markdown and unknown documents no tokens', async () => {
    for (const uri of [notesUri, fileUri('never-opened.md')]) {
      const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
      assert.deepEqual(tokens.data, [], uri);
    }
  });

  it('offers Bump version on the version field and answers agentsmith/bumpVersion', async () => {
    const line = SPECIALIST_WITHOUT_PHASE_2.split('\n').indexOf('version: "1.0.0"');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: agentUri },
      range: { start: { line, character: 10 }, end: { line, character: 10 } },
      context: { diagnostics: [], only: ['refactor'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Bump version to 1.0.1 (patch)', 'Bump version to 1.1.0 (minor)', 'Bump version to 2.0.0 (major)']);

    const bump = (await server.connection.sendRequest(BUMP_VERSION_METHOD, { textDocument: { uri: agentUri, version: 1 }, level: 'minor' })) as BumpVersionResult;
    assert.equal(bump.from, '1.0.0');
    assert.equal(bump.to, '1.1.0');
    assert.match(applyEdits(SPECIALIST_WITHOUT_PHASE_2, bump.edits ?? []).text, /^version: "1\.1\.0"$/m);

    const stale = (await server.connection.sendRequest(BUMP_VERSION_METHOD, { textDocument: { uri: agentUri, version: 7 }, level: 'minor' })) as BumpVersionResult;
    assert.equal(stale.edits, undefined);
    assert.match(stale.message ?? '', /changed/);
    const notAgent = (await server.connection.sendRequest(BUMP_VERSION_METHOD, { textDocument: { uri: notesUri, version: 1 }, level: 'patch' })) as BumpVersionResult;
    assert.match(notAgent.message ?? '', /not an agent file/);
    await assert.rejects(server.connection.sendRequest(BUMP_VERSION_METHOD, { textDocument: { uri: agentUri, version: 1 }, level: 'huge' }), /patch, minor or major/);
  });

  it('checks agent names with the core rules', async () => {
    const check = (name: string) => server.connection.sendRequest(VALIDATE_AGENT_NAME_METHOD, { name }) as Promise<AgentNameCheck>;
    assert.deepEqual(await check('api-designer'), {});
    assert.equal((await check('API Designer')).severity, 'error');
    assert.match((await check('API Designer')).message ?? '', /`api-designer`/);
    assert.equal((await check('plugin:reviewer')).severity, 'error');
    assert.equal((await check('')).severity, 'error');
    assert.equal((await check('code-helper')).severity, 'warning');
  });

  it('lists the kinds and models, and writes content that validates clean', async () => {
    const choices = (await server.connection.sendRequest(NEW_AGENT_CHOICES_METHOD, {})) as NewAgentChoices;
    assert.deepEqual(choices.kinds.map((k) => k.kind), ['subagent', 'workflow-specialist', 'technology-implementer', 'strategic-planner', 'methodology-specialist']);
    assert.ok(choices.models.some((m) => m.model === 'sonnet'));
    // Quick picks show plain text, so no Markdown code marks in the details.
    assert.ok([...choices.kinds, ...choices.models].every((choice) => choice.detail !== '' && !choice.detail.includes('`')));

    let version = 1;
    for (const kind of choices.kinds) {
      const { snippet } = (await server.connection.sendRequest(NEW_AGENT_CONTENT_METHOD, { kind: kind.kind, name: 'pipeline-doctor', model: kind.suggestedModel })) as NewAgentContentResult;
      const text = expandSnippet(snippet);
      // Each in its own project: two agents named alike in one .claude/agents tree are a duplicate-name.
      const uri = fileUri(`new-${kind.kind}/.claude/agents/pipeline-doctor.md`);
      await server.open(uri, text, 'markdown', version++);
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.items.map((d) => `${d.code}: ${d.message}`), [], kind.kind);
    }
    await assert.rejects(server.connection.sendRequest(NEW_AGENT_CONTENT_METHOD, { kind: 'wizard', name: 'x', model: 'sonnet' }), /Unknown kind/);
    await assert.rejects(server.connection.sendRequest(NEW_AGENT_CONTENT_METHOD, { kind: 'subagent', name: 'Bad Name', model: 'sonnet' }), /lowercase/);
    await assert.rejects(server.connection.sendRequest(NEW_AGENT_CONTENT_METHOD, { kind: 'subagent', name: 'ok-name', model: 'x: y' }), /Not a model/);
  });
});
