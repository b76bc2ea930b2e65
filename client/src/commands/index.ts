/** The command registry: adding a command = one file + one line here + package.json. */
import * as vscode from 'vscode';
import type { LazyOutputChannel } from '../output-channel';
import type { PreviewManager } from '../preview/preview-manager';
import type { ServerController } from '../server-controller';
import { BumpVersionCommand } from './bump-version';
import { CheckWorkspaceCommand } from './check-workspace';
import type { Command } from './command';
import { NewAgentCommand } from './new-agent';
import { OpenPreviewToSideCommand } from './open-preview-to-side';
import { RestartServerCommand } from './restart-server';
import { ShowOutputCommand } from './show-output';

export interface CommandDependencies {
  server: ServerController;
  output: LazyOutputChannel;
  previews: PreviewManager;
}

export function createCommands({ server, output, previews }: CommandDependencies): Command[] {
  return [
    new RestartServerCommand(server),
    new ShowOutputCommand(output),
    new OpenPreviewToSideCommand(previews),
    new NewAgentCommand(server),
    new BumpVersionCommand(server),
    new CheckWorkspaceCommand(server),
  ];
}

export function registerCommands(commands: readonly Command[]): vscode.Disposable[] {
  return commands.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args)));
}
