/**
 * Keeps the service's workspace index in step with the disk: every agent file under the
 * workspace folders is read once at start (bounded concurrency, yielding to the event loop so
 * requests stay answered, with progress on large trees), then kept current from the client's
 * file-watcher events and from documents closing (their unsaved edits are gone: the disk wins
 * again). Open documents are not read from disk: their newest text wins, and the service
 * overlays it when it checks them. All changes to the index go through one queue, so an older
 * read can never land after a newer one.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { AgentsmithLanguageService } from './core/service';
import type { AgentsmithSettings } from './core/settings';
import { decideByPath } from './core/workspace/agent-files';
import { pathOfUri } from './document-input';
import { UriSpellings } from './file-uris';
import { discoverFiles, isDiscoverable } from './files/discover-files';
import { describeError, type Logger } from './run-safe';

/** Files read from disk at once. */
const READ_CONCURRENCY = 8;
/** Parsing runs on the event loop: after this much of it, queued requests get a turn. */
const SLICE_MS = 8;
/** Larger files are not indexed: no agent file is that big, and one pasted blob must not stall the index. */
export const MAX_INDEXED_BYTES = 2 * 1024 * 1024;
/** A file name standing for "a file directly in this folder" when asking for a folder's settings. */
const FOLDER_SETTINGS_PROBE = '_';
/** Trees with at least this many candidate files report progress. */
export const PROGRESS_MIN_FILES = 100;

export interface IndexerHost {
  service: AgentsmithLanguageService;
  log: Logger;
  /** Settings for a file: its nearest project config under the client's settings for it. */
  settingsFor(uri: string): Promise<AgentsmithSettings>;
  /** Changes whenever settings may have changed (editor settings or a project config). */
  settingsGeneration(): number;
  /** The newest text of a document open in the client, or undefined. */
  openText(uri: string): string | undefined;
  /** Indexes an open document from its newest text through the service's cached parse. */
  indexOpen(uri: string): Promise<void>;
  /** A progress reporter when the client shows server-initiated progress, else undefined. */
  createProgress(): Promise<WorkDoneProgressServerReporter | undefined>;
  /** Called after each change to the index (the server then compares generations). */
  onDidChange(): void;
}

type ReadResult = { text: string } | { open: true } | { skipped: 'missing' | 'too large' | 'binary' | 'unreadable' };

export interface SyncReport {
  candidates: number;
  agents: number;
  skipped: number;
  truncated: boolean;
  milliseconds: number;
}

export class WorkspaceIndexer {
  private folders: string[] = [];
  /**
   * Settings per directory, for one settings generation: the files of a directory share their
   * project config and (in VS Code) their folder's settings, so one question per directory is
   * enough, not one per file.
   */
  private readonly directorySettings = new Map<string, Promise<AgentsmithSettings>>();
  private directorySettingsGeneration = -1;
  readonly spellings = new UriSpellings();
  /** Every change to the index runs in this chain, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private syncCount = 0;
  /** Resolves when a sync first runs to completion (a superseded one does not count). */
  private firstSync: Promise<void> | undefined;
  private markIndexed: () => void = () => undefined;
  private indexed = false;

  constructor(private readonly host: IndexerHost) {}

  /** The workspace folders from `initialize` (`workspaceFolders`, else `rootUri`); `file:` ones only. */
  setWorkspaceFolders(folders: readonly { uri: string }[] | null | undefined, rootUri?: string | null): void {
    const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => pathOfUri(uri).replace(/\/+$/, '') || '/');
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Whether the first full index is complete. */
  get ready(): boolean {
    return this.indexed;
  }

