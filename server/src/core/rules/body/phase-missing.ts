import type { AgentDocument, Methodology } from '../../document/model';
import { PHASE_HEADING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import type { TextEdit } from '../../types';
import { isHiddenByFence } from './support/hidden';
import { fixWith, insertStructure, sectionContentEnd } from './support/insert-lines';
import { phaseBlock } from './support/skeleton';
import { headingSource } from './support/text';

const PHASES = [1, 2, 3] as const;

function hiddenPhase(doc: AgentDocument, phase: number): boolean {
  return isHiddenByFence(doc, (h) => Number(PHASE_HEADING.exec(h.text)?.[1]) === phase);
}

/** New phases take the level of the existing ones, else one below the methodology heading. */
function phaseLevel(methodology: Methodology): number {
  return methodology.phases[0]?.heading.level ?? methodology.heading.level + 1;
}

/** Where the phase belongs: before the first later phase, else after the last earlier one. */
function insertPhaseEdit(doc: AgentDocument, methodology: Methodology, phase: number): TextEdit | undefined {
  const { phases, heading } = methodology;
  const level = phaseLevel(methodology);
  const next = phases.find((p) => p.number !== undefined && p.number > phase);
  if (next) return insertStructure(doc, next.heading.line, phaseBlock(level, phase));
  const previous = [...phases].reverse().find((p) => p.number !== undefined && p.number < phase);
  const after = previous?.heading ?? heading;
  return insertStructure(doc, sectionContentEnd(doc.source, after), phaseBlock(level, phase));
}

function where(present: readonly number[], phase: number): string {
  const before = present.filter((n) => n < phase);
  const after = present.filter((n) => n > phase);
  if (before.length > 0 && after.length > 0) return ` between Phase ${Math.max(...before)} and Phase ${Math.min(...after)}`;
  if (after.length > 0) return ` before Phase ${Math.min(...after)}`;
  if (before.length > 0) return ` after Phase ${Math.max(...before)}`;
  return '';
}

export const phaseMissing: Rule = {
  id: 'phase-missing',
  description: 'The methodology has `### Phase 1`, `### Phase 2` and `### Phase 3`.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'body',
  check({ doc, report }) {
    const methodology = doc.structure.methodology;
    if (!methodology) return;
    const present = methodology.phases.map((p) => p.number).filter((n): n is number => n !== undefined);
    for (const phase of PHASES) {
      if (present.includes(phase) || hiddenPhase(doc, phase)) continue;
      report({
        range: methodology.heading.range,
        message: `\`${headingSource(methodology.heading)}\` has no \`Phase ${phase}\`; add a \`${'#'.repeat(phaseLevel(methodology))} Phase ${phase}: <title>\` section${where(present, phase)}.`,
        fixes: fixWith(`Insert \`Phase ${phase}\``, insertPhaseEdit(doc, methodology, phase)),
      });
    }
  },
};
