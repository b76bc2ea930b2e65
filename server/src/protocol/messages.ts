/**
 * Agentsmith's own LSP messages, beyond the standard protocol: the one place where the server
 * and the VS Code client agree on their names and shapes. Plain method names and types (no
 * runtime imports), so either side, and the preview's pure renderer, can use them.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { AgentModel } from '../core/features/agent-model';
import type { BumpLevel } from '../core/features/bump-version';
import type { AgentKind } from '../core/snippets/whole-agent';

export type {
  AgentModel,
  AgentModelCard,
  AgentModelChecklistItem,
  AgentModelField,
  AgentModelList,
  AgentModelPhase,
  AgentModelProblem,
  LineText,
} from '../core/features/agent-model';

/**
 * `agentsmith/agentModel` (client → server request): what the preview shows for one open
 * document, built from the same parse and diagnostics as the editor's. The server answers for
 * the newest version it has (it waits until the client's queued edits are applied); the client
 * drops an answer whose `version` is older than its document.
 */
export const AGENT_MODEL_METHOD = 'agentsmith/agentModel';

export interface AgentModelParams {
  textDocument: { uri: string };
}

/** `null` when the server does not have the document open (not Markdown, or already closed). */
export type AgentModelResult = AgentModel | null;

// --- New Agent ---------------------------------------------------------------------------------

export type { AgentKind, BumpLevel, TextEdit };
export type { AgentKindChoice, AgentNameCheck, ModelChoice, NewAgentChoices } from '../core/features/new-agent';

/**
 * `agentsmith/validateAgentName` (client → server request): the core's name rules, asked as
 * the user types a new agent's name. The result's `severity` is `error` (the name is refused),
 * `warning` (advice) or absent (fine).
 */
export const VALIDATE_AGENT_NAME_METHOD = 'agentsmith/validateAgentName';

export interface ValidateAgentNameParams {
  name: string;
}

/** `agentsmith/newAgentChoices` (client → server request, no parameters): the kinds of agent and the models to offer. */
export const NEW_AGENT_CHOICES_METHOD = 'agentsmith/newAgentChoices';

/**
 * `agentsmith/newAgentContent` (client → server request): the new file's content in snippet
 * syntax (`\n` line breaks; insert it with a SnippetString so the placeholders work). A response
 * error for an unknown kind or a name the rules refuse.
 */
export const NEW_AGENT_CONTENT_METHOD = 'agentsmith/newAgentContent';

export interface NewAgentContentParams {
  kind: AgentKind;
  name: string;
  model: string;
}

export interface NewAgentContentResult {
  snippet: string;
}

// --- Bump version ------------------------------------------------------------------------------

/**
 * `agentsmith/bumpVersion` (client → server request): the edit that bumps the frontmatter's
 * `version` of an open document, computed for the version the client names; when the server
 * has another version (or the file has no version to bump) the result has a `message` instead.
 */
export const BUMP_VERSION_METHOD = 'agentsmith/bumpVersion';

export interface BumpVersionParams {
  textDocument: { uri: string; version: number };
  level: BumpLevel;
}

export interface BumpVersionResult {
  edits?: TextEdit[];
  /** The version before and after, without quotes. */
  from?: string;
  to?: string;
  /** Why nothing was bumped, for the user. */
  message?: string;
}
