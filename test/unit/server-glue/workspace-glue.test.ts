import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { CrossFileFreshness, sameDiagnostics } from '../../../server/src/cross-file-freshness';
import { pathOfUri } from '../../../server/src/document-input';
import { fileUriOfPath, UriSpellings } from '../../../server/src/file-uris';

describe('file URIs for files found on disk', () => {
  it('spells them as VS Code does: only unreserved characters stay, drive letters are lower case', () => {
    assert.equal(fileUriOfPath('/w/.claude/agents/code-reviewer_2.md'), 'file:///w/.claude/agents/code-reviewer_2.md');
    assert.equal(fileUriOfPath("/w/a b/(x)@y!z'*+,;=$&[]#?%.md"), 'file:///w/a%20b/%28x%29%40y%21z%27%2A%2B%2C%3B%3D%24%26%5B%5D%23%3F%25.md');
    assert.equal(fileUriOfPath('/w/é/ü.md'), 'file:///w/%C3%A9/%C3%BC.md');
    assert.equal(fileUriOfPath('C:\\Users\\me\\a.md'), 'file:///c%3A/Users/me/a.md');
  });

  it('round-trips through pathOfUri', () => {
    for (const path of ['/w/a b/(x)@y.md', '/w/é/ü #1.md', '/tmp/100%.md']) assert.equal(pathOfUri(fileUriOfPath(path)), path);
  });

  it('keeps the spelling a client used for a path, and says which one it replaced', () => {
    const spellings = new UriSpellings();
    assert.equal(spellings.uriOf('/w/(a).md'), 'file:///w/%28a%29.md');
    assert.equal(spellings.learn('/w/(a).md', 'file:///w/(a).md'), 'file:///w/%28a%29.md');
    assert.equal(spellings.learn('/w/(a).md', 'file:///w/(a).md'), undefined, 'the same spelling again');
    assert.equal(spellings.uriOf('/w/(a).md'), 'file:///w/(a).md');
    spellings.forget('/w/(a).md');
    assert.equal(spellings.uriOf('/w/(a).md'), 'file:///w/%28a%29.md');
  });
});

describe('cross-file freshness', () => {
  function setUp(pull: boolean) {
    let generation = 0;
    const scheduled: string[] = [];
    let refreshes = 0;
    let changes = 0;
    const freshness = new CrossFileFreshness({
      generation: () => generation,
      pullDiagnostics: () => pull,
      refresh: () => refreshes++,
      openUris: () => ['a', 'b', 'c'],
      schedule: (uri) => scheduled.push(uri),
      onChange: () => changes++,
    });
    return {
      freshness,
      bump: () => generation++,
      get scheduled() {
        return scheduled;
      },
      get refreshes() {
        return refreshes;
      },
      get changes() {
        return changes;
      },
    };
  }

  it('does nothing while the generation stays', () => {
    const t = setUp(false);
    t.freshness.check('a');
    t.freshness.check();
    assert.deepEqual(t.scheduled, []);
    assert.equal(t.changes, 0);
  });

  it('push: schedules the other open documents once per change', () => {
    const t = setUp(false);
    t.bump();
    t.freshness.check('a');
    t.freshness.check('b');
    assert.deepEqual(t.scheduled, ['b', 'c']);
    assert.equal(t.changes, 1);
  });

  it('pull: asks for one refresh per change', () => {
    const t = setUp(true);
    t.bump();
    t.freshness.check('a');
    t.freshness.check();
    t.bump();
    t.freshness.check();
    assert.equal(t.refreshes, 2);
    assert.deepEqual(t.scheduled, []);
  });

  it('compares diagnostics by identity, then by content for short lists', () => {
    const d = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message });
    const one = d('x');
    assert.ok(sameDiagnostics([one], [one]));
    assert.ok(sameDiagnostics([d('x')], [d('x')]));
    assert.ok(!sameDiagnostics([d('x')], [d('y')]));
    assert.ok(!sameDiagnostics([d('x')], []));
  });
});
