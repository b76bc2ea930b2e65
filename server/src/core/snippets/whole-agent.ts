/**
 * Whole agent files in snippet syntax: one three-phase specialist per CAMI class and a plain
 * Claude Code subagent. The same builders serve the snippets (every value a placeholder) and
 * the "New Agent" command (name and model already chosen), so both write the same skeleton.
 */
import { CLASS_MODEL, SPECIALIST_CLASSES } from '../schema/data/classes';
import { MODEL_ALIASES } from '../schema/data/models';
import { boundariesLines, checklistLines, methodologyLines, type PhaseText } from './skeleton-parts';

/** What a new agent can be: a Claude Code subagent, or a three-phase specialist of one class. */
export type AgentKind = 'subagent' | 'workflow-specialist' | 'technology-implementer' | 'strategic-planner' | 'methodology-specialist';

export const AGENT_KINDS: readonly AgentKind[] = ['subagent', 'workflow-specialist', 'technology-implementer', 'strategic-planner', 'methodology-specialist'];

export function isAgentKind(value: unknown): value is AgentKind {
  return typeof value === 'string' && (AGENT_KINDS as readonly string[]).includes(value);
}

/** Choices made up front (New Agent); whatever is missing becomes a placeholder. */
export interface WholeAgentOptions {
  name?: string;
  model?: string;
}

/** The example a class's skeleton is filled with: a plausible specialist, in our own words. */
interface ClassExample {
  role: string;
  roleSummary: string;
  whenToUse: string;
  specialty: string;
  tags: string;
  useCase: string;
  philosophy: string;
  philosophyText: string;
  phases: readonly [PhaseText, PhaseText, PhaseText];
  /** Technology implementers name their stack in a section of its own. */
  stack?: string;
}

const EXAMPLES: Readonly<Record<Exclude<AgentKind, 'subagent'>, ClassExample>> = {
  'workflow-specialist': {
    role: 'Release Coordinator',
    roleSummary: 'who takes a finished change from a merged branch to a tagged, announced release',
    whenToUse: 'when a release needs to be prepared, tagged and announced',
    specialty: 'release-management',
    tags: 'release',
    useCase: 'cutting a release',
    philosophy: 'Same Steps Every Time',
    philosophyText: 'A release is a routine, not an event: follow the checklist in order and stop at the first step that fails.',
    phases: [
      { title: 'Preparation', purpose: 'Confirm the branch is green and collect the changes since the last tag.', tools: 'Bash, Read' },
      { title: 'Release', purpose: 'Bump the version, update the changelog, tag and publish.', tools: 'Edit, Bash' },
      { title: 'Confirmation', purpose: 'Check that the published artifacts are reachable and announce the release.', tools: 'Bash, WebFetch' },
    ],
  },
  'technology-implementer': {
    role: 'API Engineer',
    roleSummary: 'who builds HTTP APIs that are consistent, documented and tested',
    whenToUse: 'when an HTTP endpoint has to be added or changed',
    specialty: 'api-development',
    tags: 'api',
    useCase: 'adding an endpoint',
    philosophy: 'Contracts First',
    philosophyText: 'Agree on the request and response shapes before writing handlers; the contract is what clients depend on.',
    stack: 'The framework, database and test tools this agent works with, and the versions it assumes.',
    phases: [
      { title: 'Research and Analysis', purpose: 'Read the existing routes, models and tests to learn the project conventions.', tools: 'Read, Grep, Glob' },
      { title: 'Implementation', purpose: 'Write the handler, its validation and its tests, following those conventions.', tools: 'Edit, Write, Bash' },
      { title: 'Verification', purpose: 'Run the test suite and call the endpoint once by hand.', tools: 'Bash, Read' },
    ],
  },
  'strategic-planner': {
    role: 'Systems Architect',
    roleSummary: 'who weighs design options and writes down the decision and its reasons',
    whenToUse: 'when a design decision needs options, trade-offs and a recommendation',
    specialty: 'system-architecture',
    tags: 'architecture',
    useCase: 'choosing between designs',
    philosophy: 'Decide on Evidence',
    philosophyText: 'Every recommendation names the options considered and the facts that ruled the others out.',
    phases: [
      { title: 'Research and Analysis', purpose: 'Map the current system, its constraints and the forces behind the question.', tools: 'Read, Grep, Glob, WebSearch' },
      { title: 'Design', purpose: 'Sketch two or three options and compare them on the constraints found in Phase 1.', tools: 'Read, Write' },
      { title: 'Recommendation', purpose: 'Write the decision record: the choice, its reasons and what would change it.', tools: 'Write, Edit' },
    ],
  },
  'methodology-specialist': {
    role: 'Test-First Coach',
    roleSummary: 'who applies test-driven development one small cycle at a time',
    whenToUse: 'when a feature should be built test-first',
    specialty: 'test-driven-development',
    tags: 'testing',
    useCase: 'test-first feature work',
    philosophy: 'Red, Green, Refactor',
    philosophyText: 'No production code without a failing test that asks for it; clean up only while the tests are green.',
    phases: [
      { title: 'Understand', purpose: 'Turn the request into a short list of behaviours, each small enough for one test.', tools: 'Read, Grep' },
      { title: 'Cycle', purpose: 'For each behaviour: write a failing test, make it pass, then refactor.', tools: 'Edit, Write, Bash' },
      { title: 'Review', purpose: 'Run the whole suite and read the diff once more for names and duplication.', tools: 'Bash, Read' },
    ],
  },
};

