/**
 * What each part of the three-phase body skeleton is for, in our own words. One place for the
 * heading completions (which sections a body still lacks, in canonical order) and the hovers
 * on headings, labels and checklist items.
 */
import type { CanonicalSection } from '../../document/model';

export type SkeletonPart = 'core-philosophy' | 'technology-stack' | 'methodology' | 'phase' | CanonicalSection | 'boundaries' | 'checklist';

export interface SectionDoc {
  /** The canonical heading, as completion inserts it (snippet syntax for placeholders). */
  insert: string;
  /** The heading as a label: `## Core Philosophy`. */
  label: string;
  doc: string;
}

/** Canonical order of the skeleton's headings (phases sit inside the methodology). */
export const SECTION_ORDER: readonly Exclude<SkeletonPart, 'phase'>[] = [
  'core-philosophy',
  'technology-stack',
  'methodology',
  'documentation-strategy',
  'decision-making',
  'boundaries',
  'quality-standards',
  'checklist',
];

export const SECTION_DOCS: Readonly<Record<Exclude<SkeletonPart, 'phase'>, SectionDoc>> = {
  'core-philosophy': {
    label: '## Core Philosophy',
    insert: '## Core Philosophy: ${1:principle}',
    doc:
      'The one principle the agent works by, named in the heading itself (`## Core Philosophy: Measure Before You Cut`) ' +
      'and explained in a short paragraph. When two reasonable options pull in different directions, this is what the agent ' +
      'falls back on. Make it specific to the agent\'s domain: a principle that would suit any agent tells the model nothing.',
  },
  'technology-stack': {
    label: '## Technology Stack',
    insert: '## Technology Stack',
    doc:
      'The languages, frameworks, versions and tools the agent is expert in, as a list. Optional; technology implementers ' +
      'usually have it, so the model knows which ecosystem its answers must fit.',
  },
  methodology: {
    label: '## Three-Phase Specialist Methodology',
    insert: '## Three-Phase Specialist Methodology',
    doc:
      'How the agent works, as three phases it goes through in order: understand the problem (Phase 1), do the work ' +
      '(Phase 2), check and hand over (Phase 3). Each phase is an `### Phase N: Title` heading, says what the agent does in ' +
      'it, and ends with a `**Tools**:` line. The class sets how effort is spread over the phases.',
  },
  'documentation-strategy': {
    label: '## Documentation Strategy',
    insert: '## Documentation Strategy',
    doc:
      'What the agent writes down and where: decision records, README or changelog updates, code comments, and the summary it ' +
      'reports back. Say what is worth recording and what is not, so the output stays useful rather than long.',
  },
  'decision-making': {
    label: '## Decision-Making Framework',
    insert: '## Decision-Making Framework',
    doc:
      'How the agent chooses between options: its criteria in order of importance, the trade-offs it accepts, and the point ' +
      'at which it stops and asks instead of deciding on its own.',
  },
  boundaries: {
    label: '## Boundaries and Limitations',
    insert: '## Boundaries and Limitations',
    doc:
      'What the agent takes on and what it leaves alone: a `**You DO**:` list of in-scope work and a `**You DON\'T**:` list ' +
      'of what it refuses or hands to another agent. Clear limits keep a delegated agent from drifting into someone else\'s job.',
  },
  'quality-standards': {
    label: '## Quality Standards',
    insert: '## Quality Standards',
    doc:
      'The bar the work must clear before the agent calls it done. Prefer measurable statements (tests pass, no new warnings, ' +
      'every public function documented) over adjectives.',
  },
  checklist: {
    label: '## Self-Verification Checklist',
    insert: '## Self-Verification Checklist',
    doc:
      'The items the agent ticks off before it reports back, written as `- [ ]` checkboxes. Good items are concrete and checkable — "Every migration has a rollback step" — not aspirations such as "The code is high quality". ' +
      'Each item should trace back to the methodology or the quality standards.',
  },
};

/** What belongs in each phase, by number. */
export const PHASE_DOCS: Readonly<Record<1 | 2 | 3, string>> = {
  1:
    'Phase 1 is about understanding before acting: read the code, documents and constraints that matter, find out what is ' +
    'unclear, and decide what "done" means for this request. Typical tools: `Read`, `Grep`, `Glob`, `WebSearch`.',
  2:
    'Phase 2 is the work the agent exists for — building, writing, migrating, planning — done in small steps that follow ' +
    'from what Phase 1 found. Typical tools: `Edit`, `Write`, `Bash`.',
  3:
    'Phase 3 checks the result against the request and the quality standards (run the tests, re-read the diff, walk the ' +
    'checklist) and hands over: what changed, what was verified, what is left to do. Typical tools: `Bash`, `Read`.',
};

export const LABEL_DOCS = {
  tools:
    'The tools this phase uses, comma-separated. This line is guidance for the model; Claude Code does not enforce it — the ' +
    '`tools` field in the frontmatter decides what the agent may use, so keep the two consistent.',
  do: 'Work this agent takes on. Use concrete verbs and objects: each item should be something a request could ask for.',
  dont:
    'Work this agent refuses or hands off. When another agent does it, name that agent, so the model delegates instead of improvising.',
  checklistItem:
    'A good checklist item is one yes-or-no question about the finished work that the agent can answer by looking: specific, ' +
    'observable and tied to the request. Avoid vague items ("works well") and items that only repeat the methodology.',
} as const;
