/**
 * Check Workspace for the server: checks every indexed agent file, the open ones as the editor
 * has them and the closed ones from disk (parsed for the check, then forgotten), and publishes
 * the closed files' problems with `textDocument/publishDiagnostics`. A file opened afterwards
 * loses its published entry (the editor's own diagnostics take over; a pulling client would
 * otherwise show both); closed again, it gets its disk problems back. While the results are
 * shown they are kept true: a closed file that changes on disk is checked again, and so are the
 * closed files an agent name change can affect (same name, or a reference to it).
 */
import { type Connection, type Diagnostic, DiagnosticSeverity, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { AgentsmithLanguageService, DocumentInput } from './core/service';
import type { AgentSummary } from './core/workspace/agent-summary';
import { pathOfUri } from './document-input';
import { CHECK_WORKSPACE_COMMAND, type CheckWorkspaceResult } from './protocol/check-workspace';
import { describeError, type Logger, runSafe } from './run-safe';
import type { WorkspaceIndexer } from './workspace-indexer';

/** Files read from disk at once. */
const READ_CONCURRENCY = 8;

export interface WorkspaceCheckDependencies {
  connection: Connection;
  service: AgentsmithLanguageService;
  indexer: WorkspaceIndexer;
  log: Logger;
  isOpen(uri: string): boolean;
  /** The diagnostics of an open document as the editor shows them, or undefined when it is not an agent file. */
  diagnoseOpen(uri: string): Promise<Diagnostic[] | undefined>;
}

export class WorkspaceCheck {
  /** Closed files whose disk problems are published (non-empty lists only). */
  private readonly published = new Map<string, Diagnostic[]>();
  /** Set once Check Workspace ran: from then on, closed files' problems are kept current. */
  private ran = false;
  /** Each indexed file's agent name when last looked at, to see which names changed. */
  private names = new Map<string, string | undefined>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: WorkspaceCheckDependencies) {}

  /** Brings the index up to date, checks every agent file, publishes the closed ones' problems. */
  run(): Promise<CheckWorkspaceResult> {
    return this.enqueue(async () => {
      this.ran = true;
      await this.deps.indexer.sync();
      const result: CheckWorkspaceResult = { files: 0, problems: 0, errors: 0, warnings: 0 };
      const count = (diagnostics: readonly Diagnostic[]): void => {
        result.files++;
        result.problems += diagnostics.length;
        for (const diagnostic of diagnostics) {
          if (diagnostic.severity === DiagnosticSeverity.Error) result.errors++;
          else if (diagnostic.severity === DiagnosticSeverity.Warning) result.warnings++;
        }
      };
      const summaries = this.deps.service.workspace.all();
      const checked = new Set<string>();
      for (const summary of summaries.filter((s) => this.deps.isOpen(s.uri))) {
        const diagnostics = await this.deps.diagnoseOpen(summary.uri);
        if (diagnostics) count(diagnostics);
      }
      await this.checkClosed(summaries.filter((s) => !this.deps.isOpen(s.uri)), (uri, diagnostics) => {
        checked.add(uri);
        count(diagnostics);
      });
      // Files published last time that are gone, no longer agents, or open now.
      for (const uri of [...this.published.keys()]) if (!checked.has(uri)) this.clear(uri);
      this.names = this.currentNames();
      return result;
    });
  }

  /** A document opened: its published disk problems give way to the editor's diagnostics. */
  didOpen(uri: string): void {
    this.clear(uri);
  }

  /** A document closed (after the index read its file again): its disk problems come back. */
  didClose(uri: string): Promise<void> {
    return this.recheck([uri]);
  }

  /** Files changed or deleted on disk (after the index took them in). */
  filesChanged(changed: readonly string[], deleted: readonly string[]): Promise<void> {
    if (!this.ran) return Promise.resolve();
    for (const uri of deleted) {
      const under = `${pathOfUri(uri).replace(/\/+$/, '')}/`;
      for (const published of [...this.published.keys()]) if (published === uri || pathOfUri(published).startsWith(under)) this.clear(published);
    }
    return this.recheck(changed);
  }

  /**
   * The workspace generation changed (a name appeared, moved or went; skills or the baseline
   * changed): check again the closed files whose findings that can change.
   */
  workspaceChanged(): Promise<void> {
    if (!this.ran) return Promise.resolve();
    const current = this.currentNames();
    const changedNames = new Set<string>();
    for (const [uri, name] of current) {
      const before = this.names.get(uri);
      if (!this.names.has(uri) || before !== name) {
        if (before !== undefined) changedNames.add(before);
        if (name !== undefined) changedNames.add(name);
      }
    }
    for (const [uri, name] of this.names) if (!current.has(uri) && name !== undefined) changedNames.add(name);
    this.names = current;
    const mentions = (summary: AgentSummary): boolean =>
      (summary.name !== undefined && changedNames.has(summary.name.name)) ||
      summary.specifierRefs.some((ref) => changedNames.has(ref.name)) ||
      summary.delegationRefs.some((ref) => changedNames.has(ref.name));
    // No name changed: something the index cannot see (skills, git HEAD) did.
    const affected = this.deps.service.workspace
      .all()
      .filter((s) => !this.deps.isOpen(s.uri) && (changedNames.size > 0 ? mentions(s) : s.skillRefs.length > 0 || this.published.has(s.uri)));
    return this.recheck(affected.map((s) => s.uri));
  }

  private currentNames(): Map<string, string | undefined> {
    return new Map(this.deps.service.workspace.all().map((s) => [s.uri, s.name?.name]));
  }

  /** Checks closed files again from disk and publishes the outcome; nothing before the first run. */
  private recheck(uris: readonly string[]): Promise<void> {
    if (!this.ran || uris.length === 0) return Promise.resolve();
    return this.enqueue(async () => {
      const index = this.deps.service.workspace;
      const summaries: AgentSummary[] = [];
      for (const uri of uris) {
        if (this.deps.isOpen(uri)) continue;
        const summary = index.get(uri);
        if (summary) summaries.push(summary);
        else this.clear(uri); // deleted, or no longer an agent file
      }
      await this.checkClosed(summaries, () => undefined);
    });
  }

  /** Reads, diagnoses and publishes closed files, a few at a time; `found` sees each file checked. */
  private async checkClosed(summaries: readonly AgentSummary[], found: (uri: string, diagnostics: Diagnostic[]) => void): Promise<void> {
    const { indexer } = this.deps;
    for (let start = 0; start < summaries.length; start += READ_CONCURRENCY) {
      const batch = summaries.slice(start, start + READ_CONCURRENCY);
      const reads = await Promise.all(batch.map(async (s) => ({ s, read: await indexer.readText(s.path), settings: await indexer.settingsForPath(s.path) })));
      for (const { s, read, settings } of reads) {
        if (this.deps.isOpen(s.uri)) continue; // opened while we read: the editor's diagnostics win
        if (!('text' in read)) {
          this.clear(s.uri);
          continue;
        }
        const diagnostics = this.diagnoseOnDisk(s.uri, s.path, read.text, settings);
        if (diagnostics === undefined) {
          this.clear(s.uri);
          continue;
        }
        found(s.uri, diagnostics);
        this.publish(s.uri, diagnostics);
      }
      await new Promise<void>((resolve) => setImmediate(resolve)); // requests get a turn between batches
    }
  }

  /** The problems of a closed file's disk text; undefined when it is not an agent file. */
  private diagnoseOnDisk(uri: string, path: string, text: string, settings: Parameters<AgentsmithLanguageService['diagnose']>[1]): Diagnostic[] | undefined {
    const { service } = this.deps;
    const input: DocumentInput = { uri, version: -1, path, getText: () => text };
    try {
      return service.isAgentFile(input, settings) ? service.diagnose(input, settings) : undefined;
    } catch (error) {
      this.deps.log(`[error] checking ${path} failed: ${describeError(error)}`);
      return [];
    } finally {
      service.forget(uri); // a throwaway parse: closed files keep only their index summary
    }
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0) return this.clear(uri);
    this.published.set(uri, diagnostics);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics });
  }

  private clear(uri: string): void {
    if (this.published.delete(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch((error: unknown) => this.deps.log(`[error] Check Workspace failed: ${describeError(error)}`));
    return next;
  }
}

/** `workspace/executeCommand` for the server's commands (Check Workspace is the only one). */
export function registerServerCommands(connection: Connection, check: WorkspaceCheck, log: Logger): void {
  connection.onExecuteCommand((params, token) =>
    runSafe<CheckWorkspaceResult | null>(log, `workspace/executeCommand ${params.command}`, token, null, () => {
      if (params.command === CHECK_WORKSPACE_COMMAND) return check.run();
      throw new ResponseError(ErrorCodes.InvalidParams, `Agentsmith has no command ${params.command}`);
    }),
  );
}
