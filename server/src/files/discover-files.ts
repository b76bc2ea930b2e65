/**
 * Finds the candidate agent files under some folders, for the server's workspace index and
 * the CLI: every `.md` file (and files named by `files.include` globs), not following
 * symbolic links, skipping `.git`, `node_modules` and excluded paths. Bounded: stops at
 * `maxFiles` and says so. Whether a candidate is an agent file is the service's decision
 * (`isAgentFile` / `indexFile`), which may need its text.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgentsmithSettings } from '../core/settings';
import { matchesGlob } from '../core/workspace/glob';

/** Folders never worth a look: tools' caches and dependencies. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn', '.venv', '__pycache__', '.next', '.cache', 'dist', 'out', 'build', 'target']);

/** Whether discovery takes a file by its name: `.md` or an include glob, and no exclude glob. */
export function isWantedFile(path: string, settings: AgentsmithSettings): boolean {
  return (/\.md$/i.test(path) || settings.files.include.some((glob) => matchesGlob(path, glob))) && !settings.files.exclude.some((glob) => matchesGlob(path, glob));
}

/**
 * Whether discovery under `root` would return `path` (for a file watcher's events): a wanted
 * file in no skipped folder between `root` and the file.
 */
export function isDiscoverable(path: string, root: string, settings: AgentsmithSettings): boolean {
  if (!path.startsWith(`${root.replace(/\/+$/, '')}/`)) return false;
  const folders = path.slice(root.replace(/\/+$/, '').length + 1).split('/').slice(0, -1);
  return !folders.some((name) => SKIPPED_FOLDERS.has(name)) && isWantedFile(path, settings);
}

export interface DiscoverOptions {
  /** Stop after this many files (default 20,000). */
  maxFiles?: number;
  /** Called every few hundred files, for progress reports. */
  onProgress?(found: number): void;
  /** Checked between folders; a cancelled walk returns what it found so far. */
  isCancelled?(): boolean;
}

export interface Discovered {
  /** Absolute paths, forward slashes on every platform, sorted. */
  files: string[];
  /** Whether `maxFiles` cut the walk short. */
  truncated: boolean;
}

export async function discoverFiles(roots: readonly string[], settings: AgentsmithSettings, options: DiscoverOptions = {}): Promise<Discovered> {
  const maxFiles = options.maxFiles ?? 20_000;
  const files: string[] = [];
  const seen = new Set<string>();
  const pending = [...roots];
  let truncated = false;
  const wanted = (path: string) => isWantedFile(path, settings);
  walk: while (pending.length > 0) {
    if (options.isCancelled?.()) break;
    const folder = pending.shift()!;
    if (seen.has(folder)) continue;
    seen.add(folder);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue; // unreadable or vanished: nothing to index there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name).replace(/\\/g, '/');
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) || entry.name === '.claude') pending.push(path);
      } else if (entry.isFile() && wanted(path)) {
        if (files.length >= maxFiles) {
          truncated = true;
          break walk;
        }
        files.push(path);
        if (files.length % 500 === 0) options.onProgress?.(files.length);
      }
    }
  }
  files.sort();
  return { files, truncated };
}
