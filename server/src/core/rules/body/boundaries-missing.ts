import { BOUNDARIES_HEADING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import { missingSectionAnchor } from './support/anchors';
import { fenceObscuresSection, isHiddenByFence } from './support/hidden';
import { headingSource } from './support/text';

export const boundariesMissing: Rule = {
  id: 'boundaries-missing',
  description: 'The body has a boundaries section with a `**You DO**:` list and a `**You DON\'T**:` list.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  check({ doc, report }) {
    const boundaries = doc.structure.boundaries;
    if (!boundaries) {
      if (isHiddenByFence(doc, (h) => BOUNDARIES_HEADING.test(h.text))) return;
      report({
        range: missingSectionAnchor(doc),
        message:
          'This three-phase agent has no `## Boundaries and Limitations` section; add one with a `**You DO**:` list and a `**You DON\'T**:` list so it knows what to hand off.',
      });
      return;
    }
    if ((boundaries.doList && boundaries.dontList) || fenceObscuresSection(doc, boundaries.heading)) return;
    const name = `\`${headingSource(boundaries.heading)}\``;
    let message: string;
    if (!boundaries.doList && !boundaries.dontList) {
      message = `${name} has no \`**You DO**:\` list and no \`**You DON'T**:\` list; add both, so the agent knows its scope and what to delegate.`;
    } else if (!boundaries.doList) {
      message = `${name} has no \`**You DO**:\` list; add one that states what this agent handles.`;
    } else {
      message = `${name} has no \`**You DON'T**:\` list; add one that says what this agent leaves to others.`;
    }
    report({ range: boundaries.heading.range, message });
  },
};
