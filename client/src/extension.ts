/**
 * VS Code entry point (`dist/client.js`). Activation (on Markdown or `chatagent`) only wires
 * commands and a watcher; the language server starts when the first document that could be an
 * agent file is open.
 */
import type * as vscode from 'vscode';
import { createCommands, registerCommands } from './commands';
import { LazyOutputChannel } from './output-channel';
import { PreviewManager } from './preview/preview-manager';
import { ServerController } from './server-controller';

let server: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = new LazyOutputChannel();
  server = new ServerController(context, output);
  const previews = new PreviewManager(context.extensionUri, server, (message) => output.get().appendLine(message));
  context.subscriptions.push(output, server, previews, ...registerCommands(createCommands({ server, output, previews })));
  server.startWhenNeeded();
}

export async function deactivate(): Promise<void> {
  const stopping = server?.stop();
  server = undefined;
  await stopping;
}
