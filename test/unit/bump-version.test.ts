/**
 * Bump version: the next patch/minor/major of the frontmatter's `version`, quotes kept, and
 * values that are not a semantic version yet rewritten as the quoted version they stand for.
 * As a service call (the command) and as code actions on the field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUMP_VERSION_KIND, isVersionBump, type BumpLevel } from '../../server/src/core/features/bump-version';
import { resolveSettings } from '../../server/src/core/settings';
import { applyEdits, input, strictService } from './support/documents';

const settings = resolveSettings({});

function agent(versionLine: string, eol = '\n'): string {
  return ['---', 'name: sample', versionLine, 'description: Use this agent when a sample is needed.', '---', '', 'You make samples.', ''].join(eol);
}

function bumped(versionLine: string, level: BumpLevel): string {
  const text = agent(versionLine);
  const result = strictService().bumpVersion(input(text), level);
  assert.ok(isVersionBump(result), `no bump for ${versionLine}: ${'reason' in result ? result.reason : ''}`);
  return applyEdits(text, [result.edit]).split('\n')[2];
}

describe('bump version', () => {
  it('bumps a quoted semantic version and keeps its quotes', () => {
    assert.equal(bumped('version: "1.1.0"', 'minor'), 'version: "1.2.0"');
    assert.equal(bumped('version: "1.1.0"', 'patch'), 'version: "1.1.1"');
    assert.equal(bumped('version: "1.1.9"', 'major'), 'version: "2.0.0"');
    assert.equal(bumped("version: '0.9.3'", 'minor'), "version: '0.10.0'");
  });

  it('keeps a plain semantic version plain, and a trailing comment in place', () => {
    assert.equal(bumped('version: 1.2.3', 'patch'), 'version: 1.2.4');
    assert.equal(bumped('version: 1.2.3 # released', 'minor'), 'version: 1.3.0 # released');
  });

  it('turns a YAML number or a v-prefix into the quoted version it stands for', () => {
    // YAML reads 1.1 as a number; the source text decides: 1.10 is 1.10.0, not 1.1.
    assert.equal(bumped('version: 1.1', 'minor'), 'version: "1.2.0"');
    assert.equal(bumped('version: 1.10', 'patch'), 'version: "1.10.1"');
    assert.equal(bumped('version: 2', 'major'), 'version: "3.0.0"');
    assert.equal(bumped('version: v1.2.3', 'patch'), 'version: "1.2.4"');
    assert.equal(bumped('version: "v1.2"', 'minor'), 'version: "1.3.0"');
  });

  it('releases a pre-release the way npm semver counts, and drops build metadata', () => {
    assert.equal(bumped('version: "1.2.3-beta.1"', 'patch'), 'version: "1.2.3"');
    assert.equal(bumped('version: "1.3.0-rc.1"', 'minor'), 'version: "1.3.0"');
    assert.equal(bumped('version: "1.3.1-rc.1"', 'minor'), 'version: "1.4.0"');
    assert.equal(bumped('version: "2.0.0-rc.1"', 'major'), 'version: "2.0.0"');
    assert.equal(bumped('version: "2.1.0-rc.1"', 'major'), 'version: "3.0.0"');
    assert.equal(bumped('version: "1.0.0+build.7"', 'patch'), 'version: "1.0.1"');
  });

  it('keeps CRLF line breaks and still bumps when the YAML elsewhere is broken', () => {
    const crlf = agent('version: "1.0.0"', '\r\n');
    const result = strictService().bumpVersion(input(crlf), 'minor');
    assert.ok(isVersionBump(result));
    assert.equal(applyEdits(crlf, [result.edit]), agent('version: "1.1.0"', '\r\n'));
    const broken = ['---', 'name: sample', 'version: 1.0.0', 'description: Examples: user: hi', '---', ''].join('\n');
    const fromBroken = strictService().bumpVersion(input(broken), 'patch');
    assert.ok(isVersionBump(fromBroken));
    assert.equal(applyEdits(broken, [fromBroken.edit]).split('\n')[2], 'version: 1.0.1');
  });

  it('says why when there is nothing to bump', () => {
    const reasonFor = (text: string): string => {
      const result = strictService().bumpVersion(input(text), 'patch');
      assert.ok(!isVersionBump(result));
      return result.reason;
    };
    assert.match(reasonFor('No frontmatter here.\n'), /no frontmatter/);
    assert.match(reasonFor(agent('model: sonnet')), /no `version` field/);
    assert.match(reasonFor(agent('version: latest')), /`latest` is not a version number/);
    assert.match(reasonFor(agent('version:')), /`\(empty\)`/);
    assert.match(reasonFor(agent('version: [1, 2]')), /not a version number/);
    assert.match(reasonFor(agent('version: >\n  1.0.0')), /not a version number/);
  });

  it('bumps the first of duplicate version keys', () => {
    const text = ['---', 'name: sample', 'version: "1.0.0"', 'version: "5.0.0"', 'description: x', '---', ''].join('\n');
    const result = strictService().bumpVersion(input(text), 'major');
    assert.ok(isVersionBump(result));
    assert.equal(result.edit.range.start.line, 2);
  });
});

describe('bump version code actions', () => {
  const text = agent('version: "1.4.2"');
  const line = 2;
  const at = (character: number) => ({ start: { line, character }, end: { line, character } });

  it('offers patch, minor and major on the key or the value, as refactor.rewrite', () => {
    for (const character of [0, 3, 9, 16]) {
      const actions = strictService().codeActions(input(text), settings, at(character), []);
      const bumps = actions.filter((a) => a.kind === BUMP_VERSION_KIND);
      assert.deepEqual(bumps.map((a) => a.title), ['Bump version to 1.4.3 (patch)', 'Bump version to 1.5.0 (minor)', 'Bump version to 2.0.0 (major)'], `at ${character}`);
      const edit = bumps[1].edit?.changes?.['file:///ws/.claude/agents/sample.md'];
      assert.ok(edit);
      assert.equal(applyEdits(text, edit).split('\n')[line], 'version: "1.5.0"');
    }
  });

  it('are not offered elsewhere, for other kinds, or for a value that is not a version', () => {
    const service = strictService();
    assert.deepEqual(service.codeActions(input(text), settings, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, []).filter((a) => a.kind === BUMP_VERSION_KIND), []);
    assert.deepEqual(service.codeActions(input(text), settings, at(10), [], ['quickfix']), []);
    assert.equal(service.codeActions(input(text), settings, at(10), [], ['refactor']).length, 3);
    assert.deepEqual(service.codeActions(input(agent('version: latest')), settings, at(10), []).filter((a) => a.kind === BUMP_VERSION_KIND), []);
  });

  it('a selection that spans the field counts', () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } };
    assert.equal(strictService().codeActions(input(text), settings, range, [], ['refactor.rewrite']).length, 3);
  });
});
