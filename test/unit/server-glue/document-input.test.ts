import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathOfUri } from '../../../server/src/document-input';

describe('document input', () => {
  it('turns URIs into the paths the service matches', () => {
    assert.equal(pathOfUri('file:///home/me/.claude/agents/a%20b.md'), '/home/me/.claude/agents/a b.md');
    assert.equal(pathOfUri('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(pathOfUri('not a uri'), 'not a uri');
    assert.equal(typeof pathOfUri('file://server/share/a.md'), 'string');
  });
});
