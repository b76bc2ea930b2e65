/**
 * The skeleton fixes insert text where the three-phase skeleton puts it, as a block of its own
 * (blank lines around it), in the file's own line breaks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../server/src/core/settings';
import { applyEdits, input, strictService } from './support/documents';

const settings = resolveSettings({});
const PATH = '/ws/.claude/agents/tidy.md';
const FRONTMATTER = ['---', 'name: tidy', 'version: "1.0.0"', 'description: Use this agent to tidy imports.', 'class: workflow-specialist', 'specialty: imports', '---'];

/** Applies the first quick fix of the rule's `nth` finding. */
function fixOnce(lines: string[], ruleId: string, eol = '\n', nth = 0): string[] {
  const text = lines.join(eol);
  const service = strictService();
  const doc = input(text, PATH);
  const finding = service.diagnose(doc, settings).filter((d) => d.code === ruleId)[nth];
  assert.ok(finding, `${ruleId} reports`);
  const [action] = service.codeActions(doc, settings, finding.range, [finding], ['quickfix']);
  assert.ok(action?.edit?.changes, `${ruleId} offers a fix`);
  const fixed = applyEdits(text, action.edit.changes[doc.uri]);
  if (eol === '\r\n') assert.ok(!/(^|[^\r])\n/.test(fixed), 'no bare LF in a CRLF file');
  return fixed.split(eol);
}

const SKELETON = [
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1: Analyze',
  '',
  '**Tools**: ',
  '',
  '### Phase 2: Build',
  '',
  '**Tools**: ',
  '',
  '### Phase 3: Verify',
  '',
  '**Tools**: ',
];

describe('methodology-missing fix', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`inserts the skeleton after the last of Core Philosophy / Technology Stack (${JSON.stringify(eol)})`, () => {
      const lines = [...FRONTMATTER, '', 'You are the Tidier.', '', '## Core Philosophy: Less Is More', '', 'Remove, then add.', '', '## Technology Stack', '', '- TypeScript', '', '---', '', '## Quality Standards', ''];
      const fixed = fixOnce(lines, 'methodology-missing', eol);
      const at = fixed.indexOf('- TypeScript') + 2;
      assert.deepEqual(fixed.slice(at, at + SKELETON.length + 2), [...SKELETON, '', '---']);
    });
  }

  it('inserts after the identity paragraph when there is no Core Philosophy', () => {
    const lines = [...FRONTMATTER, '', 'You are the Tidier,', 'who keeps imports short.', '## Quality Standards', ''];
    const fixed = fixOnce(lines, 'methodology-missing');
    assert.deepEqual(fixed.slice(FRONTMATTER.length, FRONTMATTER.length + 5), ['', 'You are the Tidier,', 'who keeps imports short.', '', SKELETON[0]]);
    assert.deepEqual(fixed.slice(FRONTMATTER.length + 4 + SKELETON.length, FRONTMATTER.length + 6 + SKELETON.length), ['', '## Quality Standards']);
  });

  it('appends to a file without a final line break and keeps it that way', () => {
    const fixed = fixOnce([...FRONTMATTER], 'methodology-missing');
    assert.deepEqual(fixed.slice(FRONTMATTER.length), ['', ...SKELETON]);
  });
});

describe('phase-missing fix', () => {
  const phase = (n: number) => [`### Phase ${n}: Step ${n}`, '', `**Tools**: Read.`, ''];
  const methodology = (...phases: number[]) => [...FRONTMATTER, '', 'You are the Tidier.', '', '## Three-Phase Specialist Methodology', '', ...phases.flatMap(phase)];

  it('inserts a missing middle phase before the next phase', () => {
    const lines = [...methodology(1, 3), '## Quality Standards', ''];
    const fixed = fixOnce(lines, 'phase-missing', '\r\n');
    const at = fixed.indexOf('### Phase 3: Step 3');
    assert.deepEqual(fixed.slice(at - 4, at), ['### Phase 2: Build', '', '**Tools**: ', '']);
  });

  it('inserts a missing last phase after the last one, before separators', () => {
    const lines = [...methodology(1, 2), '---', '', '## Quality Standards', ''];
    const fixed = fixOnce(lines, 'phase-missing');
    const at = fixed.indexOf('### Phase 3: Verify');
    assert.deepEqual(fixed.slice(at - 2, at + 5), ['**Tools**: Read.', '', '### Phase 3: Verify', '', '**Tools**: ', '', '---']);
  });
});

describe('phase-tools fix', () => {
  it('adds the Tools line at the end of the phase, after a final list, before trailing blank lines', () => {
    const lines = [...FRONTMATTER, '', 'You are the Tidier.', '', '## Three-Phase Specialist Methodology', '', '### Phase 1: Look', '', '- read files', '- list imports', '', '', '### Phase 2: Cut', '', '**Tools**: Edit.', ''];
    const fixed = fixOnce(lines, 'phase-tools', '\r\n');
    const at = fixed.indexOf('- list imports');
    assert.deepEqual(fixed.slice(at, at + 6), ['- list imports', '', '**Tools**: ', '', '', '### Phase 2: Cut']);
  });

  it('separates the Tools line from a heading that follows directly', () => {
    const lines = [...FRONTMATTER, '', 'You are the Tidier.', '', '## Three-Phase Specialist Methodology', '', '### Phase 1: Look', 'Read the files.', '### Phase 2: Cut', '', '**Tools**: Edit.'];
    const fixed = fixOnce(lines, 'phase-tools');
    const at = fixed.indexOf('Read the files.');
    assert.deepEqual(fixed.slice(at, at + 5), ['Read the files.', '', '**Tools**: ', '', '### Phase 2: Cut']);
  });
});

describe('checklist-item-format fix', () => {
  it('turns a plain bullet into a checkbox and keeps its marker', () => {
    const lines = [...FRONTMATTER, '', 'You are the Tidier.', '', '## Self-Verification Checklist', '', '* imports sorted', ''];
    const fixed = fixOnce(lines, 'checklist-item-format', '\r\n');
    assert.ok(fixed.includes('* [ ] imports sorted'));
  });
});
