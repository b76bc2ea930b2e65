/**
 * How real files spell the parts of the three-phase skeleton. One place, so the parser, the
 * rules and (later) completion agree on what counts as, say, a boundaries section. Variants
 * come from the format notes; each pattern tests heading or label text without `#`/`**`.
 */
import type { CanonicalSection, HeadingRole } from './model';

export const METHODOLOGY_HEADING = /\b(?:three|3)[- ]phase\b.*\b(?:methodology|framework|process|approach)\b|\b(?:methodology|framework)\b.*\b(?:three|3)[- ]phase\b/i;
export const CORE_PHILOSOPHY_HEADING = /^core\s+philosophy\b/i;
/** `Phase 2: Build`, `Phase 2 - Build`, `Phase 2. Build`, `Phase 2 (55%)`. */
export const PHASE_HEADING = /^phase\s+(\d+)\b\s*[:.\-–—]?\s*(.*)$/i;
/** `(45%)`, `(Research 45%)`, `(45% of effort)`. */
export const PHASE_WEIGHT = /\((?:[^()]*?\s)?(\d{1,3})\s*%[^()]*\)/;
export const BOUNDARIES_HEADING = /\bboundaries\b|^limitations\b|\bscope\s+boundaries\b/i;
export const CHECKLIST_HEADING = /^self[- ]verification\b/i;
/** `Tools`, `Tool Usage`, `Tools Used`, `Tools Available`. */
export const TOOLS_LABEL = /^tools?\b/i;
export const DONT_LABEL = /^(?:you|i)\s+(?:don['’‘`]?t|do\s+not|never)\b/i;
export const DO_LABEL = /^(?:you|i)\s+do\b(?!\s*n['’‘`]?t)(?!\s+not\b)|^i\s+specialize\b/i;
export const IDENTITY_OPENING = /^(?:\*\*|_)?you\s+are\b/i;

export const CANONICAL_SECTIONS: Readonly<Record<CanonicalSection, RegExp>> = {
  'technology-stack': /^technology\s+(?:stack|preferences)\b/i,
  'documentation-strategy': /^documentation\b/i,
  'decision-making': /\bdecision(?:[- ]making)?\s+(?:frameworks?|guide|criteria|process)\b/i,
  'quality-standards': /\bquality\s+(?:standards|bar|criteria|gates)\b/i,
};

const SECTION_PATTERNS = Object.entries(CANONICAL_SECTIONS) as [CanonicalSection, RegExp][];

export function sectionOf(headingText: string): CanonicalSection | undefined {
  for (let i = 0; i < SECTION_PATTERNS.length; i++) {
    if (SECTION_PATTERNS[i][1].test(headingText)) return SECTION_PATTERNS[i][0];
  }
  return undefined;
}

/** The role a heading's text claims, tested once when the heading is read. */
export function headingRole(text: string): HeadingRole | undefined {
  if (METHODOLOGY_HEADING.test(text)) return 'methodology';
  if (PHASE_HEADING.test(text)) return 'phase';
  if (CORE_PHILOSOPHY_HEADING.test(text)) return 'core-philosophy';
  if (CHECKLIST_HEADING.test(text)) return 'checklist';
  if (BOUNDARIES_HEADING.test(text)) return 'boundaries';
  if (TOOLS_LABEL.test(text)) return 'tools';
  const label = text.replace(/:$/, '');
  if (DONT_LABEL.test(label)) return 'dont';
  if (DO_LABEL.test(label)) return 'do';
  return sectionOf(text);
}
