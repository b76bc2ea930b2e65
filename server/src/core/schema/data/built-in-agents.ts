/**
 * The agent types Claude Code ships (what `Agent(x)` may name without an agent file), as of
 * mid-2026. Matched ignoring case: prose writes "the explore agent" as often as "Explore".
 */
export const BUILT_IN_AGENTS: readonly string[] = ['general-purpose', 'Explore', 'Plan', 'statusline-setup', 'output-style-setup', 'claude-code-guide'];

const LOWER = new Set(BUILT_IN_AGENTS.map((name) => name.toLowerCase()));

export function isBuiltInAgent(name: string): boolean {
  return LOWER.has(name.toLowerCase());
}
