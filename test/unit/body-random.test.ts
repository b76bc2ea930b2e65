/**
 * Randomized robustness check of the body rules: documents stitched from skeleton pieces, fence
 * lines, comments and odd characters. No rule may throw, and every fix must leave fewer reports
 * of its rule without introducing bare LF line breaks into a CRLF file. Seeded, so a failure
 * reproduces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAgentDocument } from '../../server/src/core/document/parse';
import type { AgentDocument } from '../../server/src/core/document/model';
import type { Rule } from '../../server/src/core/rules/rule';
import { bodyRules } from '../../server/src/core/rules/body/index';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { getProfileSchema } from '../../server/src/core/schema/index';
import type { Problem } from '../../server/src/core/types';
import { applyEdits } from './support/documents';

const PIECES = [
  '```', '```ts', '````', '````md', '~~~', '~~~py', '   ```', '    ```js', '\t```', '```a`b',
  '## Three-Phase Specialist Methodology', '## Methodology', '### Phase 1: A', '### Phase 2: B', '### Phase 3: C', '### Phase 7',
  '**Tools**: x', '- [ ] a', '- b', '* c', '1. d', '## Boundaries', '**You DO**:', "**You DON'T**:", 'You do NOT:',
  '## Self-Verification Checklist', '## Core Philosophy', '## Core Philosophy: P', 'You are x.', 'text', '', '', '<!--', '-->',
  '---', '# H', '## Documentation Strategy', '\u00a0', '\ud83d\ude00 é',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function check(rule: Rule, doc: AgentDocument): Problem[] {
  const problems: Problem[] = [];
  const schema = getProfileSchema('three-phase');
  rule.check({ doc, profile: 'three-phase', schema, settings: DEFAULT_SETTINGS, path: 'a.md', inAgentsFolder: true, report: (p) => problems.push(p) });
  return problems;
}

describe('body rules on random documents', () => {
  it('never throw, and every fix reduces its rule\'s reports', () => {
    const next = random(20261126);
    for (let n = 0; n < 1500; n++) {
      const lines = ['---', 'name: a', 'description: b', 'version: 1.0.0', 'class: x', '---'];
      const count = Math.floor(next() * 40);
      for (let i = 0; i < count; i++) lines.push(PIECES[Math.floor(next() * PIECES.length)]);
      const eol = next() < 0.3 ? '\r\n' : '\n';
      const text = lines.join(eol) + (next() < 0.5 ? eol : '');
      const doc = parseAgentDocument('file:///a.md', 1, text);
      for (const rule of bodyRules) {
        const problems = check(rule, doc);
        for (const fix of problems.flatMap((p) => p.fixes ?? [])) {
          const fixed = applyEdits(text, fix.edits);
          const after = check(rule, parseAgentDocument('file:///a.md', 2, fixed));
          assert.ok(after.length < problems.length, `${rule.id}: "${fix.title}" did not help:\n${JSON.stringify(text)}`);
          if (eol === '\r\n') assert.ok(!/(^|[^\r])\n/.test(fixed), `${rule.id}: bare LF in a CRLF file`);
        }
      }
    }
  });
});
