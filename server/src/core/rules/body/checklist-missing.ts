import { CHECKLIST_HEADING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import { missingSectionAnchor } from './support/anchors';
import { fenceObscuresSection, isHiddenByFence } from './support/hidden';
import { headingSource } from './support/text';

export const checklistMissing: Rule = {
  id: 'checklist-missing',
  description: 'The body ends with a `## Self-Verification Checklist` that has `- [ ]` items.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'structure',
  check({ doc, report }) {
    const checklist = doc.structure.checklist;
    if (!checklist) {
      if (isHiddenByFence(doc, (h) => CHECKLIST_HEADING.test(h.text))) return;
      report({
        range: missingSectionAnchor(doc),
        message: 'This three-phase agent has no `## Self-Verification Checklist`; add one with `- [ ]` items it checks before it reports back.',
      });
      return;
    }
    if (checklist.items.length > 0 || fenceObscuresSection(doc, checklist.heading)) return;
    report({
      range: checklist.heading.range,
      message: `\`${headingSource(checklist.heading)}\` has no items; list what to verify as \`- [ ]\` items.`,
    });
  },
};
