import type { AgentDocument, Heading } from '../../../document/model';
import { insertStructure, sectionContentEnd } from './insert-lines';
import type { TextEdit } from '../../../types';

/** Placeholder phase titles for inserted skeletons; the user renames them. */
const DEFAULT_PHASE_TITLES: Readonly<Record<number, string>> = { 1: 'Analyze', 2: 'Build', 3: 'Verify' };

export const TOOLS_LINE = '**Tools**: ';
export const METHODOLOGY_TITLE = 'Three-Phase Specialist Methodology';

export function phaseBlock(level: number, phase: number): string[] {
  return [`${'#'.repeat(level)} Phase ${phase}: ${DEFAULT_PHASE_TITLES[phase] ?? 'Title'}`, '', TOOLS_LINE];
}

export function methodologyBlock(): string[] {
  return [`## ${METHODOLOGY_TITLE}`, '', ...phaseBlock(3, 1), '', ...phaseBlock(3, 2), '', ...phaseBlock(3, 3)];
}

/** Sections that follow the methodology in the skeleton, in order. */
function laterSections(doc: AgentDocument): Heading[] {
  const { structure } = doc;
  return [
    structure.sections['documentation-strategy'],
    structure.sections['decision-making'],
    structure.boundaries?.heading,
    structure.sections['quality-standards'],
    structure.checklist?.heading,
  ].filter((h): h is Heading => h !== undefined);
}

/**
 * Inserts the methodology where the skeleton puts it: after Core Philosophy / Technology Stack
 * (whichever comes later in the file), else after the identity paragraph, else before the first
 * section that belongs after it, else at the end.
 */
export function insertMethodologyEdit(doc: AgentDocument): TextEdit | undefined {
  const { structure, source } = doc;
  const before = [structure.corePhilosophy, structure.sections['technology-stack']].filter((h): h is Heading => h !== undefined);
  let line: number;
  if (before.length > 0) {
    const last = before.reduce((a, b) => (b.line > a.line ? b : a));
    line = sectionContentEnd(source, last);
  } else if (structure.identity) {
    line = structure.identity.endLine + 1;
  } else {
    const after = laterSections(doc);
    line = after.length > 0 ? Math.min(...after.map((h) => h.line)) : source.lineCount;
  }
  return insertStructure(doc, line, methodologyBlock());
}
