/**
 * version-not-bumped with baselines given as strings (the fixtures cover each level as files):
 * line endings and byte order marks are not changes, the fix bumps as suggested and is not in
 * fix-all, the answer follows edits back to the committed text, and the service hands rules
 * one baseline object (parsed once) while the committed text stays the same.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/create-service';
import type { Baseline, Rule } from '../../server/src/core/rules/rule';
import { resolveSettings } from '../../server/src/core/settings';
import { applyEdits, input, strictService } from './support/documents';

const settings = resolveSettings({});
const PATH = '/ws/.claude/agents/changelog-curator.md';

function agent(options: { version?: string; model?: string; tools?: string; extra?: string; identity?: string } = {}): string {
  return [
    '---',
    'name: changelog-curator',
    `version: ${options.version ?? '"1.2.0"'}`,
    'description: Use this agent when a pull request needs a changelog entry.',
    'class: workflow-specialist',
    `model: ${options.model ?? 'sonnet'}`,
    `tools: ${options.tools ?? 'Read, Grep, Edit'}`,
    '---',
    '',
    options.identity ?? 'You are the Changelog Curator, who writes entries a user can act on.',
    '',
    '## Core Philosophy: Say What Changed',
    '',
    'An entry names what a user sees.',
    '',
    '## Three-Phase Specialist Methodology',
    '',
    '### Phase 1: Collect (40%)',
    '',
    '**Tools**: Read',
    '',
    '### Phase 2: Write (40%)',
    '',
    '**Tools**: Edit',
    '',
    '### Phase 3: Review (20%)',
    '',
    '**Tools**: Read',
    '',
    ...(options.extra ? [options.extra, ''] : []),
    '## Boundaries and Limitations',
    '',
    '**You DO**:',
    '- Write entries',
    '',
    "**You DON'T**:",
    '- Tag releases',
    '',
    '## Self-Verification Checklist',
    '',
    '- [ ] Every change has an entry',
    '',
  ].join('\n');
}

function findings(text: string, baseline: string | undefined, filePath = PATH): Diagnostic[] {
  const service = strictService({ baselineOf: () => baseline });
  return service.diagnose(input(text, filePath), settings).filter((d) => d.code === 'version-not-bumped');
}

describe('version-not-bumped', () => {
  const committed = agent();

  it('is silent without a baseline, and when the text is the committed one', () => {
    assert.deepEqual(findings(agent({ identity: 'You are someone else.' }), undefined), []);
    assert.deepEqual(findings(committed, committed), []);
  });

  it('takes CRLF against a committed LF text (git autocrlf), and a byte order mark, as no change', () => {
    assert.deepEqual(findings(committed.replace(/\n/g, '\r\n'), committed), []);
    assert.deepEqual(findings(committed, committed.replace(/\n/g, '\r\n')), []);
    assert.deepEqual(findings('\ufeff' + committed, committed), []);
    assert.deepEqual(findings(committed, '\ufeff' + committed.replace(/\n/g, '\r\n')), []);
  });

  it('sees a real change behind different line endings', () => {
    const edited = agent({ identity: 'You are the Changelog Curator, who writes entries people can act on.' });
    const [finding] = findings(edited.replace(/\n/g, '\r\n'), committed);
    assert.match(finding.message, /still 1\.2\.0: bump to 1\.2\.1 \(patch/);
  });

  it('suggests major for model or tools, minor for a section, patch for the rest, on the version value', () => {
    const cases: [string, string][] = [
      [agent({ model: 'opus' }), 'bump to 2.0.0 (major: `model` changed)'],
      [agent({ tools: 'Read, Grep' }), 'bump to 2.0.0 (major: `tools` changed)'],
      [agent({ model: 'opus', tools: 'Read' }), '(major: `model` and `tools` changed)'],
      [agent({ extra: '## Quality Standards\n\nOne line per change.' }), 'bump to 1.3.0 (minor: `## Quality Standards` was added)'],
      [agent({ extra: '## Examples\n\nA.\n\n## Examples\n\nB.\n\n### Notes' }), '(minor: `## Examples` and 2 more sections were added)'],
      [agent({ identity: 'You are the Changelog Curator.' }), 'bump to 1.2.1 (patch: the text changed'],
    ];
    for (const [text, message] of cases) {
      const list = findings(text, committed);
      assert.equal(list.length, 1, message);
      assert.ok(list[0].message.includes(message), `${list[0].message} lacks ${message}`);
      assert.equal(list[0].severity, 3);
      assert.deepEqual(list[0].range, { start: { line: 2, character: 9 }, end: { line: 2, character: 16 } });
    }
  });

  it('points at the added sections as related information', () => {
    const [finding] = findings(agent({ extra: '## Quality Standards\n\nOne line per change.' }), committed);
    assert.equal(finding.relatedInformation?.length, 1);
    assert.equal(finding.relatedInformation?.[0].location.range.start.line, 29);
  });

  it('compares tools as sets, whatever their form', () => {
    const asList = committed.replace('tools: Read, Grep, Edit', 'tools: [Edit, Read, Grep, Read]');
    assert.match(findings(asList, committed)[0].message, /\(patch/);
    const asBlock = committed.replace('tools: Read, Grep, Edit', 'tools:\n  - Grep\n  - Edit\n  - Read');
    assert.match(findings(asBlock, committed)[0].message, /\(patch/);
  });

  it('is silent when the version was changed, when it is missing or not a version, and for other profiles', () => {
    const edited = (version: string) => agent({ version, identity: 'You are new.' });
    assert.deepEqual(findings(edited('"1.3.0"'), committed), []);
    assert.deepEqual(findings(edited('"1.1.0"'), committed), []);
    assert.deepEqual(findings(agent({ identity: 'You are new.' }).replace('version: "1.2.0"\n', ''), committed), []);
    assert.deepEqual(findings(edited('latest'), agent({ version: 'latest' })), []);
    const subagent = '---\nname: helper\nversion: "1.0.0"\ndescription: Use this agent when helping.\n---\n\nHelp.\n';
    assert.deepEqual(findings(subagent.replace('Help.', 'Help more.'), subagent, '/ws/.claude/agents/helper.md'), []);
  });

  it('offers a fix that bumps to the suggested version, not applied by fix-all', () => {
    const text = agent({ extra: '## Quality Standards\n\nOne line per change.' });
    const service = strictService({ baselineOf: () => committed });
    const doc = input(text, PATH);
    const [finding] = service.diagnose(doc, settings).filter((d) => d.code === 'version-not-bumped');
    const [action] = service.codeActions(doc, settings, finding.range, [finding], ['quickfix']);
    assert.equal(action.title, 'Bump version to 1.3.0 (minor)');
    assert.equal(action.isPreferred, true);
    const fixed = applyEdits(text, action.edit?.changes?.[doc.uri] ?? []);
    assert.equal(fixed.split('\n')[2], 'version: "1.3.0"');
    assert.deepEqual(findings(fixed, committed), []);
    assert.ok(!service.fixAll(doc, settings).some((edit) => edit.newText.includes('1.3.0')), 'fix-all leaves the version alone');
  });

  it('follows edits: reported while changed, silent again once the text is the committed one', () => {
    const service = strictService({ baselineOf: () => committed });
    const count = (text: string, version: number) => service.diagnose(input(text, PATH, version), settings).filter((d) => d.code === 'version-not-bumped').length;
    assert.equal(count(committed, 1), 0);
    assert.equal(count(agent({ identity: 'You are new.' }), 2), 1);
    assert.equal(count(agent({ model: 'opus' }), 3), 1);
    assert.equal(count(committed, 4), 0);
  });

  it('gets one baseline object, parsed once, while the committed text is the same', () => {
    const seen: Baseline[] = [];
    const probe: Rule = { id: 'probe', description: 'probe', defaultSeverity: 'hint', profiles: ['three-phase'], dependsOn: ['baseline'], check: ({ baseline }) => void (baseline && seen.push(baseline)) };
    let head = committed;
    const service = createLanguageService({ log: (message) => assert.fail(message), baselineOf: () => head }, { rules: [probe] });
    for (let version = 1; version <= 3; version++) service.diagnose(input(agent({ identity: `You are edit ${version}.` }), PATH, version), settings);
    assert.equal(seen.length, 3);
    assert.ok(seen.every((b) => b === seen[0]));
    const parsed = seen[0].doc;
    assert.equal(seen[0].doc, parsed, 'the parse is kept');
    head = agent({ model: 'opus' });
    service.diagnose(input(agent({ identity: 'You are edit 4.' }), PATH, 4), settings);
    assert.notEqual(seen[3], seen[0], 'a new committed text is a new baseline');
    assert.equal(seen[3].text, head);
  });

  it('asks the host for the committed text only where the rule runs (three-phase, not turned off)', () => {
    const asked: string[] = [];
    const service = strictService({
      baselineOf: (document) => {
        asked.push(document.path);
        return committed;
      },
    });
    const subagent = '---\nname: helper\ndescription: Use this agent when helping.\n---\n\nHelp.\n';
    service.diagnose(input(subagent, '/ws/.claude/agents/helper.md'), settings);
    assert.deepEqual(asked, [], 'no git for a Claude Code subagent');
    service.diagnose(input(committed, PATH), resolveSettings({ rules: { 'version-not-bumped': 'off' } }));
    assert.deepEqual(asked, [], 'no git when the rule is off');
    service.diagnose(input(committed, PATH, 2), settings);
    assert.deepEqual(asked, [PATH]);
  });
});
