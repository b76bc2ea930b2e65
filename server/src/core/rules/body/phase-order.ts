import type { Rule } from '../rule';
import { isMisreadHeading } from './support/hidden';
import { headingSource } from './support/text';

const PHASE_COUNT = 3;

export const phaseOrder: Rule = {
  id: 'phase-order',
  description: 'The methodology\'s phases appear once each, numbered 1 to 3, in order.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'structure',
  check({ doc, report }) {
    const methodology = doc.structure.methodology;
    if (!methodology) return;
    const seen = new Set<number>();
    let highest = 0;
    for (const phase of methodology.phases) {
      if (isMisreadHeading(doc, phase.heading)) continue;
      const name = `\`${headingSource(phase.heading)}\``;
      const n = phase.number;
      let message: string | undefined;
      if (n === undefined) {
        report({ range: phase.heading.range, message: `${name} has no phase number; write it as \`Phase N: <title>\` with N from 1 to ${PHASE_COUNT}.` });
        continue;
      }
      if (n < 1 || n > PHASE_COUNT) {
        message = `${name} is numbered outside 1–${PHASE_COUNT}; a three-phase methodology has Phase 1, 2 and 3, so renumber or merge this phase.`;
      } else if (seen.has(n)) {
        message = `${name} repeats Phase ${n}; give each phase its own number from 1 to ${PHASE_COUNT}.`;
      } else if (n < highest) {
        message = `${name} comes after Phase ${highest}; put the phases in order 1, 2, 3.`;
      }
      if (message) report({ range: phase.heading.range, message });
      seen.add(n);
      highest = Math.max(highest, n);
    }
  },
};
