/**
 * Claude Code's built-in tool names, as of mid-2026. The list ages: users extend it with
 * `agentsmith.extraTools`, and updating it here is a one-line change.
 */
export const CLAUDE_CODE_TOOLS: readonly string[] = [
  'Agent',
  'Artifact',
  'AskUserQuestion',
  'Bash',
  'CronCreate',
  'CronDelete',
  'CronList',
  'Edit',
  'EndConversation',
  'EnterPlanMode',
  'EnterWorktree',
  'ExitPlanMode',
  'ExitWorktree',
  'Glob',
  'Grep',
  'ListAgents',
  'ListMcpResourcesTool',
  'LSP',
  'Monitor',
  'NotebookEdit',
  'PowerShell',
  'PushNotification',
  'Read',
  'ReadMcpResourceTool',
  'RemoteTrigger',
  'ReportFindings',
  'ScheduleWakeup',
  'SendMessage',
  'SendUserFile',
  'ShareOnboardingGuide',
  'Skill',
  'TaskCreate',
  'TaskGet',
  'TaskList',
  'TaskOutput',
  'TaskStop',
  'TaskUpdate',
  'TodoWrite',
  'ToolSearch',
  'WaitForMcpServers',
  'WebFetch',
  'WebSearch',
  'Workflow',
  'Write',
];

/**
 * Old names Claude Code still accepts as aliases of a current tool. Writing them works, so
 * they are only worth a gentle note and a rename.
 */
export const TOOL_ALIASES: Readonly<Record<string, string>> = {
  Task: 'Agent',
};

/**
 * Names that older Claude Code versions had and current ones do not: an agent that lists
 * them simply does not get that tool. The value is the tool that does the job now.
 */
export const LEGACY_TOOLS: Readonly<Record<string, string>> = {
  MultiEdit: 'Edit',
  LS: 'Glob',
  BashOutput: 'TaskOutput',
  KillBash: 'TaskStop',
  KillShell: 'TaskStop',
};

/** One-line summaries for hover and completion. Tools without an entry still validate. */
export const TOOL_DOCS: Readonly<Record<string, string>> = {
  Agent: 'Starts a subagent. `Agent(a, b)` limits which agent types this one may start.',
  AskUserQuestion: 'Asks the user a multiple-choice question.',
  Bash: 'Runs shell commands. `Bash(npm run *)` limits it to matching commands.',
  Edit: 'Makes targeted edits to a file.',
  Glob: 'Finds files by name pattern.',
  Grep: 'Searches file contents with regular expressions.',
  LSP: 'Queries language servers for definitions, references and diagnostics.',
  NotebookEdit: 'Edits Jupyter notebook cells.',
  PowerShell: 'Runs PowerShell commands (Windows).',
  Read: 'Reads files. `Read(~/secrets/**)` limits it to matching paths.',
  Skill: 'Runs a skill from `.claude/skills/`.',
  TaskCreate: 'Adds an item to the task list.',
  TaskOutput: 'Reads the output of a background task or shell.',
  TaskStop: 'Stops a background task or shell.',
  TodoWrite: 'Maintains the session\'s todo list.',
  WebFetch: 'Fetches a URL. `WebFetch(domain:example.com)` limits it to one domain.',
  WebSearch: 'Searches the web.',
  Write: 'Creates or overwrites a file.',
};
