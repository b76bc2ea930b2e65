/**
 * The workspace index: files added, changed, renamed (delete + set) and deleted, its name
 * lookups, and when its generation moves (only when another file's answer may change).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AgentSummary } from '../../server/src/core/workspace/agent-summary';
import { createWorkspaceIndex } from '../../server/src/core/workspace/workspace-index';

function summary(uri: string, name: string | undefined, line = 1, description = 'd'): AgentSummary {
  return {
    uri,
    path: uri.replace('file://', ''),
    profile: 'claude-code',
    name: name === undefined ? undefined : { name, range: { start: { line, character: 6 }, end: { line, character: 6 + name.length } } },
    description,
    specifierRefs: [],
    delegationRefs: [],
    skillRefs: [],
  };
}

const A = 'file:///ws/.claude/agents/a.md';
const B = 'file:///ws/.claude/agents/b.md';
const C = 'file:///ws/.claude/agents/c.md';

describe('workspace index', () => {
  it('adds files and finds them by uri and by name', () => {
    const index = createWorkspaceIndex();
    index.set(summary(A, 'reviewer'));
    index.set(summary(B, 'planner'));
    assert.equal(index.size, 2);
    assert.equal(index.get(A)?.name?.name, 'reviewer');
    assert.deepEqual(index.agentsNamed('reviewer').map((s) => s.uri), [A]);
    assert.deepEqual(index.agentsNamed('Reviewer'), []);
    assert.deepEqual(index.agentsNamedIgnoringCase('Reviewer').map((s) => s.uri), [A]);
    assert.deepEqual([...index.names()].sort(), ['planner', 'reviewer']);
    assert.deepEqual(index.all().map((s) => s.uri).sort(), [A, B]);
  });

  it('keeps every file of a shared name, and lists handed out before stay as they were', () => {
    const index = createWorkspaceIndex();
    index.set(summary(A, 'reviewer'));
    const before = index.agentsNamed('reviewer');
    index.set(summary(B, 'reviewer'));
    assert.equal(before.length, 1);
    assert.deepEqual(index.agentsNamed('reviewer').map((s) => s.uri), [A, B]);
    assert.deepEqual(index.names(), ['reviewer']);
  });

  it('a changed name moves the file to its new name', () => {
    const index = createWorkspaceIndex();
    index.set(summary(A, 'reviewer'));
    index.set(summary(A, 'code-reviewer'));
    assert.deepEqual(index.agentsNamed('reviewer'), []);
    assert.deepEqual(index.agentsNamedIgnoringCase('reviewer'), []);
    assert.deepEqual(index.agentsNamed('code-reviewer').map((s) => s.uri), [A]);
    assert.deepEqual(index.names(), ['code-reviewer']);
    assert.equal(index.size, 1);
  });

  it('a file renamed on disk (delete, then set under the new uri) is found under its new uri only', () => {
    const index = createWorkspaceIndex();
    index.set(summary(A, 'reviewer'));
    index.delete(A);
    index.set(summary(C, 'reviewer'));
    assert.equal(index.get(A), undefined);
    assert.deepEqual(index.agentsNamed('reviewer').map((s) => s.uri), [C]);
    assert.equal(index.size, 1);
  });

  it('deleting forgets the file and its name; deleting an unknown file changes nothing', () => {
    const index = createWorkspaceIndex();
    index.set(summary(A, 'reviewer'));
    index.delete(A);
    assert.equal(index.size, 0);
    assert.deepEqual(index.agentsNamed('reviewer'), []);
    assert.deepEqual(index.names(), []);
    const generation = index.generation;
    index.delete(B);
    assert.equal(index.generation, generation);
  });

  it('a file without a name is indexed but has no name entry', () => {
    const index = createWorkspaceIndex();
    index.set(summary(A, undefined));
    assert.equal(index.size, 1);
    assert.deepEqual(index.names(), []);
  });

  describe('generation', () => {
    it('moves when a name appears, changes, moves to another line or disappears, and on touch', () => {
      const index = createWorkspaceIndex();
      const steps: [string, () => void][] = [
        ['new file', () => index.set(summary(A, 'reviewer'))],
        ['name changed', () => index.set(summary(A, 'code-reviewer'))],
        ['name moved a line down', () => index.set(summary(A, 'code-reviewer', 2))],
        ['name removed', () => index.set(summary(A, undefined))],
        ['name back', () => index.set(summary(A, 'code-reviewer'))],
        ['file deleted', () => index.delete(A)],
        ['touch', () => index.touch()],
      ];
      for (const [label, step] of steps) {
        const before = index.generation;
        step();
        assert.ok(index.generation > before, `${label} should move the generation`);
      }
    });

    it('stays when only the description or references change', () => {
      const index = createWorkspaceIndex();
      index.set(summary(A, 'reviewer'));
      const before = index.generation;
      index.set(summary(A, 'reviewer', 1, 'another description'));
      index.set({ ...summary(A, 'reviewer'), specifierRefs: [{ name: 'planner', field: 'tools', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } } }] });
      assert.equal(index.generation, before);
    });

    it('moves when the same file is indexed under another path', () => {
      const index = createWorkspaceIndex();
      index.set(summary(A, 'reviewer'));
      const before = index.generation;
      index.set({ ...summary(A, 'reviewer'), path: '/elsewhere/a.md' });
      assert.ok(index.generation > before);
    });
  });
});
