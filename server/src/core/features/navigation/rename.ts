/**
 * Rename an agent: its `name` value(s), and every `Agent(x)` specifier and delegation sentence
 * that names it in the indexed files (each range is replaced by the new name as is: a
 * Capitalised "Architect" becomes `system-architect`, in backticks only when it already was).
 *
 * - From a reference, every agent declared with that name is renamed, with all references.
 * - From a `name` value that other files share (duplicates), only this file's name changes:
 *   the references still name the others.
 * - With `renameFile`, a defining file named `<old>.md` is renamed to `<new>.md` too (a
 *   `RenameFile` operation, skipped by the client if that file exists), and the edit uses
 *   `documentChanges`; otherwise `changes`.
 *
 * A new name that is not a valid agent name, or that another agent already has, is refused
 * with a `RenameError` whose message is written for the user (the server turns it into an
 * LSP ResponseError).
 */
import type { Range, RenameFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { isBuiltInAgent } from '../../schema/data/built-in-agents';
import { yamlScalar } from '../../rules/frontmatter/support/fields';
import { isKebabCase, toKebabCase } from '../../util/kebab-case';
import type { NavigationContext } from './context';
import { declarationsOf, localNames, occurrencesOf, type Occurrence, targetAt, type LocalNames } from './occurrences';

/** Thrown when a rename is refused; `message` is shown to the user. */
export class RenameError extends Error {
  override readonly name = 'RenameError';
}

export function prepareRename(ctx: NavigationContext): { range: Range; placeholder: string } | null {
  const local = localNames(ctx.doc);
  const target = targetAt(ctx, local);
  if (!target || target.kind !== 'agent' || !renameable(ctx, local, target.agentName)) return null;
  return { range: target.occurrence.range, placeholder: target.agentName };
}

export function rename(ctx: NavigationContext, newName: string, options: { renameFile?: boolean }): WorkspaceEdit | null {
  const local = localNames(ctx.doc);
  const target = targetAt(ctx, local);
  if (!target || target.kind !== 'agent' || !renameable(ctx, local, target.agentName)) return null;
  const oldName = target.agentName;
  const wanted = newName.trim();
  checkNewName(wanted);
  if (wanted === oldName) return null;

  const fromDeclaration = target.occurrence.role === 'declaration';
  const declarations = fromDeclaration ? [target.occurrence] : declarationsOf(ctx, local, oldName);
  const shared = fromDeclaration && declarationsOf(ctx, local, oldName).length > 1;
  const references = shared ? [] : occurrencesOf(ctx, local, oldName).filter((o) => o.role !== 'declaration');
  checkNameIsFree(ctx, local, wanted, declarations);

  const edits = new Map<string, TextEdit[]>();
  const seen = new Set<string>();
  for (const o of [...declarations, ...references]) {
    const key = `${o.uri}#${o.range.start.line}:${o.range.start.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edits.set(o.uri, [...(edits.get(o.uri) ?? []), { range: o.range, newText: wanted }]);
  }
  const renames = options.renameFile ? fileRenames(declarations, oldName, wanted) : [];
  if (renames.length === 0) return { changes: Object.fromEntries(edits) };
  const documentChanges: (TextDocumentEdit | RenameFile)[] = [...edits].map(([uri, list]) => ({
    textDocument: { uri, version: uri === ctx.doc.uri ? ctx.doc.version : null },
    edits: list,
  }));
  // After the text edits, which address the files by their old URIs.
  documentChanges.push(...renames);
  return { documentChanges };
}

/** Built-in agents and plugin agents (`plugin:name`) are not this workspace's to rename. */
function renameable(ctx: NavigationContext, local: LocalNames, name: string): boolean {
  if (name.includes(':')) return false;
  return !isBuiltInAgent(name) || declarationsOf(ctx, local, name).length > 0;
}

function checkNewName(name: string): void {
  if (name === '') throw new RenameError('An agent needs a name; type one, such as `code-reviewer`.');
  if (!isKebabCase(name)) {
    const suggestion = toKebabCase(name);
    throw new RenameError(
      `\`${name}\` is not a valid agent name: use lowercase letters, digits and single hyphens` + (suggestion ? `, such as \`${suggestion}\`.` : '.'),
    );
  }
  if (yamlScalar(name) !== name) throw new RenameError(`\`${name}\` would be read as a number or a boolean in YAML, not as a name; add a word to it.`);
}

function checkNameIsFree(ctx: NavigationContext, local: LocalNames, name: string, renamed: readonly Occurrence[]): void {
  const renamedUris = new Set(renamed.map((d) => d.uri));
  const taken = ctx.index.agentsNamed(name).find((s) => s.uri !== ctx.doc.uri && !renamedUris.has(s.uri));
  if (taken) throw new RenameError(`An agent named \`${name}\` already exists (${taken.path}); choose another name.`);
  if (local.declaration?.name === name && !renamedUris.has(ctx.doc.uri)) {
    throw new RenameError(`This agent is already named \`${name}\`; choose another name.`);
  }
}

/** `<old>.md` → `<new>.md` for each defining file named after the old name. */
function fileRenames(declarations: readonly Occurrence[], oldName: string, newName: string): RenameFile[] {
  const renames: RenameFile[] = [];
  for (const d of declarations) {
    const slash = d.uri.lastIndexOf('/');
    const file = safeDecode(d.uri.slice(slash + 1));
    if (file.toLowerCase() !== `${oldName.toLowerCase()}.md`) continue;
    renames.push({ kind: 'rename', oldUri: d.uri, newUri: `${d.uri.slice(0, slash + 1)}${encodeURIComponent(newName)}.md`, options: { ignoreIfExists: true } });
  }
  return renames;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
