/** Allowed values of Claude Code's small enum fields, each with a short explanation. */

export const PERMISSION_MODES: Readonly<Record<string, string>> = {
  default: 'Ask before each action that needs permission, as the main session does.',
  acceptEdits: 'Accept file edits without asking; other actions still ask.',
  auto: 'Let Claude Code decide per action, asking only for risky ones.',
  dontAsk: 'Never ask: actions that would need permission are denied instead.',
  bypassPermissions: 'Skip all permission checks. Use only in a sandbox.',
  plan: 'Read-only planning: the agent may look but not change anything.',
  manual: 'Ask for every action, even those normally allowed.',
};

export const EFFORT_LEVELS: Readonly<Record<string, string>> = {
  low: 'Answer quickly with little deliberation.',
  medium: 'Balanced reasoning effort.',
  high: 'Think more before answering.',
  xhigh: 'Think a lot more; slower.',
  max: 'The most reasoning the model allows; slowest and costliest.',
};

export const MEMORY_SCOPES: Readonly<Record<string, string>> = {
  user: 'Remember across all projects of this user (`~/.claude/`).',
  project: 'Remember within this project, shared through the repository.',
  local: 'Remember within this project on this machine only (not committed).',
};

export const ISOLATION_MODES: Readonly<Record<string, string>> = {
  worktree: 'Run the agent in its own git worktree so its edits do not touch your working copy until merged.',
};

export const BOOLEAN_DOCS: Readonly<Record<string, string>> = {
  true: 'Enabled.',
  false: 'Disabled.',
};
