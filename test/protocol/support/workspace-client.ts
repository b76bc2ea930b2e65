/**
 * A client with a real workspace folder on disk (a temp folder the test writes), like VS Code:
 * it accepts dynamic registrations (the server's file watcher), shows server-initiated progress,
 * answers diagnostic refreshes and reports file changes with `workspace/didChangeWatchedFiles`.
 * Everything a test waits for is an event: a publish, a log line, a progress end, a refresh.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  DiagnosticRefreshRequest,
  FileChangeType,
  type InitializeResult,
  LogMessageNotification,
  type ProgressToken,
  type Registration,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { ServerUnderTest } from './server-process';

/** VS Code's relevant capabilities: push diagnostics unless `pull`. */
export function vscodeLikeCapabilities(options: { pull?: boolean } = {}): ClientCapabilities {
  return {
    window: { workDoneProgress: true },
    workspace: {
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      diagnostics: { refreshSupport: true },
      symbol: {},
    },
    textDocument: {
      rename: { prepareSupport: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

type Listener<T> = { predicate: (value: T) => boolean; resolve: (value: T) => void };

/** Collects values and resolves waiters whose predicate a value (already seen or still to come) satisfies. */
class Stream<T> {
  readonly values: T[] = [];
  private readonly listeners = new Set<Listener<T>>();

  push(value: T): void {
    this.values.push(value);
    for (const listener of [...this.listeners]) {
      if (listener.predicate(value)) {
        this.listeners.delete(listener);
        listener.resolve(value);
      }
    }
  }

  next(predicate: (value: T) => boolean, from = 0): Promise<T> {
    const earlier = this.values.slice(from).find(predicate);
    if (earlier !== undefined) return Promise.resolve(earlier);
    return new Promise((resolve) => this.listeners.add({ predicate, resolve }));
  }
}

export class WorkspaceClient {
  readonly registrations: Registration[] = [];
  readonly logs = new Stream<string>();
  readonly progress = new Stream<{ token: ProgressToken; value: { kind: string; message?: string; percentage?: number; title?: string } }>();
  readonly progressCreated: ProgressToken[] = [];
  readonly refreshes = new Stream<number>();
  initializeResult: InitializeResult | undefined;

  private constructor(
    readonly server: ServerUnderTest,
    readonly root: string,
  ) {}

  /** A fresh temp folder with `files` (relative path → text) in it. */
  static makeWorkspace(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(join(tmpdir(), 'agentsmith-workspace-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  /** Spawns the server on `root` and waits until its first index is built (its log line). */
  static async start(root: string, capabilities: ClientCapabilities = vscodeLikeCapabilities()): Promise<WorkspaceClient> {
    const server = ServerUnderTest.spawn();
    const client = new WorkspaceClient(server, root);
    const connection = server.connection;
    connection.onRequest(RegistrationRequest.type, (params) => void client.registrations.push(...params.registrations));
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => void client.progressCreated.push(params.token));
    connection.onNotification('$/progress', (params: { token: ProgressToken; value: never }) => client.progress.push(params));
    let refreshCount = 0;
    connection.onRequest(DiagnosticRefreshRequest.type, () => void client.refreshes.push(++refreshCount));
    connection.onNotification(LogMessageNotification.type, (params) => {
      server.logs.push(params.message);
      client.logs.push(params.message);
    });
    const folder = pathToFileURL(root).toString();
    client.initializeResult = (await connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: '1.139.1' },
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'workspace' }],
      capabilities,
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    await client.indexed();
    return client;
  }

  /** The n-th "Indexed …" log line (1-based), once it is there. */
  indexed(nth = 1): Promise<string> {
    let seen = 0;
    return this.logs.next((line) => line.startsWith('Indexed ') && ++seen === nth);
  }

  uri(path: string): string {
    return pathToFileURL(join(this.root, path)).toString();
  }

  path(path: string): string {
    return join(this.root, path);
  }

  write(path: string, text: string | Buffer): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
  }

  remove(path: string): void {
    unlinkSync(join(this.root, path));
  }

  /** Tells the server what changed on disk, as VS Code's file watcher would. */
  async filesChanged(changes: Record<string, 'created' | 'changed' | 'deleted'>): Promise<void> {
    const types = { created: FileChangeType.Created, changed: FileChangeType.Changed, deleted: FileChangeType.Deleted };
    await this.server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: Object.entries(changes).map(([path, type]) => ({ uri: this.uri(path), type: types[type] })),
    });
  }

  async close(uri: string): Promise<void> {
    await this.server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.server.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<number | null> {
    const code = await this.server.stop();
    rmSync(this.root, { recursive: true, force: true });
    return code;
  }
}

/** A Claude Code subagent in our own words; `extra` lines go into the frontmatter. */
export function subagent(name: string, extra: string[] = [], body = 'You review what you are given and report findings.'): string {
  return ['---', `name: ${name}`, `description: Use this agent to ${name.replace(/-/g, ' ')} when asked.`, ...extra, '---', '', body, ''].join('\n');
}
