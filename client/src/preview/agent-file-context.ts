/**
 * Keeps the context key `agentsmith.agentFilePaths` — the `resourcePath` of every open document
 * that could be an agent file (the client's cheap guess, `agent-file-gate.ts`) — so that
 * `package.json` can show the preview button and keybinding with
 * `resourcePath in agentsmith.agentFilePaths`: per editor, only on agent files, never on an
 * ordinary Markdown file. (`resourceLangId` alone would put the button on every README.)
 */
import * as vscode from 'vscode';
import { HEAD_LINES } from '../agent-file-gate';
import { couldBeAgentDocument } from '../server-controller';

export const AGENT_FILE_PATHS_KEY = 'agentsmith.agentFilePaths';

/** What VS Code puts in `resourcePath`: the file-system path for `file:`, the URI path otherwise. */
export function resourcePathOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

export class AgentFileContext implements vscode.Disposable {
  private readonly paths = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.update(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.remove(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // Only edits near the top can change the answer (frontmatter `name:`/`description:`).
        if (event.contentChanges.some((change) => change.range.start.line < HEAD_LINES)) this.update(event.document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agentsmith.files')) this.updateAll();
      }),
    ];
    this.updateAll();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private updateAll(): void {
    let changed = false;
    for (const document of vscode.workspace.textDocuments) changed = this.set(document, couldBeAgentDocument(document)) || changed;
    if (changed || this.paths.size === 0) this.publish();
  }

  private update(document: vscode.TextDocument): void {
    if (this.set(document, couldBeAgentDocument(document))) this.publish();
  }

  private remove(document: vscode.TextDocument): void {
    if (this.set(document, false)) this.publish();
  }

  /** Returns whether the set changed. */
  private set(document: vscode.TextDocument, isAgent: boolean): boolean {
    const path = resourcePathOf(document.uri);
    if (isAgent === this.paths.has(path)) return false;
    if (isAgent) this.paths.add(path);
    else this.paths.delete(path);
    return true;
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', AGENT_FILE_PATHS_KEY, [...this.paths]);
  }
}
