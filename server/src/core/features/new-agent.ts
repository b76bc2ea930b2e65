/**
 * What "Agentsmith: New Agent" needs from the core: the name rules (the same ones the
 * `name-format` rule applies, plus CAMI's naming advice as a warning), the kinds of agent and
 * models to choose from, and the file content as a snippet. The client asks the server for
 * these, so no rule is duplicated in the client.
 */
import { describeClass, SPECIALIST_CLASSES } from '../schema/data/classes';
import { MODEL_ALIAS_DOCS, MODEL_ALIASES } from '../schema/data/models';
import { AGENT_KINDS, type AgentKind, wholeAgentSnippet } from '../snippets/index';
import { isKebabCase, toKebabCase } from '../util/kebab-case';

export interface AgentNameCheck {
  /** `error` blocks the name; `warning` is advice; undefined when the name is fine. */
  severity?: 'error' | 'warning';
  message?: string;
}

/** Words CAMI's agent-architect advises against: they say nothing about what the agent does. */
const GENERIC_WORDS = new Set(['agent', 'assistant', 'helper', 'bot']);

export function checkAgentName(rawName: string): AgentNameCheck {
  const name = rawName.trim();
  if (name === '') return { severity: 'error', message: 'Type a name: lowercase words joined by hyphens, e.g. `api-designer`.' };
  const kebab = toKebabCase(name);
  const example = kebab && kebab !== name ? `, e.g. \`${kebab}\`` : '';
  if (name.includes(':') || name.startsWith('-')) {
    const what = name.includes(':') ? 'contains `:`' : 'starts with `-`';
    return { severity: 'error', message: `A name that ${what} is not loaded by Claude Code; use lowercase words joined by hyphens${example}.` };
  }
  if (!isKebabCase(name)) return { severity: 'error', message: `Use lowercase letters, digits and single hyphens${example}.` };
  const words = name.split('-');
  if (words.some((word) => GENERIC_WORDS.has(word))) {
    return { severity: 'warning', message: 'Words like `helper` or `assistant` say little; a name that says what the agent does is easier to pick.' };
  }
  if (words.length > 4) return { severity: 'warning', message: 'Agent names read best with two to four words.' };
  return {};
}

export interface AgentKindChoice {
  kind: AgentKind;
  label: string;
  detail: string;
  /** The model offered first for this kind. */
  suggestedModel: string;
}

export interface ModelChoice {
  model: string;
  detail: string;
}

export interface NewAgentChoices {
  kinds: AgentKindChoice[];
  models: ModelChoice[];
}

export function newAgentChoices(): NewAgentChoices {
  const kinds: AgentKindChoice[] = AGENT_KINDS.map((kind) => {
    if (kind === 'subagent') {
      return {
        kind,
        label: 'Claude Code subagent',
        detail: 'name, description, tools and model, and a system prompt; no fixed body structure',
        suggestedModel: 'inherit',
      };
    }
    const specialistClass = SPECIALIST_CLASSES.find((c) => c.id === kind)!;
    return {
      kind,
      label: `Three-phase specialist: ${kind}`,
      detail: describeClass(specialistClass).replace(/`/g, ''),
      suggestedModel: specialistClass.suggestedModel,
    };
  });
  // Quick picks show plain text: the docs' Markdown code marks would show as backticks.
  const models = MODEL_ALIASES.map((model) => ({ model, detail: (MODEL_ALIAS_DOCS[model] ?? '').replace(/`/g, '') }));
  return { kinds, models };
}

/** The new file's content in snippet syntax; the name and model are literal, the rest placeholders. */
export function newAgentSnippet(kind: AgentKind, name: string, model: string): string {
  return wholeAgentSnippet(kind, { name: name.trim(), model: model.trim() });
}
