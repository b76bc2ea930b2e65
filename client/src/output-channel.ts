/**
 * The extension's one output channel ("Agentsmith"), shared by the language client (server
 * logs and protocol traces) and the "Show Output" command. Created on first use, never at
 * import or activation time, so an idle extension adds nothing to the Output view.
 */
import * as vscode from 'vscode';

export const OUTPUT_CHANNEL_NAME = 'Agentsmith';

export class LazyOutputChannel implements vscode.Disposable {
  private channel: vscode.OutputChannel | undefined;

  get(): vscode.OutputChannel {
    this.channel ??= vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
    return this.channel;
  }

  get created(): boolean {
    return this.channel !== undefined;
  }

  dispose(): void {
    this.channel?.dispose();
    this.channel = undefined;
  }
}
