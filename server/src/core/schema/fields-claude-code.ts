/**
 * The frontmatter fields Claude Code reads from a subagent file, as data. Every description
 * is Markdown shown in hover and completion, so it says what the field does, what Claude
 * Code does with it and what happens when it is absent.
 */
import { z } from 'zod';
import type { FieldSpec } from './profile-schema';
import { CLAUDE_CODE_COLORS } from './data/colors';
import { EFFORT_LEVELS, ISOLATION_MODES, MEMORY_SCOPES, PERMISSION_MODES, BOOLEAN_DOCS } from './data/enums';
import { MODEL_ALIAS_DOCS } from './data/models';
import {
  anyText,
  booleanFlag,
  mapping,
  mcpServerList,
  nonEmptyText,
  oneOf,
  positiveInteger,
  stringOrList,
} from './validators';

export const SUBAGENTS_DOCS_URL = 'https://docs.anthropic.com/en/docs/claude-code/sub-agents';

export interface ModelFacts {
  models: readonly string[];
  isKnownModel(model: string): boolean;
}

function enumField(
  key: string,
  description: string,
  docs: Readonly<Record<string, string>>,
  what: string,
  defaultValue?: string,
): FieldSpec {
  const values = Object.keys(docs);
  return { key, description, kind: 'enum', values, valueDocs: docs, defaultValue, docsUrl: SUBAGENTS_DOCS_URL, validator: oneOf(values, what) };
}

const COLOR_DOCS: Readonly<Record<string, string>> = Object.fromEntries(
  CLAUDE_CODE_COLORS.map((c) => [c, `Shows the agent in ${c} in Claude Code's agent list and transcript.`]),
);

export function claudeCodeFields(modelFacts: ModelFacts): FieldSpec[] {
  const modelDocs: Record<string, string> = {};
  for (const model of modelFacts.models) {
    modelDocs[model] = MODEL_ALIAS_DOCS[model] ?? `Pins the full model id \`${model}\` instead of following an alias.`;
  }
  return [
    {
      key: 'name',
      description:
        'The agent\'s identifier: Claude Code delegates to it and lists it by this name. Lowercase letters, digits and hyphens (`code-reviewer`). ' +
        'Claude Code does not load an agent whose name is missing, contains `:` or starts with `-`. If two agents share a name, only one of them loads.',
      kind: 'string',
      required: 'error',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: nonEmptyText,
    },
    {
      key: 'description',
      description:
        'When Claude should hand work to this agent. Claude reads it to decide whether to delegate, so say when to use the agent, not just what it is; ' +
        'add "PROACTIVELY" to encourage automatic use. Required: without it the agent is not loaded. ' +
        'Long descriptions with `: ` or several lines must be quoted or written as a `>-` block scalar, or the YAML does not parse.',
      kind: 'string',
      required: 'error',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: nonEmptyText,
    },
    {
      key: 'tools',
      description:
        'The tools the agent may use, as a comma-separated string (`Read, Grep, Glob`) or a YAML list. ' +
        'Entries can carry a specifier (`Bash(npm run *)`, `Agent(explorer, planner)`, `WebFetch(domain:example.com)`) or name MCP tools (`mcp__server`, `mcp__server__tool`, `mcp__server__*`). ' +
        'Unknown names are ignored.',
      kind: 'tool-list',
      defaultValue: 'every tool of the main conversation, MCP tools included',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: stringOrList,
    },
    {
      key: 'disallowedTools',
      description:
        'Tools the agent must not use, in the same syntax as `tools`. When both are set, this list is applied first. Handy to take one tool away while inheriting the rest.',
      kind: 'tool-list',
      defaultValue: 'nothing is denied',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: stringOrList,
    },
    {
      key: 'model',
      description:
        'The model the agent runs on: an alias (`sonnet`, `opus`, `haiku`, `fable`), `inherit`, or a full model id such as `claude-opus-4-5`. ' +
        'Claude Code falls back to the main conversation\'s model when it does not recognise the value.',
      kind: 'enum',
      values: modelFacts.models,
      valueDocs: modelDocs,
      defaultValue: '`inherit` (the main conversation\'s model)',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: z.string({ error: 'must be a model alias or id' }).refine((m) => modelFacts.isKnownModel(m), {
        error: 'is not a model Claude Code knows',
      }),
    },
    enumField(
      'permissionMode',
      'How the agent handles actions that need permission (edits, shell commands). Overrides the session\'s mode for this agent only.',
      PERMISSION_MODES,
      'permission mode',
      'the main conversation\'s permission mode',
    ),
    {
      key: 'maxTurns',
      description: 'The most agentic turns (model replies with tool calls) the agent may take before it has to stop and report. A positive whole number.',
      kind: 'integer',
      defaultValue: 'no agent-specific limit',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: positiveInteger,
    },
    {
      key: 'skills',
      description:
        'Skills loaded into the agent\'s context when it starts, by name (the folder name under `.claude/skills/`). Subagents do not see the session\'s skills otherwise.',
      kind: 'string-list',
      defaultValue: 'no skills preloaded',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: stringOrList,
    },
    {
      key: 'mcpServers',
      description:
        'MCP servers available to this agent: names of servers already configured, or inline server configurations. Lets an agent use a server the main conversation does not load.',
      kind: 'object',
      defaultValue: 'the main conversation\'s MCP servers',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: mcpServerList,
    },
    {
      key: 'hooks',
      description:
        'Lifecycle hooks that run only while this agent is active, in the same shape as the `hooks` section of Claude Code settings (event → matchers → commands). ' +
        'Write a mapping; `hooks: []` makes Claude Code drop the agent.',
      kind: 'object',
      defaultValue: 'no agent-specific hooks',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: mapping,
    },
    enumField('memory', 'Gives the agent a persistent memory folder and says how widely it is shared.', MEMORY_SCOPES, 'memory scope', 'no persistent memory'),
    {
      key: 'background',
      description: 'When `true`, the agent always runs as a background task: the main conversation continues while it works.',
      kind: 'boolean',
      values: ['true', 'false'],
      valueDocs: BOOLEAN_DOCS,
      defaultValue: '`false`',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: booleanFlag,
    },
    enumField('effort', 'How much reasoning effort the model spends. Higher effort is slower and costs more.', EFFORT_LEVELS, 'effort level', 'the session\'s effort level'),
    enumField('isolation', 'Runs the agent in an isolated copy of the repository.', ISOLATION_MODES, 'isolation mode', 'no isolation: the agent works in your working copy'),
    {
      key: 'color',
      description: 'The colour Claude Code uses for the agent in its interface. One of eight names; other names are ignored.',
      kind: 'enum',
      values: CLAUDE_CODE_COLORS,
      valueDocs: COLOR_DOCS,
      defaultValue: 'an automatically chosen colour',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: oneOf(CLAUDE_CODE_COLORS, 'colour'),
    },
    {
      key: 'initialPrompt',
      description: 'A first user message sent automatically when the agent runs as the main session agent (`claude --agent`).',
      kind: 'string',
      defaultValue: 'none',
      docsUrl: SUBAGENTS_DOCS_URL,
      validator: anyText,
    },
  ];
}
