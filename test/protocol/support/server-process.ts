/**
 * Spawns the bundled server (`dist/server.js --stdio`) with the Node that runs the tests
 * (`process.execPath`, so `run-node24.sh` tests Node 24 end to end) and speaks LSP to it over
 * stdio with vscode-languageserver-protocol, like Neovim or Emacs would.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  createProtocolConnection,
  type InitializeResult,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** The repository root: the nearest folder above this file with a package.json. */
export function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('no package.json above the test folder');
    folder = parent;
  }
  return folder;
}

export const SERVER_BUNDLE = join(repositoryRoot(), 'dist', 'server.js');

/** A workspace that exists only in the URIs we send: the server reads no files. */
export const WORKSPACE = '/tmp/agentsmith-protocol-workspace';

export function fileUri(relativePath: string): string {
  return pathToFileURL(join(WORKSPACE, relativePath)).toString();
}

type Waiter = { predicate: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void };

export class ServerUnderTest {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every window/logMessage text. */
  readonly logs: string[] = [];
  private stderrText = '';
  private readonly waiters = new Set<Waiter>();
  private readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (this.stderrText += chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(params)) {
          this.waiters.delete(waiter);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => this.logs.push(params.message));
    this.connection.listen();
  }

  static spawn(): ServerUnderTest {
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first`);
    return new ServerUnderTest(spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' }));
  }

  static async started(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<{ server: ServerUnderTest; result: InitializeResult }> {
    const server = ServerUnderTest.spawn();
    const result = await server.initialize(capabilities, initializationOptions);
    return { server, result };
  }

  async initialize(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(WORKSPACE).toString(),
      workspaceFolders: [{ uri: pathToFileURL(WORKSPACE).toString(), name: 'workspace' }],
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result as InitializeResult;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** The first publish (already received or still to come) for `uri` that satisfies `predicate`. */
  diagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const matches = (params: PublishDiagnosticsParams): boolean => params.uri === uri && predicate(params);
    const earlier = this.published.find(matches);
    if (earlier) return Promise.resolve(earlier);
    return new Promise((resolve) => this.waiters.add({ predicate: matches, resolve }));
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((params) => params.uri === uri);
  }

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Graceful end: shutdown, exit, and the exit code. */
  async stop(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** The client goes away without a word: stdin closes. Resolves with the exit code. */
  async closeInput(afterShutdown: boolean): Promise<number | null> {
    if (afterShutdown) await this.connection.sendRequest('shutdown');
    this.child.stdin.end();
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** For tests that break the stream on purpose. */
  kill(): Promise<number | null> {
    this.child.kill();
    this.connection.dispose();
    return this.exited;
  }
}
