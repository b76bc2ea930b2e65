import { METHODOLOGY_HEADING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import { firstBodyLineRange } from './support/anchors';
import { isHiddenByFence } from './support/hidden';
import { insertMethodologyEdit } from './support/skeleton';

export const methodologyMissing: Rule = {
  id: 'methodology-missing',
  description: 'A three-phase agent has a `## Three-Phase Specialist Methodology` section.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  check({ doc, report }) {
    if (doc.structure.methodology) return;
    if (isHiddenByFence(doc, (h) => METHODOLOGY_HEADING.test(h.text))) return;
    report({
      range: firstBodyLineRange(doc),
      message:
        'This three-phase agent has no `## Three-Phase Specialist Methodology` section; add one with `### Phase 1` to `### Phase 3`, each ending in a `**Tools**:` line.',
      fixes: [{ title: 'Insert a three-phase methodology skeleton', edits: [insertMethodologyEdit(doc)], isPreferred: true }],
    });
  },
};
