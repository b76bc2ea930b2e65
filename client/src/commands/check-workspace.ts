/**
 * "Agentsmith: Check Workspace" — asks the server to check every agent file of the workspace,
 * the closed ones too (the server publishes their problems as diagnostics, so they land in
 * the Problems panel like an open file's), then reveals the Problems panel and says what was
 * found. Resolves with the server's counts (tests read them), or undefined.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { CHECK_WORKSPACE_COMMAND, type CheckWorkspaceResult } from '../../../server/src/protocol/check-workspace';
import type { Command } from './command';
import type { AgentServer } from './new-agent';

export class CheckWorkspaceCommand implements Command {
  readonly id = 'agentsmith.checkWorkspace';

  constructor(private readonly server: AgentServer) {}

  async execute(): Promise<CheckWorkspaceResult | undefined> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Agentsmith: checking the agent files of the workspace…' },
      () => this.server.sendRequest<CheckWorkspaceResult | null>(ExecuteCommandRequest.method, { command: CHECK_WORKSPACE_COMMAND, arguments: [] }),
    );
    if (!result) {
      void vscode.window.showErrorMessage('Agentsmith: the workspace could not be checked; see the Agentsmith output channel.');
      return undefined;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(describeResult(result));
    return result;
  }
}

/** "Agentsmith checked 12 agent files: 3 problems (1 error, 2 warnings)." */
export function describeResult(result: CheckWorkspaceResult): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const files = `Agentsmith checked ${plural(result.files, 'agent file')}`;
  if (result.problems === 0) return `${files}: no problems.`;
  const bySeverity = [result.errors > 0 ? plural(result.errors, 'error') : '', result.warnings > 0 ? plural(result.warnings, 'warning') : ''].filter(Boolean);
  const others = result.problems - result.errors - result.warnings;
  if (others > 0) bySeverity.push(`${others} ${others === 1 ? 'suggestion' : 'suggestions'}`);
  return `${files}: ${plural(result.problems, 'problem')} (${bySeverity.join(', ')}).`;
}
