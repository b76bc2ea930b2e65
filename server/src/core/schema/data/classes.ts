/**
 * CAMI specialist classes. v4 (cami) has three; v5 (cami-plugin, 2026) retired
 * `workflow-specialist` and added `methodology-specialist`. Both sets are valid so that older
 * agents keep validating.
 */
export interface SpecialistClass {
  id: string;
  /** CAMI generations that define the class. */
  generations: readonly ('v4' | 'v5')[];
  /** Share of effort per phase, in percent (Phase 1, 2, 3); undefined where CAMI gives none. */
  phaseWeights?: readonly [number, number, number];
  /** The model alias the class suggests. */
  suggestedModel: string;
  summary: string;
}

export const SPECIALIST_CLASSES: readonly SpecialistClass[] = [
  {
    id: 'workflow-specialist',
    generations: ['v4'],
    phaseWeights: [15, 70, 15],
    suggestedModel: 'haiku',
    summary: 'Runs a well-defined process (deployments, migrations, releases). Most effort goes into doing the work.',
  },
  {
    id: 'technology-implementer',
    generations: ['v4'],
    phaseWeights: [30, 55, 15],
    suggestedModel: 'sonnet',
    summary: 'Builds with a specific technology stack (a framework, a database, a platform).',
  },
  {
    id: 'strategic-planner',
    generations: ['v4', 'v5'],
    phaseWeights: [45, 30, 25],
    suggestedModel: 'opus',
    summary: 'Researches, designs and decides (architecture, strategy). Most effort goes into analysis.',
  },
  {
    id: 'methodology-specialist',
    generations: ['v5'],
    suggestedModel: 'sonnet',
    summary: 'Applies a methodology, usually together with skills (`skill_aware: true`). Replaces `workflow-specialist` in CAMI v5.',
  },
];

export const CLASS_IDS: readonly string[] = SPECIALIST_CLASSES.map((c) => c.id);

export const CLASS_MODEL: Readonly<Record<string, string>> = Object.fromEntries(
  SPECIALIST_CLASSES.map((c) => [c.id, c.suggestedModel]),
);

/** Markdown for hover and completion of one class value. */
export function describeClass(c: SpecialistClass): string {
  const weights = c.phaseWeights ? ` Phase weights: ${c.phaseWeights.map((w) => `${w}%`).join(' / ')}.` : '';
  return `${c.summary}${weights} Suggested model: \`${c.suggestedModel}\`. (CAMI ${c.generations.join(', ')})`;
}