  /**
   * Resolves when the first full index is complete, or after `maxWaitMs` (then with false).
   * Before any sync started there is nothing to wait for.
   */
  whenIndexed(maxWaitMs?: number): Promise<boolean> {
    if (this.indexed || !this.firstSync) return Promise.resolve(true);
    const done = this.firstSync.then(() => true);
    if (maxWaitMs === undefined) return done;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), maxWaitMs)));
    return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * Reads every candidate file of every folder and brings the index in line: new and changed
   * files indexed, files gone (or no longer agent files) dropped. A newer sync supersedes a
   * running one. Used at start, after settings change, and by Check Workspace.
   */
  sync(): Promise<SyncReport | undefined> {
    const run = ++this.syncCount;
    this.firstSync ??= new Promise<void>((resolve) => (this.markIndexed = resolve));
    return this.enqueue(async () => {
      try {
        return await this.runSync(run);
      } catch (error) {
        // A partial index is better than requests waiting for one forever.
        this.indexed = true;
        this.markIndexed();
        throw error;
      }
    });
  }

  /** Files the client reports created or changed (their URIs as it spells them). */
  filesChanged(uris: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      const wanted: { uri: string; path: string }[] = [];
      for (const uri of uris) {
        if (!uri.startsWith('file:')) continue;
        const path = pathOfUri(uri);
        this.learnSpelling(path, uri);
        const folder = this.folderOf(path);
        if (folder === undefined || this.host.openText(uri) !== undefined) continue;
        if (isDiscoverable(path, folder, await this.settingsForPath(path))) wanted.push({ uri, path });
        else this.host.service.workspace.delete(uri);
      }
      await this.readAndIndex(wanted);
      this.host.onDidChange();
    });
  }

  /** Files or folders the client reports deleted: their entries, and any under a deleted folder, go. */
  filesDeleted(uris: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      const index = this.host.service.workspace;
      for (const uri of uris) {
        const path = pathOfUri(uri);
        if (this.host.openText(uri) === undefined) index.delete(uri);
        const under = `${path.replace(/\/+$/, '')}/`;
        for (const summary of index.all()) {
          if (summary.path.startsWith(under) && this.host.openText(summary.uri) === undefined) index.delete(summary.uri);
        }
        this.spellings.forget(path);
      }
      this.host.onDidChange();
    });
  }

  /** A document opened under `uri`: an entry for the same file under another spelling goes. */
  didOpen(uri: string): void {
    if (!uri.startsWith('file:')) return;
    this.learnSpelling(pathOfUri(uri), uri);
  }

  /**
   * A document closed: its unsaved edits are gone, so the file on disk is indexed again (or
   * dropped: deleted, untitled, or outside the workspace folders).
   */
  didClose(uri: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.host.openText(uri) !== undefined) return; // reopened meanwhile
      const path = pathOfUri(uri);
      const folder = uri.startsWith('file:') ? this.folderOf(path) : undefined;
      if (folder === undefined) {
        this.host.service.workspace.delete(uri);
      } else {
        if (isDiscoverable(path, folder, await this.settingsForPath(path))) await this.readAndIndex([{ uri, path }]);
        else this.host.service.workspace.delete(uri);
      }
      this.host.onDidChange();
    });
  }

  /** The settings a file on disk is checked with (asked once per directory and settings generation). */
  settingsForPath(path: string): Promise<AgentsmithSettings> {
    const generation = this.host.settingsGeneration();
    if (generation !== this.directorySettingsGeneration) {
      this.directorySettings.clear();
      this.directorySettingsGeneration = generation;
    }
    const directory = dirname(path);
    let settings = this.directorySettings.get(directory);
    if (!settings) {
      settings = this.host.settingsFor(this.uriOf(path));
      this.directorySettings.set(directory, settings);
    }
    return settings;
  }

  /** Settings as they apply directly in a workspace folder (its include and exclude globs drive discovery). */
  settingsOfFolder(folder: string): Promise<AgentsmithSettings> {
    return this.settingsForPath(`${folder}/${FOLDER_SETTINGS_PROBE}`);
  }

  /** The URI of a file on disk, spelled as the client spells it when it has named the file. */
  uriOf(path: string): string {
    return this.spellings.uriOf(path);
  }

  /** Reads a file for indexing or checking: skips missing, huge and binary files. */
  async readText(path: string): Promise<ReadResult> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return { skipped: 'missing' };
      if (info.size > MAX_INDEXED_BYTES) return { skipped: 'too large' };
      const buffer = await readFile(path);
      // A NUL byte near the start: an image or archive with a .md name, not text.
      if (buffer.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
      return { text: buffer.toString('utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { skipped: 'missing' };
      this.host.log(`[warn] could not read ${path}: ${describeError(error)}`);
      return { skipped: 'unreadable' };
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T | undefined> {
    const next = this.queue.then(work).catch((error: unknown) => {
      this.host.log(`[error] workspace index update failed: ${describeError(error)}`);
      return undefined;
    });
    this.queue = next;
    return next;
  }

  private learnSpelling(path: string, uri: string): void {
    const replaced = this.spellings.learn(path, uri);
    if (replaced !== undefined && this.host.openText(replaced) === undefined) this.host.service.workspace.delete(replaced);
  }

  /** The nearest workspace folder containing `path`, or undefined. */
  private folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if (path.startsWith(prefix) && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private async runSync(run: number): Promise<SyncReport | undefined> {
    const cancelled = (): boolean => run !== this.syncCount;
    const started = performance.now();
    let progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
    const startProgress = (): Promise<WorkDoneProgressServerReporter | undefined> =>
      (progress ??= this.host.createProgress().then((reporter) => {
        reporter?.begin('Agentsmith', 0, 'Looking for agent files…', false);
        return reporter;
      }));
    const found: { uri: string; path: string }[] = [];
    const seen = new Set<string>();
    let truncated = false;
    for (const folder of this.folders) {
      const settings = await this.settingsOfFolder(folder);
      const discovered = await discoverFiles([folder], settings, { isCancelled: cancelled, onProgress: () => void startProgress() });
      truncated ||= discovered.truncated;
      for (const path of discovered.files) {
        if (seen.has(path) || this.folderOf(path) !== folder) continue; // nested folders: the nearest one owns a file
        seen.add(path);
        found.push({ uri: this.uriOf(path), path });
      }
    }
    if (cancelled()) return this.endProgress(progress);
    if (found.length >= PROGRESS_MIN_FILES) await startProgress();
    const reporter = progress ? await progress : undefined;
    let agents = 0;
    let skipped = 0;
    for (let start = 0; start < found.length; start += READ_CONCURRENCY) {
      if (cancelled()) return this.endProgress(progress);
      const counts = await this.readAndIndex(found.slice(start, start + READ_CONCURRENCY));
      agents += counts.agents;
      skipped += counts.skipped;
      const done = Math.min(found.length, start + READ_CONCURRENCY);
      reporter?.report(Math.floor((done / found.length) * 100), `Indexing agent files: ${done}/${found.length}`);
    }
    // Files gone since the last sync, or now excluded; open documents stay (their text wins).
    for (const summary of this.host.service.workspace.all()) {
      if (!seen.has(summary.path) && this.host.openText(summary.uri) === undefined) this.host.service.workspace.delete(summary.uri);
    }
    await this.endProgress(progress);
    const milliseconds = Math.round(performance.now() - started);
    this.host.log(
      `Indexed ${agents} agent file${agents === 1 ? '' : 's'} among ${found.length} candidate${found.length === 1 ? '' : 's'} ` +
        `in ${this.folders.length} workspace folder${this.folders.length === 1 ? '' : 's'} in ${milliseconds} ms` +
        `${skipped > 0 ? ` (${skipped} skipped: unreadable, binary or over ${MAX_INDEXED_BYTES / 1024 / 1024} MB)` : ''}` +
        `${truncated ? ' (stopped at the file limit)' : ''}.`,
    );
    this.indexed = true;
    this.markIndexed();
    this.host.onDidChange();
    return { candidates: found.length, agents, skipped, truncated, milliseconds };
  }

  private async endProgress(progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined): Promise<undefined> {
    (await progress)?.done();
    return undefined;
  }

  /**
   * Reads a batch concurrently, then indexes it file by file, giving queued requests a turn
   * whenever parsing has held the event loop for a slice. Open documents are left to the
   * service, which indexes them from the parse it keeps when it checks them.
   */
  private async readAndIndex(files: readonly { uri: string; path: string }[]): Promise<{ agents: number; skipped: number }> {
    const { service } = this.host;
    const allSettings = await Promise.all(files.map((file) => this.settingsForPath(file.path)));
    const texts = await Promise.all(
      files.map((file, i): Promise<ReadResult> | ReadResult => {
        // An open document is indexed by the service from its own parse when it is checked
        // (and before navigation): parsing its text here would be a second, uncached parse.
        if (this.host.openText(file.uri) !== undefined) return { open: true };
        // Settled by the path alone (excluded, not Markdown): no need to read it.
        if (decideByPath(file.path, allSettings[i]) === false) return { skipped: 'missing' };
        return this.readText(file.path);
      }),
    );
    let agents = 0;
    let skipped = 0;
    let sliceStart = performance.now();
    for (let i = 0; i < files.length; i++) {
      const { uri, path } = files[i];
      const settings = allSettings[i];
      const read = texts[i];
      try {
        if ('open' in read) {
          await this.host.indexOpen(uri);
          continue;
        }
        if ('text' in read && service.indexFile(uri, path, read.text, settings)) agents++;
        else if ('skipped' in read) {
          if (read.skipped !== 'missing') skipped++;
          service.workspace.delete(uri);
        }
      } catch (error) {
        this.host.log(`[error] indexing ${path} failed: ${describeError(error)}`);
        service.workspace.delete(uri);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return { agents, skipped };
  }
}
