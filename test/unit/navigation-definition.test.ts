/**
 * Go to definition and find references between agents: from `Agent(x)` specifiers,
 * delegation sentences and `name` values, across indexed files and the open document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver-types';
import { at, doc, FILES, LEAD, LEAD_PATH, settings, workspace } from './support/navigation-workspace';


/** `uri line:from-to` for readable comparisons. */
function show(locations: Location[]): string[] {
  return locations.map((l) => `${l.uri.replace('file:///ws/.claude/agents/', '')} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);
}

describe('definition', () => {
  it('from Agent(x) to the agent’s name, inside its quotes', () => {
    const service = workspace();
    assert.deepEqual(show(service.definition(doc(), settings, at(LEAD, 'planner', 2))), ['planner.md 1:7-14']);
  });

  it('with the cursor just after the name too', () => {
    const service = workspace();
    assert.deepEqual(show(service.definition(doc(), settings, at(LEAD, 'planner', 'planner'.length))), ['planner.md 1:7-14']);
  });

  it('from a Capitalised delegation to the agent it names, ignoring case', () => {
    const service = workspace();
    assert.deepEqual(show(service.definition(doc(), settings, at(LEAD, 'Architect', 3))), ['architect.md 1:6-15']);
  });

  it('from a backticked delegation', () => {
    const service = workspace();
    assert.deepEqual(show(service.definition(doc(), settings, at(LEAD, '`reviewer`', 2))), ['reviewer.md 1:6-14']);
  });

  it('from a name to every agent with that name, itself included', () => {
    const service = workspace({ ...FILES, '/ws/.claude/agents/old/lead.md': '---\nname: lead\ndescription: Old lead.\n---\n' });
    assert.deepEqual(show(service.definition(doc(), settings, at(LEAD, 'lead', 1))).sort(), ['lead.md 1:6-10', 'old/lead.md 1:6-10']);
  });

  it('from a skills entry to its SKILL.md, when the host knows it', () => {
    const service = workspace();
    const [location] = service.definition(doc(), settings, at(LEAD, 'release-notes', 3));
    assert.equal(location.uri, 'file:///ws/.claude/skills/release-notes/SKILL.md');
    assert.deepEqual(location.range.start, { line: 0, character: 0 });
  });

  it('nothing for a built-in or unknown agent, or outside names', () => {
    const service = workspace();
    assert.deepEqual(service.definition(doc(), settings, at(LEAD, 'Explore', 2)), []);
    assert.deepEqual(service.definition(doc(), settings, at(LEAD, 'acme:helper', 2)), []);
    assert.deepEqual(service.definition(doc(), settings, at(LEAD, 'Coordinates')), []);
    assert.deepEqual(service.definition(doc(), settings, at(LEAD, 'tools')), []);
    assert.deepEqual(service.definition(doc(), settings, { line: 99, character: 0 }), []);
  });

  it('reads the open document’s newest text, not the index entry of an older version', () => {
    const service = workspace();
    service.diagnose(doc(), settings);
    const edited = LEAD.replace('Agent(planner)', 'Agent(reviewer)');
    assert.deepEqual(show(service.definition(doc(edited, LEAD_PATH, 2), settings, at(edited, 'reviewer', 2))), ['reviewer.md 1:6-14']);
  });
});

describe('references', () => {
  it('every specifier and delegation naming the agent, across files, with or without declarations', () => {
    const service = workspace();
    const position = at(LEAD, '`reviewer`', 3);
    assert.deepEqual(show(service.references(doc(), settings, position, false)), [
      'architect.md 7:10-18',
      'architect.md 12:16-24',
      'lead.md 9:46-54',
      'planner.md 3:19-27',
      'planner.md 6:39-47',
    ]);
    const withDeclaration = show(service.references(doc(), settings, position, true));
    assert.ok(withDeclaration.includes('reviewer.md 1:6-14'));
    assert.equal(withDeclaration.length, 6);
  });

  it('from a name: the references to this agent, the open document’s (once diagnosed) included', () => {
    const service = workspace();
    service.diagnose(doc(), settings);
    const path = '/ws/.claude/agents/architect.md';
    const text = FILES[path];
    assert.deepEqual(show(service.references(doc(text, path), settings, at(text, 'architect', 1), false)), ['lead.md 9:16-25', 'planner.md 3:29-38']);
  });

  it('none on a skill or outside names', () => {
    const service = workspace();
    assert.deepEqual(service.references(doc(), settings, at(LEAD, 'release-notes', 1), true), []);
    assert.deepEqual(service.references(doc(), settings, at(LEAD, 'Coordinates'), true), []);
  });
});
