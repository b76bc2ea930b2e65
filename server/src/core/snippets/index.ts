import type { AgentSnippet } from './agent-snippet';

export type { AgentSnippet } from './agent-snippet';

/** Every snippet, in the order the suggest widget should list them. */
export const agentSnippets: readonly AgentSnippet[] = [];
