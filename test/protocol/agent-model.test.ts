/**
 * `agentsmith/agentModel` over stdio, as the preview asks for it: the model of the newest
 * version (an edit sent right before the request is applied first), the same problems as the
 * published diagnostics, null for a document the server does not have, and never a crash on
 * malformed params.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AGENT_MODEL_METHOD, type AgentModelResult } from '../../server/src/protocol/messages';
import { PLAIN_NOTES, SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, ServerUnderTest } from './support/server-process';

const CLIENT = { textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } } };

describe('agentsmith/agentModel', { timeout: 30_000 }, () => {
  let server: ServerUnderTest;
  const uri = fileUri('.claude/agents/specialists/model-check.md');
  const request = (params: unknown): Promise<AgentModelResult> => server.connection.sendRequest(AGENT_MODEL_METHOD, params) as Promise<AgentModelResult>;

  before(async () => {
    ({ server } = await ServerUnderTest.started(CLIENT));
  });

  after(async () => {
    await server.stop();
  });

  it('answers the newest version with the same problems as the diagnostics', async () => {
    await server.open(uri, SPECIALIST_WITHOUT_PHASE_2);
    const published = await server.diagnostics(uri, (params) => params.version === 1);
    const model = await request({ textDocument: { uri } });
    assert.ok(model);
    assert.equal(model.version, 1);
    assert.equal(model.checked, true);
    assert.equal(model.profile, 'three-phase');
    const counts = model.problems.counts;
    assert.equal(counts.error + counts.warning + counts.information + counts.hint, published.diagnostics.length);
    assert.deepEqual(model.methodology?.phases.map((phase) => phase.number), [1, 3]);

    // The preview asks right behind an edit: the answer is for the edited version.
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: SPECIALIST_WITHOUT_PHASE_2.replace(/^name: .*$/m, 'name: renamed-agent') }],
    });
    const edited = await request({ textDocument: { uri } });
    assert.equal(edited?.version, 2);
    assert.equal(edited?.card.name?.text, 'renamed-agent');
  });

  it('shows what a Markdown file has without checking it, and null for a document it does not have', async () => {
    const notes = fileUri('docs/notes.md');
    await server.open(notes, PLAIN_NOTES);
    const model = await request({ textDocument: { uri: notes } });
    assert.equal(model?.checked, false);
    assert.equal(model?.frontmatter, 'missing');
    assert.equal(await request({ textDocument: { uri: fileUri('never-opened.md') } }), null);
  });

  it('answers null to malformed params and keeps serving', async () => {
    for (const params of [null, {}, { textDocument: null }, { textDocument: { uri: 42 } }, 'x']) {
      assert.equal(await request(params), null, JSON.stringify(params));
    }
    assert.equal((await request({ textDocument: { uri } }))?.version, 2);
  });
});
