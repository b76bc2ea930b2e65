/**
 * The workspace folders as the client changes them: in a multi-root workspace folders are
 * added and removed while the server runs. The new list goes to everything that depends on it
 * (the index, the skills catalog, where project configs are looked for), and the index is
 * synced: the agents of an added folder count from then on, those of a removed one no longer.
 */
import type { WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver/node';

/** The folders from `initialize`: `workspaceFolders`, else the single `rootUri`. */
export function initialFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): WorkspaceFolder[] {
  if (folders && folders.length > 0) return [...folders];
  return rootUri ? [{ uri: rootUri, name: '' }] : [];
}

/** `current` after a change event: removed folders out, added ones appended once. */
export function foldersAfter(current: readonly WorkspaceFolder[], event: WorkspaceFoldersChangeEvent): WorkspaceFolder[] {
  const removed = new Set(event.removed.map((folder) => folder.uri));
  const next = current.filter((folder) => !removed.has(folder.uri));
  for (const folder of event.added) if (!next.some((known) => known.uri === folder.uri)) next.push(folder);
  return next;
}
