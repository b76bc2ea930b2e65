import { BOUNDARIES_HEADING } from '../../document/section-patterns';
import type { AgentDocument, Heading } from '../../document/model';
import type { Rule } from '../rule';
import { missingSectionAnchor } from './support/anchors';
import { fenceObscuresSection, isHiddenByFence } from './support/hidden';
import { headingSource } from './support/text';

/** Plain-prose list intros some agents use instead of bold labels: `… You do NOT:` then a list. */
const PROSE_DONT = /\byou\s+(?:do\s+not|don['’‘`]?t|never)\b[^.!?:]*:\s*$/i;
const PROSE_DO = /\byou\s+do\b(?!\s*n['’‘`]?t)(?!\s+not\b)[^.!?:]*:\s*$/i;

/** Whether a line of the section (outside code) introduces a list in prose, e.g. `You do NOT:`. */
function hasProseList(doc: AgentDocument, heading: Heading, intro: RegExp): boolean {
  const { source, body } = doc;
  const end = Math.min(heading.sectionEnd, source.lineCount);
  for (let line = heading.line + 1; line < end; line++) {
    if (body.isCode(line) || !intro.test(source.lineText(line))) continue;
    let next = line + 1;
    while (next < end && source.lineText(next).trim() === '') next++;
    if (next < end && /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(source.lineText(next))) return true;
  }
  return false;
}

export const boundariesMissing: Rule = {
  id: 'boundaries-missing',
  description: 'The body has a boundaries section with a `**You DO**:` list and a `**You DON\'T**:` list.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'body',
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
    if (fenceObscuresSection(doc, boundaries.heading)) return;
    const hasDo = boundaries.doList !== undefined || hasProseList(doc, boundaries.heading, PROSE_DO);
    const hasDont = boundaries.dontList !== undefined || hasProseList(doc, boundaries.heading, PROSE_DONT);
    if (hasDo && hasDont) return;
    const name = `\`${headingSource(boundaries.heading)}\``;
    let message: string;
    if (!hasDo && !hasDont) {
      message = `${name} has no \`**You DO**:\` list and no \`**You DON'T**:\` list; add both, so the agent knows its scope and what to delegate.`;
    } else if (!hasDo) {
      message = `${name} has no \`**You DO**:\` list; add one that states what this agent handles.`;
    } else {
      message = `${name} has no \`**You DON'T**:\` list; add one that says what this agent leaves to others.`;
    }
    report({ range: boundaries.heading.range, message });
  },
};
