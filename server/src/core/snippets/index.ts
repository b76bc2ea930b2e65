import type { AgentSnippet } from './agent-snippet';
import { boundariesLines, checklistLines, methodologyLines, PHASES, phaseLines } from './skeleton-parts';
import { specialistSnippet, subagentSnippet } from './whole-agent';

export type { AgentSnippet } from './agent-snippet';
export { AGENT_KINDS, type AgentKind, escapeSnippetText, isAgentKind, wholeAgentSnippet, type WholeAgentOptions } from './whole-agent';

const BOTH = ['claude-code', 'three-phase'] as const;
const THREE_PHASE = ['three-phase'] as const;

/**
 * Every snippet, in the order the suggest widget should list them. Whole agents are offered in
 * a file that is still empty (its profile is `claude-code` until the skeleton is there, hence
 * both profiles); the skeleton pieces in a three-phase body, except the methodology block,
 * which is also how a plain subagent becomes a three-phase one.
 */
export const agentSnippets: readonly AgentSnippet[] = [
  {
    id: 'agent-workflow-specialist',
    prefix: 'agent-workflow',
    label: 'Three-phase agent: workflow specialist',
    description:
      'A complete three-phase specialist of class `workflow-specialist` (CAMI v4): frontmatter, identity, Core Philosophy, the methodology with phase weights 15 / 70 / 15, boundaries and the Self-Verification Checklist. Suggested model: `haiku`.',
    where: 'empty-file',
    profiles: BOTH,
    body: specialistSnippet('workflow-specialist'),
  },
  {
    id: 'agent-technology-implementer',
    prefix: 'agent-technology',
    label: 'Three-phase agent: technology implementer',
    description:
      'A complete three-phase specialist of class `technology-implementer` (CAMI v4), with a Technology Stack section and phase weights 30 / 55 / 15. Suggested model: `sonnet`.',
    where: 'empty-file',
    profiles: BOTH,
    body: specialistSnippet('technology-implementer'),
  },
  {
    id: 'agent-strategic-planner',
    prefix: 'agent-strategic',
    label: 'Three-phase agent: strategic planner',
    description:
      'A complete three-phase specialist of class `strategic-planner` (CAMI v4 and v5), with phase weights 45 / 30 / 25: most effort goes into analysis. Suggested model: `opus`.',
    where: 'empty-file',
    profiles: BOTH,
    body: specialistSnippet('strategic-planner'),
  },
  {
    id: 'agent-methodology-specialist',
    prefix: 'agent-methodology',
    label: 'Three-phase agent: methodology specialist',
    description:
      'A complete three-phase specialist of class `methodology-specialist` (CAMI v5) with `skill_aware: true`. CAMI gives this class no phase weights, so the phase headings carry none. Suggested model: `sonnet`.',
    where: 'empty-file',
    profiles: BOTH,
    body: specialistSnippet('methodology-specialist'),
  },
  {
    id: 'subagent',
    prefix: 'subagent',
    label: 'Claude Code subagent',
    description:
      'A Claude Code subagent: frontmatter with `name` (the file name by default), `description`, `tools` and `model`, and a short system prompt to replace.',
    where: 'empty-file',
    profiles: BOTH,
    body: subagentSnippet(),
  },
  {
    id: 'hooks',
    prefix: 'hooks',
    label: 'hooks: run a command before a tool',
    description:
      'A `hooks` mapping that runs a shell command before every use of a tool while this agent is active (same shape as the `hooks` section of Claude Code settings).',
    where: 'frontmatter',
    profiles: BOTH,
    body: ['hooks:', '  ${1|PreToolUse,PostToolUse|}:', '    - matcher: "${2:Bash}"', '      hooks:', '        - type: command', '          command: "${3:./scripts/check-command.sh}"', '$0'].join('\n'),
  },
  {
    id: 'methodology',
    prefix: 'methodology',
    label: 'Three-Phase Specialist Methodology',
    description: 'The `## Three-Phase Specialist Methodology` section with Phase 1, 2 and 3, each ending in its `**Tools**:` line.',
    where: 'body',
    profiles: BOTH,
    body: [...methodologyLines(PHASES, undefined, 1).lines, '$0'].join('\n'),
  },
  {
    id: 'phase',
    prefix: 'phase',
    label: 'Phase with its Tools line',
    description: 'One `### Phase N: Title` of the methodology: what the phase does, then the `**Tools**:` line naming the tools it uses.',
    where: 'body',
    profiles: THREE_PHASE,
    body: [...phaseLines('${1|1,2,3|}', PHASES[0], undefined, 2).lines, '$0'].join('\n'),
  },
  {
    id: 'boundaries',
    prefix: 'boundaries',
    label: 'Boundaries and Limitations',
    description: "The `## Boundaries and Limitations` section: a `**You DO**:` list and a `**You DON'T**:` list.",
    where: 'body',
    profiles: THREE_PHASE,
    body: [...boundariesLines(1).lines, '$0'].join('\n'),
  },
  {
    id: 'checklist',
    prefix: 'checklist',
    label: 'Self-Verification Checklist',
    description: 'The `## Self-Verification Checklist` section with `- [ ]` items the agent ticks off before it reports back.',
    where: 'body',
    profiles: THREE_PHASE,
    body: [...checklistLines(1).lines, '$0'].join('\n'),
  },
  {
    id: 'checklist-item',
    prefix: 'check',
    label: 'Checklist item',
    description: 'One `- [ ]` item of the Self-Verification Checklist: a concrete, checkable statement about the finished work.',
    where: 'body',
    profiles: THREE_PHASE,
    body: '- [ ] ${1:The result was checked against the original request}$0',
  },
];
