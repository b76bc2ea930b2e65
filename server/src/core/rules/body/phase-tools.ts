import type { Rule } from '../rule';
import { fenceObscuresSection } from './support/hidden';
import { fixWith, insertStructure, sectionContentEnd } from './support/insert-lines';
import { TOOLS_LINE } from './support/skeleton';
import { headingSource } from './support/text';

export const phaseTools: Rule = {
  id: 'phase-tools',
  description: 'Each phase of the methodology ends with a `**Tools**:` line naming the tools it uses.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'body',
  check({ doc, report }) {
    const methodology = doc.structure.methodology;
    if (!methodology) return;
    for (const phase of methodology.phases) {
      if (phase.tools || fenceObscuresSection(doc, phase.heading)) continue;
      const insertAt = sectionContentEnd(doc.source, phase.heading);
      report({
        range: phase.heading.range,
        message: `\`${headingSource(phase.heading)}\` has no \`**Tools**:\` line; end the phase with one that names the tools it uses.`,
        fixes: fixWith('Add a `**Tools**:` line', insertStructure(doc, insertAt, [TOOLS_LINE])),
      });
    }
  },
};
