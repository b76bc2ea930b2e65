/**
 * The preview's agent model, built by the core from the cached parse and the same findings as
 * the diagnostics: card fields, the methodology with its phases, boundaries, checklist, problem
 * counts, and where the body may be split for rendering.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../server/src/core/settings';
import { input, strictService } from './support/documents';

const SETTINGS = resolveSettings({});

const SPECIALIST = [
  '---',
  'name: migration-shepherd',
  'version: 1.10',
  'description: Use this agent when a schema change must reach production safely.',
  'class: technology-implementer',
  'specialty: database-migrations',
  'model: sonnet',
  'color: teal',
  'tags: ["database", "migrations"]',
  'use_cases:',
  '  - migration planning',
  '  - index builds',
  'permissionMode: plan',
  '---',
  '',
  'You are the Migration Shepherd, who moves schemas forward.',
  '',
  '## Core Philosophy: Every Step Can Be Undone',
  '',
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1: Survey (30%)',
  '',
  '**Tools**: Read, `Grep`',
  '',
  '### Phase 3: Ship',
  '',
  'No tools line here.',
  '',
  '## Boundaries and Limitations',
  '',
  '**You DO**:',
  '- Plan migrations',
  '  - nested detail',
  '- Watch them run',
  '',
  "**You DON'T**: drop tables",
  '',
  '## Self-Verification Checklist',
  '',
  '- [ ] Rollback tested',
  '- [x] Backfill measured',
  '- plain bullet',
  '',
  '```md',
  '# not a heading',
  '```',
  '',
].join('\n');

describe('preview: agent model', () => {
  it('reads the card, phases, boundaries and checklist of a three-phase agent', () => {
    const model = strictService().agentModel(input(SPECIALIST, '/ws/.claude/agents/migration-shepherd.md'), SETTINGS);
    assert.equal(model.checked, true);
    assert.equal(model.profile, 'three-phase');
    assert.equal(model.frontmatter, 'valid');
    assert.deepEqual(model.card.name, { text: 'migration-shepherd', line: 1 });
    assert.equal(model.card.version?.text, '1.10', 'numbers keep their source spelling');
    assert.equal(model.card.color?.text, 'teal');
    assert.equal(model.card.agentClass?.text, 'technology-implementer');
    assert.deepEqual(model.card.tags.map((t) => t.text), ['database', 'migrations']);
    assert.deepEqual(model.card.useCases, [{ text: 'migration planning', line: 10 }, { text: 'index builds', line: 11 }]);
    assert.equal(model.card.tools, undefined, 'no tools field: inherits all tools');
    assert.equal(model.card.corePhilosophy?.text, 'Every Step Can Be Undone');
    assert.deepEqual(model.card.otherFields, [{ key: 'permissionMode', text: 'plan', line: 12 }]);

    assert.deepEqual(
      model.methodology?.phases.map((p) => [p.number, p.title, p.weight, p.tools?.text]),
      [[1, 'Survey', 30, 'Read, `Grep`'], [3, 'Ship', undefined, undefined]],
    );
    assert.deepEqual(model.boundaries?.do?.items.map((i) => i.text), ['Plan migrations', 'Watch them run']);
    assert.deepEqual(model.boundaries?.dont?.items.map((i) => i.text), ['drop tables'], 'an inline list after the label');
    assert.deepEqual(model.checklist?.items.map((i) => [i.text, i.checkbox]), [['Rollback tested', ' '], ['Backfill measured', 'x'], ['plain bullet', undefined]]);
  });

  it('counts the same problems the diagnostics report', () => {
    const service = strictService();
    const document = input(SPECIALIST, '/ws/.claude/agents/migration-shepherd.md');
    const diagnostics = service.diagnose(document, SETTINGS);
    const model = service.agentModel(document, SETTINGS);
    const total = Object.values(model.problems.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, diagnostics.length);
    assert.ok(model.problems.items.some((p) => p.code === 'phase-missing'));
    assert.ok(model.problems.items.some((p) => p.code === 'phase-tools' && p.line === 25));
  });

  it('splits the body only at column-0 headings outside code', () => {
    const model = strictService().agentModel(input(SPECIALIST, '/ws/.claude/agents/migration-shepherd.md'), SETTINGS);
    assert.equal(model.body.startLine, 14);
    const lines = SPECIALIST.split('\n');
    assert.ok(model.body.blockStarts.every((line) => /^#{1,6}( |$)/.test(lines[line])));
    assert.ok(!model.body.blockStarts.includes(lines.indexOf('# not a heading')));
    assert.equal(model.body.blockStarts.length, 6);
  });

  it('shows what a plain Claude Code subagent has, tools included', () => {
    const text = ['---', 'name: helper', 'description: Helps.', 'tools: Read, Bash(npm test:*)', 'disallowedTools: [Write]', '---', '', 'You help.', ''].join('\n');
    const model = strictService().agentModel(input(text, '/ws/.claude/agents/helper.md'), SETTINGS);
    assert.equal(model.profile, 'claude-code');
    assert.deepEqual(model.card.tools?.map((t) => t.text), ['Read', 'Bash(npm test:*)']);
    assert.deepEqual(model.card.disallowedTools.map((t) => t.text), ['Write']);
    assert.equal(model.methodology, undefined);
    assert.equal(model.checklist, undefined);
  });

  it('has no problems for a file Agentsmith does not check, and never throws on broken input', () => {
    const service = strictService();
    const readme = service.agentModel(input('# Notes\n\nJust notes.\n', '/ws/docs/notes.md'), SETTINGS);
    assert.equal(readme.checked, false);
    assert.equal(readme.frontmatter, 'missing');
    assert.deepEqual(readme.problems.counts, { error: 0, warning: 0, information: 0, hint: 0 });
    for (const text of ['---\nname: [unclosed\n', '---\n', '', '\u0000\u0001', '---\ntags: {a: 1}\ntools: 3\n---\n']) {
      const model = service.agentModel(input(text, '/ws/.claude/agents/broken.md'), SETTINGS);
      assert.ok(model.body.startLine <= model.body.lineCount);
    }
  });
});
