/**
 * Which files `agentsmith check` reads, indexes and reports: the project's agent files (for
 * rules across files, and as the default targets) and the files the user named. Reads each
 * file once; a file the path alone rules out (excluded, not Markdown) is never read.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AgentsmithLanguageService, DocumentInput } from '../core/service';
import { decideByPath } from '../core/workspace/agent-files';
import { discoverFiles } from '../files/discover-files';
import type { CliSettings } from './config';
import { isInside, resolveOperands, toSlashes } from './discover';
import { type FileText, readTexts } from './read-files';

/** The most files one run looks at (discovery stops there and says so). */
export const MAX_FILES = 20_000;

export interface CollectedFile {
  path: string;
  uri: string;
  file: FileText;
}

export interface Collection {
  /** Files to check and report, sorted by path. */
  targets: CollectedFile[];
  /** Agent files of the project that are not targets (indexed for rules across files). */
  others: CollectedFile[];
  /** Messages for stderr, and whether any of them is an error (exit code 2). */
  messages: string[];
  failed: boolean;
}

export interface CollectOptions {
  operands: readonly string[];
  cwd: string;
  root: string;
  /** Whether the whole project must be read even when only some files are named (rules across files). */
  needsWorkspace: boolean;
  /** Whether the exact bytes matter (`--fix`). */
  checkExact: boolean;
}

export async function collectFiles(service: AgentsmithLanguageService, config: CliSettings, options: CollectOptions): Promise<Collection> {
  const messages: string[] = [];
  let failed = false;
  const { cwd, root } = options;
  await config.prepare([root]);
  const rootSettings = config.forFolder(root);
  const operands = await resolveOperands(options.operands, cwd, rootSettings, MAX_FILES);
  for (const error of operands.errors) messages.push(`agentsmith: ${error.operand}: ${error.reason}`);
  if (operands.errors.length > 0) return { targets: [], others: [], messages, failed: true };

  const discoverAll = options.operands.length === 0 || operands.folders.length > 0 || options.needsWorkspace;
  const walkRoots = discoverAll ? [root, ...operands.folders.filter((folder) => folder !== root && !isInside(folder, root))] : [];
  const discovered = walkRoots.length > 0 ? await discoverFiles(walkRoots, rootSettings, { maxFiles: MAX_FILES }) : { files: [], truncated: false };
  if (discovered.truncated) messages.push(`agentsmith: stopped looking after ${MAX_FILES} files; name the folders to check to see the rest`);

  await config.prepare([...discovered.files, ...operands.files].map(folderOf));
  const candidates = discovered.files.filter((path) => decideByPath(path, config.forFile(path)) !== false);
  const toRead = [...new Set([...candidates, ...operands.files])];
  const texts = readTexts(toRead, options.checkExact);

  const named = new Set(operands.files);
  const targets: CollectedFile[] = [];
  const others: CollectedFile[] = [];
  for (const path of toRead.sort()) {
    const read = texts.get(path);
    if (!read || !read.ok) {
      // A file the user named must be readable; one found on the way is skipped, as the editor skips it.
      if (named.has(path)) {
        messages.push(`agentsmith: ${displayPath(path, cwd)}: ${read?.reason ?? 'cannot be read'}`);
        failed = true;
      }
      continue;
    }
    const collected: CollectedFile = { path, uri: pathToFileURL(path).href, file: read.file };
    const isAgent = named.has(path) || service.isAgentFile(documentInput(collected, read.file.text, 0), config.forFile(path));
    if (!isAgent) continue;
    const isTarget = named.has(path) || options.operands.length === 0 || operands.folders.some((folder) => folder === path || isInside(path, folder));
    (isTarget ? targets : others).push(collected);
  }
  return { targets, others, messages, failed };
}

export function documentInput(file: Pick<CollectedFile, 'path' | 'uri'>, text: string, version: number): DocumentInput {
  return { uri: file.uri, version, path: file.path, getText: () => text };
}

/** Relative to the current directory, forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const relativePath = toSlashes(relative(cwd, path));
  return relativePath === '' ? '.' : relativePath;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}