/** Characters with a meaning in snippet syntax, escaped so a literal value stays literal. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** `${n|a,b|}` with `first` listed first (so it is the default), then the rest. */
function modelChoice(tabstop: number, first: string, others: readonly string[]): string {
  const values = [first, ...others.filter((m) => m !== first)];
  return `\${${tabstop}|${values.map((v) => v.replace(/[\\,|]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/** Models a class suggests first; haiku is left out for methodology specialists (CAMI v5 advice). */
function modelsFor(kind: AgentKind): { first: string; others: readonly string[] } {
  const aliases = MODEL_ALIASES.filter((m) => m !== 'fable');
  if (kind === 'subagent') return { first: 'inherit', others: aliases };
  const suggested = CLASS_MODEL[kind] ?? 'sonnet';
  return { first: suggested, others: kind === 'methodology-specialist' ? aliases.filter((m) => m !== 'haiku') : aliases };
}

/** The name line's value: the chosen name, else a placeholder defaulting to the file name. */
function nameValue(options: WholeAgentOptions): string {
  return options.name !== undefined ? escapeSnippetText(options.name) : '${1:${TM_FILENAME_BASE}}';
}

function modelValue(kind: AgentKind, options: WholeAgentOptions, tabstop: number): string {
  if (options.model !== undefined) return escapeSnippetText(options.model);
  const { first, others } = modelsFor(kind);
  return modelChoice(tabstop, first, others);
}

/** A Claude Code subagent: frontmatter with the common optional fields, and a short body. */
export function subagentSnippet(options: WholeAgentOptions = {}): string {
  return [
    '---',
    `name: ${nameValue(options)}`,
    'description: ${2:Use this agent when a change needs a careful second reading before it is merged.}',
    'tools: ${3:Read, Grep, Glob}',
    `model: ${modelValue('subagent', options, 4)}`,
    '---',
    '',
    'You are ${5:a code reviewer who reads changes for correctness, clarity and risk}.',
    '',
    '${6:When invoked, read the diff, then report problems in order of severity, each with the line it concerns and a suggested fix.}',
    '$0',
  ].join('\n');
}

/** A complete three-phase specialist of one class: frontmatter and the whole body skeleton. */
export function specialistSnippet(kind: Exclude<AgentKind, 'subagent'>, options: WholeAgentOptions = {}): string {
  const example = EXAMPLES[kind];
  const weights = SPECIALIST_CLASSES.find((c) => c.id === kind)?.phaseWeights;
  const lines = [
    '---',
    `name: ${nameValue(options)}`,
    'version: "1.0.0"',
    `description: Use this agent \${2:${example.whenToUse}}.`,
    `class: ${kind}`,
    `specialty: \${3:${example.specialty}}`,
    `model: ${modelValue(kind, options, 4)}`,
    `tags: ["\${5:${example.tags}}"]`,
    `use_cases: ["\${6:${example.useCase}}"]`,
    ...(kind === 'methodology-specialist' ? ['skill_aware: true'] : []),
    '---',
    '',
    `You are the \${7:${example.role}}, \${8:${example.roleSummary}}.`,
    '',
    `## Core Philosophy: \${9:${example.philosophy}}`,
    '',
    `\${10:${example.philosophyText}}`,
  ];
  let next = 11;
  if (example.stack) {
    lines.push('', '## Technology Stack', '', `\${${next}:${example.stack}}`);
    next += 1;
  }
  const methodology = methodologyLines(example.phases, weights, next);
  lines.push('', ...methodology.lines);
  next = methodology.next;
  lines.push(
    '',
    '## Documentation Strategy',
    '',
    `\${${next}:What this agent writes down, where, and for whom.}`,
    '',
    '## Decision-Making Framework',
    '',
    `\${${next + 1}:How this agent chooses between options, and when it stops to ask.}`,
  );
  next += 2;
  const boundaries = boundariesLines(next);
  lines.push('', ...boundaries.lines);
  next = boundaries.next;
  lines.push('', '## Quality Standards', '', `- \${${next}:Work is finished only when it is verified, not when it is written}`);
  next += 1;
  const checklist = checklistLines(next);
  lines.push('', ...checklist.lines, '$0');
  return lines.join('\n');
}

/** The snippet for any kind of agent. */
export function wholeAgentSnippet(kind: AgentKind, options: WholeAgentOptions = {}): string {
  return kind === 'subagent' ? subagentSnippet(options) : specialistSnippet(kind, options);
}
