import type { CanonicalSection } from '../../document/model';
import { CANONICAL_SECTIONS } from '../../document/section-patterns';
import type { Rule } from '../rule';
import { missingSectionAnchor } from './support/anchors';
import { isHiddenByFence } from './support/hidden';

/** The optional-but-expected sections, with the heading the skeleton gives each. */
const EXPECTED: readonly { key: CanonicalSection; heading: string; purpose: string }[] = [
  { key: 'documentation-strategy', heading: 'Documentation Strategy', purpose: 'where and how the agent records its work' },
  { key: 'decision-making', heading: 'Decision-Making Framework', purpose: 'how the agent chooses between options' },
  { key: 'quality-standards', heading: 'Quality Standards', purpose: 'the bar its output must meet' },
];

export const sectionMissing: Rule = {
  id: 'section-missing',
  description: 'The body has the Documentation Strategy, Decision-Making Framework and Quality Standards sections of the three-phase skeleton.',
  defaultSeverity: 'information',
  profiles: ['three-phase'],
  reads: 'body',
  check({ doc, report }) {
    for (const { key, heading, purpose } of EXPECTED) {
      if (doc.structure.sections[key]) continue;
      // Accept the section at any heading level, and stay quiet when a runaway fence hid it.
      if (doc.body.headings.some((h) => h.role === key)) continue;
      if (isHiddenByFence(doc, (h) => CANONICAL_SECTIONS[key].test(h.text))) continue;
      report({
        range: missingSectionAnchor(doc),
        message: `This three-phase agent has no \`## ${heading}\` section; the skeleton uses it to state ${purpose}.`,
      });
    }
  },
};
