/**
 * Owns the language client's life: it starts the server when the first document that could be
 * an agent file is open (see `agent-file-gate.ts`), restarts it on request, and stops it on
 * deactivation. Until then it only watches document events, which costs nothing measurable.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { couldBeAgentFile, HEAD_LINES, isProjectConfigFile } from './agent-file-gate';
import { createLanguageClient } from './language-client';
import type { LazyOutputChannel } from './output-channel';

function hasIncludePatterns(scope?: vscode.Uri): boolean {
  const include = vscode.workspace.getConfiguration('agentsmith', scope).get<unknown>('files.include');
  return Array.isArray(include) && include.length > 0;
}

export function couldBeAgentDocument(document: vscode.TextDocument): boolean {
  return couldBeAgentFile(
    {
      languageId: document.languageId,
      scheme: document.uri.scheme,
      path: document.uri.path,
      readHead: () => document.getText(new vscode.Range(0, 0, Math.min(HEAD_LINES, document.lineCount), 0)),
    },
    { hasIncludePatterns: () => hasIncludePatterns(document.uri) },
  );
}

/** Documents the server has something to say about: possible agent files and `.agentsmith.json`. */
function needsServer(document: vscode.TextDocument): boolean {
  return couldBeAgentDocument(document) || isProjectConfigFile({ scheme: document.uri.scheme, path: document.uri.path });
}

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private watchers: vscode.Disposable[] = [];
  private transition: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: LazyOutputChannel,
  ) {}

  /** Starts the server now if an agent file is already open, else as soon as one is. */
  startWhenNeeded(): void {
    if (this.client) return;
    if (vscode.workspace.textDocuments.some(needsServer)) {
      void this.start();
      return;
    }
    const check = (document: vscode.TextDocument): void => {
      if (!this.client && needsServer(document)) void this.start();
    };
    this.watchers.push(
      vscode.workspace.onDidOpenTextDocument(check),
      // An untitled buffer becomes an agent file when someone types its frontmatter.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.some((change) => change.range.start.line < HEAD_LINES)) check(event.document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agentsmith.files')) vscode.workspace.textDocuments.forEach(check);
      }),
    );
  }

  /**
   * Sends one of Agentsmith's own requests (see `server/src/protocol/messages.ts`), starting the
   * server first when no agent file has started it yet. Undefined when it is not running.
   */
  async sendRequest<R>(method: string, params: unknown): Promise<R | undefined> {
    if (!this.client) await this.start();
    await this.transition;
    const client = this.client;
    if (!client) return undefined;
    try {
      return await client.sendRequest<R>(method, params);
    } catch (error) {
      this.output.get().appendLine(`Agentsmith: ${method} failed: ${String(error)}`);
      return undefined;
    }
  }

  get running(): boolean {
    return this.client !== undefined;
  }

  start(): Promise<void> {
    return this.serialize(async () => {
      if (this.client) return;
      this.stopWatching();
      const client = createLanguageClient(this.context, this.output.get());
      this.client = client;
      try {
        await client.start();
      } catch (error) {
        this.output.get().appendLine(`Agentsmith: the language server did not start: ${String(error)}`);
      }
    });
  }

  /** "Agentsmith: Restart Server": a fresh server process, or the first one if none ran yet. */
  restart(): Promise<void> {
    return this.serialize(async () => {
      if (!this.client) return;
      await this.client.restart();
    }).then(() => (this.client ? undefined : this.start()));
  }

  stop(): Promise<void> {
    return this.serialize(async () => {
      const client = this.client;
      this.client = undefined;
      if (client) await client.dispose(2000);
    });
  }

  dispose(): void {
    this.stopWatching();
    void this.stop();
  }

  private stopWatching(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  /** Start, restart and stop never overlap: each waits for the previous one. */
  private serialize(step: () => Promise<void>): Promise<void> {
    const next = this.transition.then(step, step);
    this.transition = next.catch(() => undefined);
    return next;
  }
}
