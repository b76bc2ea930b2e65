/**
 * Rename an agent across the workspace (names, specifiers, delegation sentences, the file),
 * prepareRename, the refusals (RenameError), and workspace symbols.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RenameError } from '../../server/src/core/features/navigation/index';
import { matchScore } from '../../server/src/core/features/navigation/workspace-symbols';
import { allTexts, applyWorkspaceEdit, at, doc, FILES, LEAD, LEAD_PATH, settings, uriOf, workspace } from './support/navigation-workspace';

const REVIEWER = uriOf('/ws/.claude/agents/reviewer.md');
const PLANNER = uriOf('/ws/.claude/agents/planner.md');
const ARCHITECT = uriOf('/ws/.claude/agents/architect.md');
const LEAD_URI = uriOf(LEAD_PATH);

describe('prepareRename', () => {
  it('on a name value, a specifier and a delegation: the name’s range and the declared name', () => {
    const service = workspace();
    assert.deepEqual(service.prepareRename(doc(), settings, at(LEAD, 'lead', 2)), { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } }, placeholder: 'lead' });
    assert.equal(service.prepareRename(doc(), settings, at(LEAD, 'planner', 1))?.placeholder, 'planner');
    const prose = service.prepareRename(doc(), settings, at(LEAD, 'Architect', 1));
    assert.equal(prose?.placeholder, 'architect');
    assert.deepEqual(prose?.range, { start: { line: 9, character: 16 }, end: { line: 9, character: 25 } });
  });

  it('null on built-in and plugin agents, skills and anything else', () => {
    const service = workspace();
    for (const [needle, offset] of [
      ['Explore', 1],
      ['acme:helper', 1],
      ['release-notes', 1],
      ['Coordinates', 0],
      ['disallowedTools', 0],
    ] as const) {
      assert.equal(service.prepareRename(doc(), settings, at(LEAD, needle, offset)), null, needle);
    }
  });
});

describe('rename', () => {
  it('renames the declaration and every reference in every file', () => {
    const service = workspace();
    const edit = service.rename(doc(), settings, at(LEAD, '`reviewer`', 2), 'code-reviewer');
    assert.ok(edit?.changes, 'without renameFile: plain changes');
    assert.deepEqual(Object.keys(edit.changes).sort(), [ARCHITECT, LEAD_URI, PLANNER, REVIEWER].sort());
    const { texts } = applyWorkspaceEdit(allTexts(), edit);
    assert.match(texts[REVIEWER], /^name: code-reviewer$/m);
    assert.match(texts[PLANNER], /^tools: Read, Agent\(code-reviewer, architect\)$/m);
    assert.match(texts[PLANNER], /delegate to the `code-reviewer` agent\./);
    assert.match(texts[ARCHITECT], /^ {2}- "Task\(code-reviewer\)"$/m);
    // A Capitalised prose name becomes the new name as it is.
    assert.match(texts[ARCHITECT], /Hand off to the code-reviewer agent when done\./);
    assert.match(texts[LEAD_URI], /use the `code-reviewer` agent for diffs/);
    assert.doesNotMatch(Object.values(texts).join('\n'), /(?<![-\w])reviewer(?![-\w])/i);
  });

  it('from the name value, inside quotes, with the file renamed through documentChanges', () => {
    const service = workspace();
    const path = '/ws/.claude/agents/planner.md';
    const text = FILES[path];
    service.diagnose(doc(), settings);
    const edit = service.rename(doc(text, path, 7), settings, at(text, 'planner', 3), 'change-planner', { renameFile: true });
    assert.ok(edit?.documentChanges);
    const kinds = edit.documentChanges.map((c) => ('kind' in c ? c.kind : 'edit'));
    assert.equal(kinds[kinds.length - 1], 'rename', 'the file is renamed after its text edits');
    const own = edit.documentChanges.find((c) => !('kind' in c) && c.textDocument.uri === PLANNER);
    assert.ok(own && !('kind' in own));
    assert.equal(own.textDocument.version, 7, 'the open document is edited at the version that was asked about');
    const other = edit.documentChanges.find((c) => !('kind' in c) && c.textDocument.uri === LEAD_URI);
    assert.ok(other && !('kind' in other) && other.textDocument.version === null);
    const { texts, renamed } = applyWorkspaceEdit(allTexts(), edit);
    const newUri = uriOf('/ws/.claude/agents/change-planner.md');
    assert.deepEqual(renamed, [[PLANNER, newUri]]);
    assert.match(texts[newUri], /^name: "change-planner"$/m);
    assert.match(texts[LEAD_URI], /Agent\(change-planner\)/);
  });

  it('no file rename when the file is not named after the agent', () => {
    const files: Record<string, string> = { ...FILES, '/ws/.claude/agents/design-lead.md': FILES['/ws/.claude/agents/architect.md'] };
    delete files['/ws/.claude/agents/architect.md'];
    const service = workspace(files);
    const edit = service.rename(doc(), settings, at(LEAD, 'Architect', 1), 'system-architect', { renameFile: true });
    assert.ok(edit?.changes && !edit.documentChanges);
    assert.match(applyWorkspaceEdit(allTexts(LEAD, files), edit).texts[LEAD_URI], /Delegate to the system-architect agent/);
  });

  it('from one of several agents with the same name: only that name changes', () => {
    const files = { ...FILES, '/ws/.claude/agents/old/reviewer.md': FILES['/ws/.claude/agents/reviewer.md'] };
    const service = workspace(files);
    const path = '/ws/.claude/agents/old/reviewer.md';
    const edit = service.rename(doc(files[path], path), settings, at(files[path], 'reviewer', 1), 'reviewer-v1');
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [uriOf(path)]);
  });

  it('the same name again: no edit', () => {
    assert.equal(workspace().rename(doc(), settings, at(LEAD, 'planner', 1), 'planner'), null);
  });

  it('refuses invalid and taken names with a message for the user', () => {
    const service = workspace();
    const cases: [string, RegExp][] = [
      ['', /needs a name/],
      ['Code Reviewer', /not a valid agent name.*`code-reviewer`/],
      ['acme:reviewer', /not a valid agent name/],
      ['123', /number or a boolean/],
      ['true', /number or a boolean/],
      ['architect', /already exists \(\/ws\/\.claude\/agents\/architect\.md\)/],
    ];
    for (const [name, message] of cases) {
      assert.throws(
        () => service.rename(doc(), settings, at(LEAD, 'planner', 1), name),
        (error: unknown) => error instanceof RenameError && error.name === 'RenameError' && message.test(error.message),
        name,
      );
    }
    assert.throws(() => service.rename(doc(), settings, at(LEAD, 'planner', 1), 'lead'), /already named `lead`/);
  });

  it('null outside agent names', () => {
    assert.equal(workspace().rename(doc(), settings, at(LEAD, 'Coordinates'), 'x-y'), null);
    assert.equal(workspace().rename(doc(), settings, at(LEAD, 'Explore', 1), 'x-y'), null);
  });
});

describe('workspace symbols', () => {
  it('every agent for an empty query, with profile and description, located at its name', () => {
    const service = workspace();
    const symbols = service.workspaceSymbols('');
    assert.deepEqual(symbols.map((s) => s.name), ['architect', 'planner', 'reviewer']);
    const planner = symbols[1];
    assert.equal(planner.kind, 5);
    assert.equal(planner.containerName, 'Claude Code agent — Plans changes.');
    assert.deepEqual(planner.location, { uri: PLANNER, range: { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } } });
    assert.match(symbols[0].containerName ?? '', /^three-phase agent — /);
  });

  it('matches the query’s letters in order, prefix first', () => {
    const service = workspace({ ...FILES, '/ws/.claude/agents/code-reviewer.md': '---\nname: code-reviewer\ndescription: d\n---\n' });
    assert.deepEqual(service.workspaceSymbols('rev').map((s) => s.name), ['reviewer', 'code-reviewer']);
    assert.deepEqual(service.workspaceSymbols('crv').map((s) => s.name), ['code-reviewer']);
    assert.deepEqual(service.workspaceSymbols('PLAN').map((s) => s.name), ['planner']);
    assert.deepEqual(service.workspaceSymbols('zzz'), []);
  });

  it('scores: prefix < substring < scattered, tighter is better', () => {
    assert.equal(matchScore('reviewer', 'rev'), 0);
    assert.ok(matchScore('code-reviewer', 'rev')! < matchScore('code-reviewer', 'crv')!);
    assert.ok(matchScore('code-reviewer', 'cr')! < matchScore('c-xxxxxxxxxxr', 'cr')!);
    assert.equal(matchScore('planner', 'x'), undefined);
  });
});
