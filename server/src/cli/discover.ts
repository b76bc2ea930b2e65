/**
 * What `agentsmith check` looks at: the project root, the candidate files under it (the same
 * walk as the server's index), and the files the user named — paths, folders and globs.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { AgentsmithSettings } from '../core/settings';
import { matchesGlob } from '../core/workspace/glob';
import { discoverFiles } from '../files/discover-files';
import { describeFsError } from './read-files';

/** Markers of a project root, nearest first wins. */
const ROOT_MARKERS = ['.agentsmith.json', '.git'];

/** The nearest folder upwards from `start` holding `.agentsmith.json` or `.git`; `start` when none does. */
export function findProjectRoot(start: string): string {
  let folder = resolve(start);
  for (;;) {
    if (ROOT_MARKERS.some((marker) => existsSync(join(folder, marker)))) return toSlashes(folder);
    const parent = dirname(folder);
    if (parent === folder) return toSlashes(resolve(start));
    folder = parent;
  }
}

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export interface Operands {
  /** Files named directly or matched by a glob: checked whatever their folder. */
  files: string[];
  /** Folders named: the agent files under them are checked. */
  folders: string[];
  /** Operands that name nothing usable (exit code 2). */
  errors: { operand: string; reason: string }[];
}

/** Sorts the operands into files, folders and errors; globs are expanded (a file that exists wins over a glob reading of its name). */
export async function resolveOperands(operands: readonly string[], cwd: string, settings: AgentsmithSettings, maxFiles: number): Promise<Operands> {
  const result: Operands = { files: [], folders: [], errors: [] };
  for (const operand of operands) {
    const path = toSlashes(resolve(cwd, operand));
    let kind: 'file' | 'folder' | 'other' | undefined;
    try {
      const stat = statSync(path);
      kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        result.errors.push({ operand, reason: describeFsError(error) });
        continue;
      }
    }
    if (kind === 'file') result.files.push(path);
    else if (kind === 'folder') result.folders.push(path);
    else if (kind === 'other') result.errors.push({ operand, reason: 'not a regular file or folder' });
    else if (picomatch.scan(operand).isGlob) {
      const matched = await expandGlob(operand, cwd, settings, maxFiles);
      if (matched.length === 0) result.errors.push({ operand, reason: 'no file matches this glob' });
      result.files.push(...matched);
    } else {
      result.errors.push({ operand, reason: 'no such file or directory' });
    }
  }
  result.files = [...new Set(result.files)].sort();
  result.folders = [...new Set(result.folders)].sort();
  return result;
}

/**
 * The files a glob matches, relative to `cwd` unless absolute; dot folders (`.claude`) match
 * `**`, and `files.exclude` still applies (a glob is a wish for many files, not for each one).
 */
export async function expandGlob(glob: string, cwd: string, settings: AgentsmithSettings, maxFiles: number): Promise<string[]> {
  const absolute = toSlashes(isAbsolute(glob) ? glob : join(cwd, glob));
  const base = picomatch.scan(absolute).base || '/';
  const matches = picomatch(absolute, { dot: true });
  // The walk keeps only Markdown unless told otherwise: the glob itself is the include list.
  const walkSettings: AgentsmithSettings = { ...settings, files: { include: [absolute], exclude: settings.files.exclude } };
  const found = await discoverFiles([base], walkSettings, { maxFiles });
  return found.files.filter((path) => matches(path) && !settings.files.exclude.some((exclude) => matchesGlob(path, exclude)));
}

/** Whether `path` lies inside `folder` (both absolute, forward slashes). */
export function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith('/') ? folder : folder + '/');
}
