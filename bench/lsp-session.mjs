// One language-server process driven over stdio, the way an editor would: spawn, initialize,
// open one document, apply incremental edits and wait for the diagnostics of each version.
// Timing is taken on the client side, so it includes JSON-RPC framing and the pipe both ways.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node.js';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;
const now = () => performance.now();

/** VmRSS / VmHWM of a live process in MB (Linux /proc), or null elsewhere. */
export function readMemoryMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) / 1024 : null;
    };
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: null, hwm: null };
  }
}

/**
 * What a plain editor client says it supports: push diagnostics with versions, no pull; for
 * completion, what VS Code says (snippets, lazy documentation, list-wide defaults).
 */
const CLIENT_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    completion: {
      contextSupport: true,
      completionItem: { snippetSupport: true, labelDetailsSupport: true, insertReplaceSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export class LspSession {
  /**
   * @param {object} o
   * @param {string[]} o.command  argv of the server (no shell)
   * @param {string} o.workspace  absolute workspace folder
   * @param {number} [o.timeoutMs]  bound on every wait
   */
  constructor({ command, workspace, timeoutMs = 60000 }) {
    this.command = command;
    this.workspace = workspace;
    this.timeoutMs = timeoutMs;
    this.waiters = new Set();
    this.stderrTail = '';
    this.exit = null;
  }

  /** Spawns the server and returns the cold start: spawn → initialize response, in ms. */
  async start() {
    const t0 = now();
    this.child = spawn(this.command[0], this.command.slice(1), { cwd: this.workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => resolve((this.exit = { code, signal })));
      this.child.on('error', (error) => resolve((this.exit = { code: null, signal: null, error: error.message })));
    });
    this.child.stderr.on('data', (d) => (this.stderrTail = (this.stderrTail + d).slice(-4000)));
    this.child.stdin.on('error', () => {}); // the server may die first; the exit promise reports it
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.onDiagnostics(params, now()));
    // Answer what servers commonly ask; anything else gets null, as a minimal editor would.
    this.connection.onRequest((method, params) => {
      if (method === 'workspace/configuration') return (params?.items ?? []).map(() => null);
      if (method === 'workspace/workspaceFolders') return [this.folder()];
      return null;
    });
    this.connection.listen();
    const wsUri = pathToFileURL(this.workspace).href;
    this.initializeResult = await this.bounded(
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'agentsmith-bench', version: '1' },
        rootUri: wsUri,
        workspaceFolders: [this.folder()],
        capabilities: CLIENT_CAPABILITIES,
      }),
      'initialize',
    );
    const coldStartMs = now() - t0;
    await this.connection.sendNotification('initialized', {});
    return coldStartMs;
  }

  folder() {
    return { uri: pathToFileURL(this.workspace).href, name: 'bench' };
  }

  get pid() {
    return this.child?.pid;
  }

  onDiagnostics(params, at) {
    for (const w of [...this.waiters]) {
      if (params.uri !== w.uri) continue;
      // A versioned publish must be for the version we wait for (or newer); an unversioned one
      // counts as "the next publish after the change".
      if (params.version != null && params.version < w.version) continue;
      this.waiters.delete(w);
      w.resolve({ at, version: params.version ?? null, diagnostics: params.diagnostics ?? [] });
    }
  }

  /** Sends `send()` and resolves with { ms, diagnostics } when that version's diagnostics arrive. */
  async roundTrip(uri, version, send) {
    let waiter;
    const arrived = new Promise((resolve) => {
      waiter = { uri, version, resolve };
      this.waiters.add(waiter);
    });
    const t0 = now();
    await send();
    try {
      const ev = await this.bounded(arrived, `diagnostics for ${uri} version ${version}`);
      return { ms: ev.at - t0, diagnostics: ev.diagnostics, versioned: ev.version != null };
    } finally {
      this.waiters.delete(waiter);
    }
  }

  open(uri, text, languageId = 'markdown') {
    this.docs = { uri, version: 1 };
    return this.roundTrip(uri, 1, () => this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }));
  }

  /** One didChange with the given content changes (incremental `{ range, text }` or full `{ text }`). */
  change(uri, contentChanges) {
    const version = ++this.docs.version;
    return this.roundTrip(uri, version, () => this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges }));
  }

  request(method, params) {
    return this.bounded(this.connection.sendRequest(method, params), method);
  }

  memory() {
    return readMemoryMB(this.pid);
  }

  /** Races `promise` against the timeout and the server's death, so nothing waits forever. */
  bounded(promise, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${this.timeoutMs} ms waiting for ${what}`)), this.timeoutMs);
    });
    const died = this.exited.then((x) => {
      throw new Error(`server exited (${x.error ?? `code ${x.code}, signal ${x.signal}`}) while waiting for ${what}; stderr tail: ${this.stderrTail.slice(-600)}`);
    });
    return Promise.race([promise, timeout, died]).finally(() => clearTimeout(timer));
  }

  /** shutdown + exit; kills this server's own pid only if it does not leave on its own. */
  async stop() {
    if (!this.child) return;
    if (!this.exit) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), delay(3000)]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
      const left = await Promise.race([this.exited.then(() => true), delay(3000).then(() => false)]);
      if (!left) {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    this.connection.dispose();
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
