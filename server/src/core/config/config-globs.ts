/**
 * Globs in `.agentsmith.json` are written relative to the file's folder (the way `.gitignore`
 * patterns are), while the service matches absolute paths. Loading a config rebases each glob
 * on its folder once, so nothing downstream needs to know where a glob came from:
 *   - `agents/**`, `**\/drafts/*.md`  → `<root>/agents/**`, `<root>/**\/drafts/*.md`
 *   - `README.md` (no `/`)            → `<root>/**\/README.md` (the name at any depth below root)
 *   - `/top.md`, `./top.md`           → `<root>/top.md` (anchored at root)
 *   - `drafts/` (trailing `/`)        → `<root>/drafts/**` (everything in the folder)
 */
import picomatch from 'picomatch';
import { normalizePath } from '../workspace/glob';
import type { SettingsLayer } from './settings-layer';

/** Why a glob cannot be used, as an instruction; undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'An empty glob matches nothing: write a pattern such as `agents/**/*.md`, or remove the entry.';
  if (glob !== glob.trim()) return 'Remove the spaces around the glob: they would have to be part of the file name.';
  if (glob.startsWith('!')) return 'Negated globs are not supported here: list the files to skip in `files.exclude` instead.';
  if (/^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('~')) return 'Write globs relative to the folder of `.agentsmith.json`, not as absolute paths.';
  if (/\\(?![*?[\]{}()!+@\\])/.test(glob)) return 'Use `/` between folders: a backslash in a glob escapes the next character.';
  if (glob.split('/').includes('..')) return 'A glob cannot reach outside the folder of `.agentsmith.json` (`..`): move the config up, or list the files from there.';
  const unbalanced = unbalancedBracket(glob);
  if (unbalanced) return `The glob has an unclosed \`${unbalanced}\`: close it, or escape it as \`\\${unbalanced}\` to match the character itself.`;
  try {
    if (picomatch.makeRe(glob).source === '$^') return 'This glob can never match a file: check its braces and brackets.';
  } catch {
    return 'This is not a valid glob: check its braces, brackets and parentheses.';
  }
  return undefined;
}

/** The first opening `{`, `[` or `(` without its closing partner (escapes respected). */
function unbalancedBracket(glob: string): string | undefined {
  const closers: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  const stack: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '\\') {
      i++;
      continue;
    }
    if (char in closers) stack.push(char);
    else if (Object.values(closers).includes(char) && stack.length > 0 && closers[stack[stack.length - 1]!] === char) stack.pop();
  }
  return stack[0];
}

/** Escapes the characters a glob would read as syntax, so a folder path matches literally. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

/** `root` is the config's folder (any separators; a Windows drive letter is dropped, as paths are matched without it). */
export function rebaseGlob(glob: string, root: string): string {
  const base = escapeGlob(normalizePath(root).replace(/\/+$/, ''));
  const anchored = /^\.?\//.test(glob);
  let relative = glob.replace(/^\.?\/+/, '');
  if (relative.endsWith('/')) relative += '**';
  if (!anchored && !relative.includes('/')) relative = `**/${relative}`;
  return `${base}/${relative}`;
}

/** The same layer with every glob (`profiles` keys, `files.include`, `files.exclude`) rebased on `root`. */
export function rebaseConfigGlobs(layer: SettingsLayer, root: string): SettingsLayer {
  const rebased: SettingsLayer = { ...layer };
  if (layer.profiles) {
    rebased.profiles = Object.fromEntries(Object.entries(layer.profiles).map(([glob, profile]) => [rebaseGlob(glob, root), profile]));
  }
  if (layer.files) {
    const files: SettingsLayer['files'] = {};
    if (layer.files.include) files.include = layer.files.include.map((glob) => rebaseGlob(glob, root));
    if (layer.files.exclude) files.exclude = layer.files.exclude.map((glob) => rebaseGlob(glob, root));
    rebased.files = files;
  }
  return rebased;
}
