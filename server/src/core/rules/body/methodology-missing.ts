import type { AgentDocument, Heading } from '../../document/model';
import { METHODOLOGY_HEADING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import type { Problem } from '../../types';
import { firstBodyLineRange } from './support/anchors';
import { isHiddenByFence } from './support/hidden';
import { fixWith, insertStructure } from './support/insert-lines';
import { insertMethodologyEdit, METHODOLOGY_TITLE } from './support/skeleton';
import { headingSource } from './support/text';

const MESSAGE_TAIL = 'with `### Phase 1` to `### Phase 3`, each ending in a `**Tools**:` line';

/**
 * Phases already written without a recognised methodology heading: give them one (rename the
 * section that holds them, or add the heading above them) rather than a second set of phases.
 */
function orphanPhasesProblem(doc: AgentDocument, firstPhase: Heading): Problem | undefined {
  const { headings } = doc.body;
  const index = headings.indexOf(firstPhase);
  let parent: Heading | undefined;
  for (let i = index - 1; i >= 0; i--) {
    if (headings[i].level < firstPhase.level) {
      parent = headings[i];
      break;
    }
  }
  const level = '#'.repeat(Math.max(1, firstPhase.level - 1));
  if (parent && parent.role === undefined && parent.level === firstPhase.level - 1) {
    return {
      range: parent.range,
      message: `\`${headingSource(parent)}\` holds the phases but is not a three-phase methodology heading; rename it \`${level} ${METHODOLOGY_TITLE}\`.`,
      fixes: [{ title: `Rename to \`${METHODOLOGY_TITLE}\``, edits: [{ range: parent.textRange, newText: METHODOLOGY_TITLE }], isPreferred: true }],
    };
  }
  if (firstPhase.level < 2) return undefined;
  return {
    range: firstBodyLineRange(doc),
    message: `This three-phase agent has phases but no \`${level} ${METHODOLOGY_TITLE}\` heading above them; add it before \`${headingSource(firstPhase)}\`.`,
    fixes: fixWith(`Add the \`${METHODOLOGY_TITLE}\` heading`, insertStructure(doc, firstPhase.line, [`${level} ${METHODOLOGY_TITLE}`])),
  };
}

export const methodologyMissing: Rule = {
  id: 'methodology-missing',
  description: 'A three-phase agent has a `## Three-Phase Specialist Methodology` section.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'body',
  check({ doc, report }) {
    if (doc.structure.methodology) return;
    if (isHiddenByFence(doc, (h) => METHODOLOGY_HEADING.test(h.text))) return;
    const firstPhase = doc.body.headings.find((h) => h.role === 'phase');
    const orphans = firstPhase && orphanPhasesProblem(doc, firstPhase);
    if (orphans) return report(orphans);
    report({
      range: firstBodyLineRange(doc),
      message: `This three-phase agent has no \`## ${METHODOLOGY_TITLE}\` section; add one ${MESSAGE_TAIL}.`,
      // With phases already written (as top-level headings), a skeleton would only duplicate them.
      fixes: firstPhase ? [] : fixWith('Insert a three-phase methodology skeleton', insertMethodologyEdit(doc)),
    });
  },
};
