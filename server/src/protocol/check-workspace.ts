/**
 * Check Workspace: the server command that checks every agent file of the workspace, the
 * closed ones read from disk, and publishes the closed files' problems
 * (`textDocument/publishDiagnostics`, so it works in any LSP client). Run it with
 * `workspace/executeCommand`; no arguments.
 *
 * The id is not the VS Code command's (`agentsmith.checkWorkspace`): vscode-languageclient
 * registers every command the server advertises as a VS Code command of the same name.
 */
export const CHECK_WORKSPACE_COMMAND = 'agentsmith.server.checkWorkspace';

/** What Check Workspace found: agent files checked (open and closed) and their problems. */
export interface CheckWorkspaceResult {
  files: number;
  problems: number;
  errors: number;
  warnings: number;
}
