/**
 * The text of files at the last commit (git `HEAD`), for the `version-not-bumped` rule.
 *
 * - Each folder's repository is found once: a walk up to the nearest `.git` (no process for a
 *   folder outside any repository), then one `git rev-parse --show-toplevel`. No `git`, not a
 *   repository, a repository git refuses (unsafe ownership): silent for good.
 * - Contents come from `git cat-file --batch` with `HEAD:<path>` lines, many files per process:
 *   the server keeps one process per repository (restarted when it dies, killed on
 *   `dispose`); the CLI (`persistent: false`) starts one per `readMany` and repository.
 * - Untracked files, symbolic links, non-UTF-8 surprises aside, files over `maxBytes` at HEAD:
 *   no baseline. A leading byte order mark is dropped (editors drop it from the text too).
 * - HEAD moves (commit, checkout, reset): the server calls `checkHead(path)` when a document
 *   is opened or saved — one `git rev-parse HEAD`, cheaper and more portable than watching
 *   `.git/HEAD` and the refs (packed refs, worktrees, reftables). When HEAD changed, the cat-file
 *   process is replaced and every known file of that repository is read again; callers whose
 *   text changed are called back.
 * See `git-process.ts` for what keeps repository-configured programs from running.
 */
import { lstatSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { readCommittedBlobs } from './committed-blobs';
import { CatFileBatch, findGit, runGit } from './git-process';

export interface GitBaselinesOptions {
  /** Keep one `git cat-file --batch` per repository running (the server). Default false: one per `readMany` (the CLI). */
  persistent?: boolean;
  /** Files larger than this at HEAD get no baseline. Default 2 MiB. */
  maxBytes?: number;
  /** A git command that takes longer is abandoned (its files get no baseline). Default 10 s. */
  timeoutMs?: number;
  /** The git executable; by default the first `git` on the absolute entries of PATH. `null`: no git. */
  git?: string | null;
  log?(message: string): void;
}

interface Repo {
  /** The work tree's top folder, as a real path. */
  root: string;
  /** HEAD's commit when last checked (persistent mode); undefined before the first commit. */
  head: string | undefined;
  /** Bumped when HEAD moves, so answers read before the move are dropped. */
  epoch: number;
  batch: CatFileBatch | undefined;
  /** cat-file processes that died in a row; past a few, the repository is given up. */
  deaths: number;
  headCheck: Promise<boolean> | undefined;
}

interface Entry {
  state: 'pending' | 'done';
  text: string | undefined;
  repo: Repo | undefined;
  onArrive: (() => void) | undefined;
}

interface Located {
  repo: Repo;
  /** `HEAD:<path from the top folder>`, the cat-file object name. */
  name: string;
}

const MAX_DEATHS = 3;

export class GitBaselines {
  private readonly git: string | undefined;
  private readonly persistent: boolean;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;
  private readonly log: (message: string) => void;
  private readonly entries = new Map<string, Entry>();
  /** Folder → the folder holding its `.git`, or undefined outside any repository. */
  private readonly markers = new Map<string, Promise<string | undefined>>();
  /** Folder holding a `.git` → its repository, or undefined when git says it is none. */
  private readonly repos = new Map<string, Promise<Repo | undefined>>();
  private readonly realFolders = new Map<string, Promise<string | undefined>>();
  private disposed = false;

  constructor(options: GitBaselinesOptions = {}) {
    this.git = options.git === undefined ? findGit() : (options.git ?? undefined);
    this.persistent = options.persistent ?? false;
    this.maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.log = options.log ?? (() => undefined);
  }

  /** Whether a `git` executable was found (without one, every answer is "no baseline"). */
  get available(): boolean {
    return this.git !== undefined;
  }

  /** The text at HEAD of each path that has one (committed, in a repository, not too big). */
  async readMany(paths: readonly string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    const unique = [...new Set(paths)];
    const located = await Promise.all(unique.map((path) => this.locate(path)));
    const byRepo = new Map<Repo, { path: string; name: string }[]>();
    unique.forEach((path, i) => {
      const where = located[i];
      if (!where) return this.settle(path, undefined, undefined);
      let list = byRepo.get(where.repo);
      if (!list) byRepo.set(where.repo, (list = []));
      list.push({ path, name: where.name });
    });
    await Promise.all(
      [...byRepo].map(async ([repo, list]) => {
        const contents = await this.read(repo, list.map((item) => item.name));
        list.forEach((item, i) => {
          const text = decode(contents[i]);
          this.settle(item.path, repo, text);
          if (text !== undefined) result.set(item.path, text);
        });
      }),
    );
    return result;
  }

  /** The cached text at HEAD, or undefined when unknown (not asked yet, still coming) or there is none. */
  get(path: string): string | undefined {
    return this.entries.get(path)?.text;
  }

  /** Whether the answer for `path` is known (a text, or that there is none). */
  has(path: string): boolean {
    return this.entries.get(path)?.state === 'done';
  }

  /**
   * Fetches the text in the background unless it is known or on its way; `onArrive` is called
   * when a text arrives, and again whenever it changes (HEAD moved). Cheap to call per keystroke.
   */
  request(path: string, onArrive: () => void): void {
    const known = this.entries.get(path);
    if (known) {
      known.onArrive = onArrive;
      return;
    }
    const entry: Entry = { state: 'pending', text: undefined, repo: undefined, onArrive };
    this.entries.set(path, entry);
    void this.fetch(path, entry);
  }

  /**
   * Looks whether HEAD of the path's repository moved (call on open and save); if so, reads
   * the known files again. Resolves whether it moved.
   */
  async checkHead(path: string): Promise<boolean> {
    // Nothing read yet, nothing to refresh: no git process for a Markdown file opened alone.
    if (this.entries.size === 0) return false;
    const where = await this.locate(path);
    if (!where || !this.git || this.disposed) return false;
    const repo = where.repo;
    if (![...this.entries.values()].some((entry) => entry.repo === repo)) return false;
    // One check at a time per repository; a check asked for meanwhile waits for it and then runs again.
    while (repo.headCheck) await repo.headCheck.catch(() => false);
    repo.headCheck = this.headOf(repo.root).then((head) => {
      if (head === repo.head) return false;
      repo.head = head;
      repo.epoch++;
      const old = repo.batch;
      repo.batch = undefined;
      old?.kill();
      for (const [known, entry] of this.entries) if (entry.repo === repo) void this.fetch(known, entry);
      return true;
    });
    try {
      return await repo.headCheck;
    } finally {
      repo.headCheck = undefined;
    }
  }

  /** Forgets one file's text (its document closed). */
  forget(path: string): void {
    this.entries.delete(path);
  }

  /** Forgets everything: texts, repositories, processes. Later calls start afresh. */
  invalidate(): void {
    for (const promise of this.repos.values()) void promise.then((repo) => repo?.batch?.kill());
    this.entries.clear();
    this.markers.clear();
    this.repos.clear();
    this.realFolders.clear();
  }

  /** Stops every git process; the object answers "no baseline" from now on. */
  dispose(): void {
    this.disposed = true;
    this.invalidate();
  }

  private async fetch(path: string, entry: Entry): Promise<void> {
    const where = await this.locate(path);
    if (this.entries.get(path) !== entry) return; // forgotten meanwhile
    if (!where) {
      entry.state = 'done';
      return;
    }
    entry.repo = where.repo;
    const epoch = where.repo.epoch;
    const [content] = await this.read(where.repo, [where.name]);
    if (this.entries.get(path) !== entry || where.repo.epoch !== epoch) return; // a newer read is under way
    const text = decode(content);
    const changed = text !== entry.text;
    entry.state = 'done';
    entry.text = text;
    if (changed) entry.onArrive?.();
  }

  private settle(path: string, repo: Repo | undefined, text: string | undefined): void {
    const entry = this.entries.get(path);
    if (entry) Object.assign(entry, { state: 'done', repo, text });
    else this.entries.set(path, { state: 'done', text, repo, onArrive: undefined });
  }

  private async read(repo: Repo, names: readonly string[]): Promise<(Buffer | undefined)[]> {
    if (!this.git || this.disposed || names.length === 0) return names.map(() => undefined);
    const options = { maxBytes: this.maxBytes, timeoutMs: this.timeoutMs };
    if (!this.persistent) {
      const batch = new CatFileBatch(this.git, repo.root, options);
      try {
        return await readCommittedBlobs(batch, names);
      } finally {
        batch.end();
      }
    }
    if (repo.deaths >= MAX_DEATHS) return names.map(() => undefined);
    if (!repo.batch?.alive) {
      const batch: CatFileBatch = new CatFileBatch(this.git, repo.root, {
        ...options,
        onExit: () => {
          if (repo.batch !== batch) return; // replaced on purpose
          repo.batch = undefined;
          if (++repo.deaths === MAX_DEATHS) this.log(`git cat-file keeps exiting in ${repo.root}; committed versions are not read there any more.`);
        },
      });
      repo.batch = batch;
    }
    const answers = await repo.batch.read(names);
    if (answers.some((answer) => answer !== undefined)) repo.deaths = 0;
    return answers;
  }

  /** The path's repository and object name, or undefined (no git, no repository, a symbolic link, outside the work tree). */
  private async locate(given: string): Promise<Located | undefined> {
    if (!this.git || this.disposed || /[\n\r\0]/.test(given) || given.split(/[\\/]/).includes('.git')) return undefined;
    const path = resolve(given); // the CLI may name files relative to the current folder
    const folder = dirname(path);
    const marker = await this.cached(this.markers, folder, () => this.findMarker(folder));
    if (marker === undefined) return undefined;
    const repo = await this.cached(this.repos, marker, () => this.openRepo(marker));
    if (!repo) return undefined;
    // A link's blob holds its target's path, not the text the editor shows. (One quick
    // syscall, made synchronously: a thousand of them through the thread pool cost more.)
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
    const realFolder = await this.cached(this.realFolders, folder, () => realpath(folder).catch(() => undefined));
    if (realFolder === undefined) return undefined;
    const inside = relative(repo.root, join(realFolder, basename(path)));
    if (inside === '' || inside.startsWith('..') || /^[a-zA-Z]:/.test(inside) || inside.startsWith(sep)) return undefined;
    return { repo, name: `HEAD:${inside.split(sep).join('/')}` };
  }

  /** The nearest folder up from `folder` that holds a `.git` (a folder, or a file for worktrees and submodules). */
  private async findMarker(folder: string): Promise<string | undefined> {
    for (let current = folder; ; ) {
      try {
        await stat(join(current, '.git'));
        return current;
      } catch {
        // keep walking up
      }
      const parent = dirname(current);
      if (parent === current) return undefined;
      const known = this.markers.get(parent);
      if (known) return known;
      current = parent;
    }
  }

  private async openRepo(marker: string): Promise<Repo | undefined> {
    const top = (await runGit(this.git!, marker, ['rev-parse', '--show-toplevel'], this.timeoutMs))?.trim();
    if (!top) return undefined;
    const root = await realpath(top).catch(() => undefined);
    if (!root) return undefined;
    const head = this.persistent ? await this.headOf(root) : undefined;
    return { root, head, epoch: 0, batch: undefined, deaths: 0, headCheck: undefined };
  }

  private async headOf(root: string): Promise<string | undefined> {
    return (await runGit(this.git!, root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}'], this.timeoutMs))?.trim() || undefined;
  }

  private cached<T>(map: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
    let promise = map.get(key);
    if (!promise) map.set(key, (promise = compute()));
    return promise;
  }
}

function decode(content: Buffer | undefined): string | undefined {
  if (content === undefined) return undefined;
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
