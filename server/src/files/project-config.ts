/**
 * Finds and reads a project's `.agentsmith.json`, for the server and the CLI. The nearest one
 * applies: walking up from a file's folder, the first folder that has one wins (configs do not
 * cascade). The walk stops at the root of a git repository (a folder with `.git`), at a
 * workspace folder the caller names, or at the file system's root. Globs in the config are
 * rebased on its folder as it is loaded (see `core/config/config-globs.ts`). Never throws: an
 * unreadable file is a config with one problem and no settings.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type ConfigProblem, PROJECT_CONFIG_FILE_NAME, rebaseConfigGlobs, type SettingsLayer, validateConfig } from '../core/config/index';

export { PROJECT_CONFIG_FILE_NAME } from '../core/config/index';

/** A config file larger than this is not a config file someone wrote. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ProjectConfig {
  /** The config file's absolute path. */
  path: string;
  /** Its folder: relative globs in it were rebased here. */
  root: string;
  /** What it validly says, globs already absolute; merge it with `mergeSettings`. */
  settings: SettingsLayer;
  /** Everything wrong with it, with ranges in the file (empty when it is clean). */
  problems: ConfigProblem[];
}

export interface FindOptions {
  /** Folders where the walk ends even without `.git` (the server's workspace folders). */
  stopAt?: readonly string[];
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return (await kindOf(path)) !== undefined;
}

/**
 * The `.agentsmith.json` that applies to a file or folder, or undefined. `fromPath` may be a
 * file (its folder is searched first), a folder, or a path that does not exist yet.
 */
export async function findProjectConfigPath(fromPath: string, options: FindOptions = {}): Promise<string | undefined> {
  const start = resolve(fromPath);
  let folder = (await kindOf(start)) === 'folder' ? start : dirname(start);
  const stops = new Set((options.stopAt ?? []).map((p) => resolve(p)));
  for (;;) {
    const candidate = join(folder, PROJECT_CONFIG_FILE_NAME);
    if ((await kindOf(candidate)) === 'file') return candidate;
    if (stops.has(folder) || (await exists(join(folder, '.git')))) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Reads a config: the one that applies to `fromPathOrConfigPath` (a file or folder, searched as
 * `findProjectConfigPath` does), or that file itself when the path names a `.json` file (the
 * CLI's `--config`). Undefined when no config applies. A named config that does not exist or
 * cannot be read comes back with a problem saying so and no settings.
 */
export async function loadProjectConfig(fromPathOrConfigPath: string, options: FindOptions = {}): Promise<ProjectConfig | undefined> {
  const given = resolve(fromPathOrConfigPath);
  const named = basename(given) === PROJECT_CONFIG_FILE_NAME || (/\.json$/i.test(given) && (await kindOf(given)) !== 'folder');
  const path = named ? given : await findProjectConfigPath(given, options);
  if (!path) return undefined;
  return readProjectConfig(path);
}

/** Reads and validates one config file. */
export async function readProjectConfig(path: string): Promise<ProjectConfig> {
  const root = dirname(path);
  const unreadable = (message: string): ProjectConfig => ({
    path,
    root,
    settings: {},
    problems: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message, severity: 'error' }],
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) return unreadable(`${path} is not a file.`);
    if (info.size > MAX_CONFIG_BYTES) return unreadable(`${path} is larger than 1 MB; a config file is a few lines of JSON.`);
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const { settings, problems } = validateConfig(text);
    return { path, root, settings: rebaseConfigGlobs(settings, root), problems };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    return unreadable(`The config file ${path} ${reason}.`);
  }
}

/** `path:line:column: message`, 1-based, for logs and the CLI. */
export function formatConfigProblem(config: Pick<ProjectConfig, 'path'>, problem: ConfigProblem): string {
  return `${config.path}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.severity}: ${problem.message}`;
}
