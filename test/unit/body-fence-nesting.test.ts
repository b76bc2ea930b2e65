/**
 * The fence-unclosed fix must make the file parse as its author meant: no fence left open, the
 * swallowed sections back as structure, and meanwhile no rule reports those sections as missing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolveSettings } from '../../server/src/core/settings';
import { applyEdits, input, strictService } from './support/documents';

const AGENT = [
  '---',
  'name: docs-gardener',
  'version: "1.0.0"',
  'description: Use this agent to keep component docs in shape.',
  'class: workflow-specialist',
  'specialty: docs-maintenance',
  '---',
  '',
  'You are the Docs Gardener, who keeps every component page accurate.',
  '',
  '## Core Philosophy: Examples Before Prose',
  '',
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1: Survey',
  '',
  '**Tools**: Glob, Read.',
  '',
  '### Phase 2: Rewrite',
  '',
  'Each page looks like this:',
  '',
  '```markdown',
  '# Button',
  '',
  '```tsx',
  '<Button kind="primary">Save</Button>',
  '```',
  '',
  'Use one primary button per view.',
  '```',
  '',
  '**Tools**: Write, Edit.',
  '',
  '### Phase 3: Verify',
  '',
  '**Tools**: Bash.',
  '',
  '## Documentation Strategy',
  '',
  '## Decision-Making Framework',
  '',
  '## Boundaries and Limitations',
  '',
  '**You DO**:',
  '- Edit docs',
  '',
  "**You DON'T**:",
  '- Edit components',
  '',
  '## Quality Standards',
  '',
  '## Self-Verification Checklist',
  '',
  '- [ ] Every example renders',
  '',
];

const settings = resolveSettings({});
const PATH = '/ws/.claude/agents/docs-gardener.md';

function diagnose(text: string): Diagnostic[] {
  return strictService().diagnose(input(text, PATH), settings);
}

for (const eol of ['\n', '\r\n']) {
  describe(`fence-unclosed on a nested tagged fence (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
    const text = AGENT.join(eol);
    const service = strictService();
    const doc = input(text, PATH);
    const before = service.diagnose(doc, settings);
    const fence = before.filter((d) => d.code === 'fence-unclosed');

    it('reports the runaway fence once, at the intended closing fence, naming what it hides', () => {
      assert.equal(fence.length, 1);
      assert.deepEqual(fence[0].range, { start: { line: 30, character: 0 }, end: { line: 30, character: 3 } });
      assert.match(fence[0].message, /line 23/);
      assert.match(fence[0].message, /`### Phase 3: Verify`/);
    });

    it('does not also report the hidden sections as missing', () => {
      const missing = before.filter((d) => d.code !== 'fence-unclosed' && d.severity !== undefined && d.severity <= 3);
      assert.deepEqual(missing.map((d) => `${d.code}: ${d.message}`), []);
    });

    it('offers a safe fix that fix-all applies, after which the file parses as meant', () => {
      const edits = service.fixAll(doc, settings);
      assert.ok(edits.length > 0, 'fix-all includes the lengthen fix');
      const fixed = applyEdits(text, edits);
      const lines = fixed.split(eol);
      assert.equal(lines[22], '````markdown');
      assert.equal(lines[30], '````');
      assert.ok(!/(^|[^\r])\n/.test(fixed) || eol === '\n', 'CRLF stays CRLF');
      const after = diagnose(fixed);
      assert.deepEqual(after.filter((d) => d.severity !== undefined && d.severity <= 3).map((d) => `${d.code}: ${d.message}`), []);
      const parsed = strictService().parse(input(fixed, PATH, 2));
      assert.equal(parsed.structure.methodology?.phases.length, 3);
      assert.equal(parsed.structure.checklist?.items.length, 1);
    });
  });
}

describe('fence-unclosed when nesting cannot explain the fence', () => {
  it('reports a forgotten closing fence without a fix', () => {
    const text = ['---', 'name: a', 'description: b', '---', '', 'Intro.', '', '```python', 'print(1)', ''].join('\n');
    const [finding] = diagnose(text).filter((d) => d.code === 'fence-unclosed');
    assert.match(finding.message, /never closed/);
    assert.equal(strictService().codeActions(input(text, PATH), settings, finding.range, [finding], ['quickfix']).length, 0);
  });

  it('stays quiet when the outer fence is already longer than the nested one', () => {
    const text = ['---', 'name: a', 'description: b', '---', '', '````markdown', '```tsx', '<A />', '```', '````', ''].join('\n');
    assert.deepEqual(diagnose(text).filter((d) => d.code === 'fence-unclosed'), []);
  });
});
