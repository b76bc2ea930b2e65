import type { Rule } from '../rule';
import { fenceObscuresSection } from './support/hidden';

const BULLETS = new Set(['-', '*', '+']);

export const checklistItemFormat: Rule = {
  id: 'checklist-item-format',
  description: 'Self-Verification Checklist items are written as `- [ ]` checkboxes.',
  defaultSeverity: 'information',
  profiles: ['three-phase'],
  reads: 'structure',
  check({ doc, report }) {
    const checklist = doc.structure.checklist;
    // Where nested fences garble the section, its "items" may be code or another section's.
    if (!checklist || checklist.items.length === 0 || fenceObscuresSection(doc, checklist.heading)) return;
    const { items } = checklist;
    // Only the checklist's own items: sub-bullets under an item are details, not checks.
    const topIndent = Math.min(...items.map((item) => item.indent));
    for (const item of items) {
      if (item.indent !== topIndent || item.checkbox !== undefined || !BULLETS.has(item.marker)) continue;
      report({
        range: item.markerRange,
        message: `This checklist item is a plain bullet; write it as a checkbox: \`${item.marker} [ ]\`.`,
        fixes: [
          {
            title: `Make it \`${item.marker} [ ]\``,
            edits: [{ range: { start: item.markerRange.end, end: item.markerRange.end }, newText: ' [ ]' }],
            isPreferred: true,
            safe: true,
          },
        ],
      });
    }
  },
};
