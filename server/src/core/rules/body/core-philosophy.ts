import { CORE_PHILOSOPHY_HEADING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import { missingSectionAnchor } from './support/anchors';
import { isHiddenByFence, isMisreadHeading } from './support/hidden';
import { headingSource } from './support/text';

/** What follows `Core Philosophy` once a separator (`:`, `-`, `—`, `–`) is dropped. */
function principleOf(headingText: string): string {
  return headingText.replace(CORE_PHILOSOPHY_HEADING, '').replace(/^\s*[:\-–—]?\s*/, '').trim();
}

export const corePhilosophy: Rule = {
  id: 'core-philosophy',
  description: 'The body has a `## Core Philosophy: <principle>` heading that names the principle the agent works by.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'structure',
  check({ doc, report }) {
    // The parser only takes H1/H2 as sections; an H3 `Core Philosophy` is still the section.
    const heading = doc.structure.corePhilosophy ?? doc.body.headings.find((h) => h.role === 'core-philosophy');
    if (!heading) {
      if (isHiddenByFence(doc, (h) => CORE_PHILOSOPHY_HEADING.test(h.text))) return;
      report({
        range: missingSectionAnchor(doc),
        message: 'This three-phase agent has no `## Core Philosophy: <principle>` section; add one that names the principle it works by.',
      });
      return;
    }
    if (principleOf(heading.text) !== '' || isMisreadHeading(doc, heading)) return;
    report({
      range: heading.range,
      message: `\`${headingSource(heading)}\` does not name its principle; write it as \`${'#'.repeat(heading.level)} Core Philosophy: <principle>\`.`,
    });
  },
};
