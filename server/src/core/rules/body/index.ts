import type { Rule } from '../rule';
import { boundariesMissing } from './boundaries-missing';
import { checklistItemFormat } from './checklist-item-format';
import { checklistMissing } from './checklist-missing';
import { corePhilosophy } from './core-philosophy';
import { fenceUnclosed } from './fence-unclosed';
import { identityStatement } from './identity-statement';
import { methodologyMissing } from './methodology-missing';
import { phaseMissing } from './phase-missing';
import { phaseOrder } from './phase-order';
import { phaseTools } from './phase-tools';
import { sectionMissing } from './section-missing';

/** The body rules, in reporting order (the order of the three-phase skeleton). */
export const bodyRules: Rule[] = [
  fenceUnclosed,
  identityStatement,
  corePhilosophy,
  methodologyMissing,
  phaseMissing,
  phaseOrder,
  phaseTools,
  sectionMissing,
  boundariesMissing,
  checklistMissing,
  checklistItemFormat,
];
