/**
 * Building blocks of the three-phase skeleton in snippet syntax. The whole-agent snippets and
 * the piece-by-piece snippets are made from these, so a phase reads the same whether it comes
 * alone or inside a whole agent. Every function takes the first tabstop number to use and
 * returns the lines plus the next free number, because tabstop numbers must not repeat within
 * one snippet (a repeated number would mirror the text).
 */

export interface SnippetLines {
  lines: string[];
  /** The next unused tabstop number. */
  next: number;
}

/** One phase's default title, what it is for, and the tools it uses. */
export interface PhaseText {
  title: string;
  purpose: string;
  tools: string;
}

/** Default phases (in our own words), used by the piece-by-piece snippets. */
export const PHASES: readonly [PhaseText, PhaseText, PhaseText] = [
  {
    title: 'Research and Analysis',
    purpose: 'Read the request and the code it touches; find the constraints and the existing conventions before changing anything.',
    tools: 'Read, Grep, Glob',
  },
  {
    title: 'Implementation',
    purpose: 'Make the change in small, reviewable steps that follow the conventions found in Phase 1.',
    tools: 'Edit, Write, Bash',
  },
  {
    title: 'Verification',
    purpose: 'Run the checks that prove the work is done and report what was verified and what was not.',
    tools: 'Bash, Read',
  },
];

/**
 * `### Phase N: Title (w%)`, a line on what the phase does, and its `**Tools**:` line.
 * `numberText` is literal text or a tabstop (the single-phase snippet lets the user pick N);
 * the weight is left out when the class gives none.
 */
export function phaseLines(numberText: string, phase: PhaseText, weight: number | undefined, first: number): SnippetLines {
  return {
    lines: [
      `### Phase ${numberText}: \${${first}:${phase.title}}${weight === undefined ? '' : ` (${weight}%)`}`,
      '',
      `\${${first + 1}:${phase.purpose}}`,
      '',
      `**Tools**: \${${first + 2}:${phase.tools}}`,
    ],
    next: first + 3,
  };
}

/** `## Three-Phase Specialist Methodology` with its three phases. */
export function methodologyLines(
  phases: readonly [PhaseText, PhaseText, PhaseText],
  weights: readonly number[] | undefined,
  first: number,
): SnippetLines {
  const lines = ['## Three-Phase Specialist Methodology'];
  let next = first;
  for (let index = 0; index < 3; index++) {
    const phase = phaseLines(String(index + 1), phases[index], weights?.[index], next);
    lines.push('', ...phase.lines);
    next = phase.next;
  }
  return { lines, next };
}

/** `## Boundaries and Limitations` with a `**You DO**:` and a `**You DON'T**:` list. */
export function boundariesLines(first: number): SnippetLines {
  return {
    lines: [
      '## Boundaries and Limitations',
      '',
      '**You DO**:',
      `- \${${first}:Work inside the specialty named in the frontmatter}`,
      `- \${${first + 1}:Say what you checked and what you could not check}`,
      '',
      "**You DON'T**:",
      `- \${${first + 2}:Change code outside the task without asking}`,
      `- \${${first + 3}:Guess at requirements; ask when they are unclear}`,
    ],
    next: first + 4,
  };
}

/** `## Self-Verification Checklist` with `- [ ]` items. */
export function checklistLines(first: number): SnippetLines {
  return {
    lines: [
      '## Self-Verification Checklist',
      '',
      `- [ ] \${${first}:The change does what the request asked for}`,
      `- [ ] \${${first + 1}:Every check named in Phase 3 was run and passed}`,
      `- [ ] \${${first + 2}:Nothing outside the boundaries above was touched}`,
    ],
    next: first + 3,
  };
}
