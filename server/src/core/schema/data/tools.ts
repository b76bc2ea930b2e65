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
  CronCreate: 'Schedules a prompt to run later or on a recurring schedule.',
  CronDelete: 'Cancels a scheduled prompt.',
  CronList: 'Lists the scheduled prompts.',
  Edit: 'Makes targeted edits to a file.',
  EnterPlanMode: 'Switches to plan mode: explore and plan without changing files.',
  EnterWorktree: 'Moves the work into a separate git worktree.',
  ExitPlanMode: 'Presents the plan and leaves plan mode once the user approves it.',
  ExitWorktree: 'Leaves the git worktree entered with `EnterWorktree`.',
  Glob: 'Finds files by name pattern.',
  Grep: 'Searches file contents with regular expressions.',
  ListMcpResourcesTool: 'Lists the resources that connected MCP servers offer.',
  LSP: 'Queries language servers for definitions, references and diagnostics.',
  NotebookEdit: 'Edits Jupyter notebook cells.',
  PowerShell: 'Runs PowerShell commands (Windows).',
  Read: 'Reads files. `Read(~/secrets/**)` limits it to matching paths.',
  ReadMcpResourceTool: 'Reads one resource from an MCP server.',
  SendMessage: 'Sends a message to another agent of the session.',
  Skill: 'Runs a skill from `.claude/skills/`.',
  TaskCreate: 'Adds an item to the task list.',
  TaskGet: 'Reads one item of the task list.',
  TaskList: 'Lists the items of the task list.',
  TaskOutput: 'Reads the output of a background task or shell.',
  TaskStop: 'Stops a background task or shell.',
  TaskUpdate: 'Updates an item of the task list (status, details).',
  TodoWrite: 'Maintains the session\'s todo list.',
  ToolSearch: 'Finds and loads tools that are not loaded up front, such as large sets of MCP tools.',
  WaitForMcpServers: 'Waits until the MCP servers have finished connecting.',
  WebFetch: 'Fetches a URL. `WebFetch(domain:example.com)` limits it to one domain.',
  WebSearch: 'Searches the web.',
  Write: 'Creates or overwrites a file.',
};
