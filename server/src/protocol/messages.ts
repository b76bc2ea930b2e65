/**
 * Agentsmith's own LSP messages, beyond the standard protocol: the one place where the server
 * and the VS Code client agree on their names and shapes. Plain method names and types (no
 * runtime imports), so either side, and the preview's pure renderer, can use them.
 */
import type { AgentModel } from '../core/features/agent-model';

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
