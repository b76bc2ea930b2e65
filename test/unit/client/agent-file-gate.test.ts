import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CandidateDocument, couldBeAgentFile, frontmatterNamesAnAgent, isInAgentFolder } from '../../../client/src/agent-file-gate';

function candidate(path: string, text = '', overrides: Partial<CandidateDocument> = {}): CandidateDocument {
  let reads = 0;
  return {
    languageId: 'markdown',
    scheme: 'file',
    path,
    readHead: () => {
      reads++;
      return text;
    },
    get reads() {
      return reads;
    },
    ...overrides,
  } as CandidateDocument;
}

const none = { hasIncludePatterns: () => false };

describe('client agent-file gate', () => {
  it('says yes for agent folders without reading the text', () => {
    for (const path of ['/w/.claude/agents/a.md', '/w/.claude/agents/team/a.md', '/w/plugins/acme/agents/a.md']) {
      const document = candidate(path);
      assert.ok(couldBeAgentFile(document, none), path);
      assert.equal((document as unknown as { reads: number }).reads, 0);
    }
  });

  it('says yes for frontmatter with name and description anywhere', () => {
    const text = '---\r\nname: writer\ndescription: >-\n  Writes.\nmodel: haiku\n---\nbody\n';
    assert.ok(couldBeAgentFile(candidate('/w/docs/writer.md', text), none));
    assert.ok(couldBeAgentFile(candidate('Untitled-1', text, { scheme: 'untitled' }), none));
    assert.ok(frontmatterNamesAnAgent('\uFEFF---\nname: a\ndescription: b\n---\n'));
  });

  it('says no for ordinary Markdown', () => {
    assert.ok(!couldBeAgentFile(candidate('/w/README.md', '# Project\n\nname: x\ndescription: y\n'), none));
    assert.ok(!couldBeAgentFile(candidate('/w/notes.md', '---\ntitle: notes\n---\nname: x\ndescription: y\n'), none));
    assert.ok(!frontmatterNamesAnAgent('---\nname: only a name\n---\ndescription: after the block\n'));
    assert.ok(!isInAgentFolder('/w/agents.md'));
  });

  it('says yes for any Markdown once include globs are set', () => {
    assert.ok(couldBeAgentFile(candidate('/w/notes.md', '# notes'), { hasIncludePatterns: () => true }));
  });

  it('ignores other languages and schemes (diff views, git, output)', () => {
    assert.ok(!couldBeAgentFile(candidate('/w/.claude/agents/a.md', '', { languageId: 'plaintext' }), none));
    assert.ok(!couldBeAgentFile(candidate('/w/.claude/agents/a.md', '', { scheme: 'git' }), none));
    assert.ok(couldBeAgentFile(candidate('/w/.claude/agents/a.md', '', { languageId: 'chatagent' }), none));
  });
});
