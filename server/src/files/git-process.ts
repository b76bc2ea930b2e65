/**
 * Running `git` on an untrusted workspace. The repository's own config may name programs
 * (`core.fsmonitor`, hooks, a pager, filters, textconv drivers, transports); nothing here
 * may run them. So: the system `git` found on absolute PATH entries (never one in the
 * workspace), no shell, the config keys that start programs overridden on the command line,
 * only plumbing that applies no filters (`rev-parse`, `cat-file --batch`), no network
 * (`protocol.allow=never`, also stopping a partial clone's lazy fetch), no optional locks.
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** `-c` overrides of every config key a repository could use to start a program in these commands. */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.sshCommand=false',
  'core.gitProxy=',
  'core.askPass=',
  'credential.helper=',
  'protocol.allow=never',
  'diff.external=',
  'gc.auto=0',
  'maintenance.auto=false',
];

/** Variables that would point git at another repository than the file's. */
const LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_PREFIX'];

export function gitArguments(command: readonly string[]): string[] {
  return ['--no-pager', ...SAFE_CONFIG.flatMap((setting) => ['-c', setting]), ...command];
}

export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of LOCATION_VARIABLES) delete env[name];
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_NO_LAZY_FETCH = '1';
  env.GIT_PAGER = 'cat';
  return env;
}

/**
 * The `git` executable on PATH, taking only absolute entries: a relative entry (`.`, empty)
 * would let a workspace ship its own `git`. Undefined when there is none.
 */
export function findGit(pathVariable = process.env.PATH ?? ''): string | undefined {
  const name = process.platform === 'win32' ? 'git.exe' : 'git';
  for (const folder of pathVariable.split(delimiter)) {
    if (!folder || !isAbsolute(folder)) continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs one git command; resolves its stdout, or undefined when it fails (not a repository, no HEAD, …). */
export function runGit(git: string, cwd: string, command: readonly string[], timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile(git, gitArguments(command), { cwd, env: gitEnvironment(), timeout: timeoutMs, windowsHide: true, maxBuffer: 1 << 20 }, (error, stdout) => {
        resolve(error ? undefined : stdout);
      });
    } catch {
      resolve(undefined); // e.g. the folder vanished
    }
  });
}

export interface CatFileOptions {
  /** Blobs larger than this are skipped (read past, never decoded). */
  maxBytes: number;
  /** A read that takes longer kills the process (its answers become "missing"). */
  timeoutMs: number;
  /** Called once when the process is gone (exited, killed, failed to start). */
  onExit?(): void;
}

interface Pending {
  /** The object type whose contents are wanted; any other type answers undefined. */
  type: 'blob' | 'tree';
  resolve(object: GitObject | undefined): void;
}

/** One object as cat-file gave it: its id (hex) and its contents. */
export interface GitObject {
  oid: string;
  content: Buffer;
}

/**
 * One `git cat-file --batch` process: object names in (`HEAD:path/to/file.md`), contents
 * out, in order. `--batch` applies no textconv or filter. Answers for missing objects, non-
 * blobs and blobs over the size limit are undefined.
 */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private body: { remaining: number; oid: string; parts: Buffer[] | undefined } | undefined;
  private exited = false;

  constructor(git: string, cwd: string, private readonly options: CatFileOptions) {
    try {
      this.child = spawn(git, gitArguments(['cat-file', '--batch']), { cwd, env: gitEnvironment(), windowsHide: true, stdio: 'pipe' });
    } catch {
      this.child = undefined;
      this.exit();
      return;
    }
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stdin.on('error', () => this.kill()); // EPIPE when git died first
    this.child.stderr.resume();
    this.child.on('error', () => this.exit());
    this.child.on('exit', () => this.exit());
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** The contents of each named blob, in order (undefined where there is none). */
  async read(names: readonly string[]): Promise<(Buffer | undefined)[]> {
    return (await this.readObjects(names, 'blob')).map((object) => object?.content);
  }

  /** Each named object of the given type with its id, in order (undefined where there is none). */
  readObjects(names: readonly string[], type: 'blob' | 'tree'): Promise<(GitObject | undefined)[]> {
    if (this.exited || !this.child || names.length === 0) return Promise.resolve(names.map(() => undefined));
    const answers = names.map(() => new Promise<GitObject | undefined>((resolve) => this.pending.push({ type, resolve })));
    this.child.stdin.write(names.map((name) => `${name}\n`).join(''));
    const timer = setTimeout(() => this.kill(), this.options.timeoutMs);
    timer.unref?.();
    return Promise.all(answers).finally(() => clearTimeout(timer));
  }

  /** No more questions: git answers the queued ones and exits. */
  end(): void {
    if (!this.exited) this.child?.stdin.end();
  }

  kill(): void {
    if (this.exited) return;
    this.child?.kill();
    this.exit();
  }

  private exit(): void {
    if (this.exited) return;
    this.exited = true;
    for (const waiting of this.pending.splice(0)) waiting.resolve(undefined);
    this.options.onExit?.();
  }

  private receive(chunk: Buffer): void {
    let buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let offset = 0;
    while (offset < buffer.length) {
      if (this.body) {
        const take = Math.min(this.body.remaining, buffer.length - offset);
        if (take > 0) {
          this.body.parts?.push(buffer.subarray(offset, offset + take));
          offset += take;
          this.body.remaining -= take;
        }
        if (this.body.remaining > 0 || offset >= buffer.length) break; // the rest, or its closing newline, is still to come
        offset++; // the newline after the contents
        const { parts, oid } = this.body;
        this.body = undefined;
        this.pending.shift()?.resolve(parts ? { oid, content: Buffer.concat(parts) } : undefined);
        continue;
      }
      const newline = buffer.indexOf(10, offset);
      if (newline === -1) break;
      const header = buffer.toString('utf8', offset, newline);
      offset = newline + 1;
      // `<oid> <type> <size>`; anything else (`<name> missing`, `<name> ambiguous`) has no contents.
      const match = /^([0-9a-f]{40,64}) ([a-z]+) (\d+)$/.exec(header);
      if (!match) {
        this.pending.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(match[3]);
      const wanted = this.pending[0]?.type === match[2] && (match[2] === 'tree' || size <= this.options.maxBytes);
      this.body = { remaining: size, oid: match[1], parts: wanted ? [] : undefined };
    }
    // Keep only the unread tail (a partial header or the closing newline), copied so the chunk can go.
    buffer = buffer.subarray(offset);
    this.buffer = buffer.length > 0 ? Buffer.from(buffer) : Buffer.alloc(0);
  }
}
