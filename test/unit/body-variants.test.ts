/**
 * Real three-phase agents spell the skeleton in several ways (see the format notes, "Variants
 * real files use"). Whole files written in those spellings must get no warning or error from any
 * rule; plain-bullet checklists get only the information-level `checklist-item-format`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../server/src/core/settings';
import { input, strictService } from './support/documents';

const FRONTMATTER = [
  '---',
  'name: migration-shepherd',
  'version: "2.1.0"',
  'description: Use this agent PROACTIVELY when a database migration needs a plan.',
  'class: technology-implementer',
  'specialty: database-migrations',
  'model: sonnet',
  'tags: ["database", "migrations"]',
  'use_cases: ["migration planning"]',
  '---',
  '',
];

interface Variant {
  name: string;
  body: string[];
  /** Rule ids allowed to report, at information level or below. */
  information?: string[];
}

const VARIANTS: Variant[] = [
  {
    name: 'short headings, inline-colon labels, heading lists',
    body: [
      "You're the Migration Shepherd, who moves schemas forward without losing a row.",
      '',
      '## Core Philosophy — Reversible Steps',
      '',
      '## Three-Phase Methodology',
      '',
      '### Phase 1: Research and Analysis (45%)',
      '',
      '- **Tools**: Read, Grep.',
      '',
      '### Phase 2 - Build (Build 30%)',
      '',
      '**Tool Usage:** Write for migration files.',
      '',
      '### Phase 3. Verify (25% of effort)',
      '',
      '**Tools Used**: Bash for the test database.',
      '',
      '## Documentation Strategy',
      '',
      '## Decision Framework',
      '',
      '## Boundaries & Escalation',
      '',
      '### You DO:',
      '- Plan migrations',
      '',
      "### You DON'T:",
      '- Run them in production',
      '',
      '### You ESCALATE:',
      '- Data loss risks',
      '',
      '## Quality Standards',
      '',
      '## Self-Verification',
      '',
      '- [ ] Every step can be undone',
    ],
  },
  {
    name: 'editorial methodology, limitations, plain-bullet protocol',
    body: [
      '# Migration Shepherd',
      '',
      'You are the Migration Shepherd.',
      '',
      '## Core Philosophy: Reversible Steps',
      '',
      '## Three-Phase Editorial Methodology',
      '',
      '### Phase 1: Read',
      '',
      '**Tools:** Read.',
      '',
      '### Phase 2: Draft',
      '',
      '**Tools**: Write.',
      '',
      '### Phase 3: Review',
      '',
      '   - **Tools**: `Read` for the diff',
      '',
      '## Documentation Strategy',
      '',
      '## Editorial Decision Framework',
      '',
      '## Limitations',
      '',
      '**You DO:**',
      '- Plan',
      '',
      '**You DO NOT:**',
      '- Execute',
      '',
      '## Quality Standards',
      '',
      '## Self-Verification Protocol',
      '',
      '- Every step can be undone',
      '- Every step was rehearsed',
    ],
    information: ['checklist-item-format'],
  },
  {
    name: 'specialist framework heading, delegate note, collaboration boundaries in first person',
    body: [
      'You are the Migration Shepherd.',
      '',
      '## Core Philosophy: Reversible Steps',
      '',
      '## The Specialist Framework: Three-Phase Methodology',
      '',
      '### Phase 1: Survey',
      '',
      '**Tools**: Read.',
      '',
      '### Phase 2: Plan',
      '',
      '**Tools**: Write.',
      '',
      '### Phase 3: Rehearse',
      '',
      '**Tools**: Bash.',
      '',
      '## Documentation Strategy',
      '',
      '## Decision-Making Frameworks',
      '',
      '## Boundaries',
      '',
      '**You DO**:',
      '- Plan',
      '',
      "**You DON'T** (delegate to the on-call DBA):",
      '- Execute',
      '',
      '## Collaboration Boundaries',
      '',
      '**I specialize in**:',
      '- Plans',
      '',
      '**I do not**:',
      '- Deploy',
      '',
      '## Research Quality Standards',
      '',
      '## Self-Verification Checklist',
      '',
      '- [x] Template filled in',
    ],
  },
];

describe('real-world skeleton variants', () => {
  for (const variant of VARIANTS) {
    for (const eol of ['\n', '\r\n']) {
      it(`${variant.name} (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
        const text = [...FRONTMATTER, ...variant.body, ''].join(eol);
        const found = strictService().diagnose(input(text, '/ws/.claude/agents/migration-shepherd.md'), resolveSettings({}));
        const loud = found.filter((d) => (d.severity ?? 1) <= 2 || !(variant.information ?? []).includes(String(d.code)));
        assert.deepEqual(loud.map((d) => `${d.range.start.line}: ${d.code}: ${d.message}`), []);
      });
    }
  }
});
