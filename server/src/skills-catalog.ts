/**
 * The skills an agent can preload (`skills:` in its frontmatter): the folders with a SKILL.md
 * under `.claude/skills/` of the workspace, and of the project or plugin the agent file itself
 * belongs to. The core has no file system; the server reads here, bounded and cached:
 * refreshed when the client reports a change to a SKILL.md (didChangeWatchedFiles, see
 * `watched-files.ts`), or at most every few seconds when it cannot — then a re-read that finds
 * other skills than before says so (`onDidChange`), so cross-file findings are recomputed.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { SkillInfo } from './core/service';
import { pathOfUri } from './document-input';
import { fileUriOfPath } from './file-uris';

/** Skill folders read per skills root: enough for any real project, bounded for a huge one. */
const MAX_SKILLS_PER_ROOT = 200;
/** Bytes of a SKILL.md read for its frontmatter description. */
const HEAD_BYTES = 4096;
const MAX_DESCRIPTION = 300;
/** Without file watching, a root is read again at most this often. */
const UNWATCHED_TTL_MS = 5000;

interface CachedRoot {
  readAt: number;
  skills: SkillInfo[];
}

export class SkillsCatalog {
  private workspaceFolders: string[] = [];
  private readonly roots = new Map<string, CachedRoot>();
  /** Set once the client watches SKILL.md files for us: the cache then lives until a change. */
  private watched = false;
  private changed: (() => void) | undefined;

  constructor(
    private readonly log: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The workspace folders from `initialize` (`workspaceFolders`, else `rootUri`). */
  setWorkspaceFolders(folders: readonly { uri: string }[] | null | undefined, rootUri?: string | null): void {
    const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.workspaceFolders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  }

  /** The client now reports changes to SKILL.md files; cached lists stay valid until it does. */
  setWatched(watched: boolean): void {
    this.watched = watched;
  }

  /**
   * Runs `callback` (soon, not during the listing) when a timed re-read of an unwatched root
   * finds other skills than before. Watched roots are invalidated by whoever watches them.
   */
  onDidChange(callback: () => void): void {
    this.changed = callback;
  }

  /** A SKILL.md was created, changed or deleted: read the folders again next time. */
  invalidate(): void {
    this.roots.clear();
  }

  /** Skills for an agent file, by name, without duplicates (the nearest root wins). */
  list(documentUri: string): SkillInfo[] {
    const byName = new Map<string, SkillInfo>();
    for (const root of this.rootsFor(pathOfUri(documentUri))) {
      for (const skill of this.read(root)) if (!byName.has(skill.name)) byName.set(skill.name, skill);
    }
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** `.claude/skills` of the project the agent is in, a plugin's `skills/`, then the workspace folders'. */
  private rootsFor(path: string): string[] {
    const roots: string[] = [];
    const agents = /^(.*)\/\.claude\/agents\//.exec(path);
    if (agents) roots.push(join(agents[1] || '/', '.claude', 'skills'));
    else if (/\/agents\/[^/]+$/.test(path)) roots.push(join(dirname(dirname(path)), 'skills'));
    for (const folder of this.workspaceFolders) roots.push(join(folder, '.claude', 'skills'));
    return [...new Set(roots)];
  }

  private read(root: string): SkillInfo[] {
    const cached = this.roots.get(root);
    if (cached && (this.watched || this.now() - cached.readAt < UNWATCHED_TTL_MS)) return cached.skills;
    const skills = readSkills(root, this.log);
    this.roots.set(root, { readAt: this.now(), skills });
    if (cached && !sameSkills(cached.skills, skills) && this.changed) setImmediate(this.changed);
    return skills;
  }
}

function readSkills(root: string, log: (message: string) => void): SkillInfo[] {
  let entries: string[];
  try {
    entries = readdirSync(root).sort();
  } catch {
    return []; // no skills folder: nothing to offer
  }
  const skills: SkillInfo[] = [];
  for (const name of entries.slice(0, MAX_SKILLS_PER_ROOT)) {
    if (name.startsWith('.')) continue;
    const file = join(root, name, 'SKILL.md');
    try {
      if (!statSync(file).isFile()) continue;
      skills.push({ name, description: descriptionOf(readHead(file)), uri: fileUriOfPath(file) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
        log(`[warn] could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return skills;
}

function sameSkills(a: readonly SkillInfo[], b: readonly SkillInfo[]): boolean {
  return a.length === b.length && a.every((skill, i) => skill.name === b[i].name);
}

function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** The `description` of a SKILL.md frontmatter, shortened; undefined when there is none. */
export function descriptionOf(head: string): string | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(head);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch {
    return undefined;
  }
  const description = data && typeof data === 'object' ? (data as Record<string, unknown>).description : undefined;
  if (typeof description !== 'string' || description.trim() === '') return undefined;
  const text = description.trim().replace(/\s+/g, ' ');
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}
