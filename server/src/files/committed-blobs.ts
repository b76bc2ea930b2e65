/**
 * Many committed files read through one `git cat-file --batch`, quickly. Asked for
 * `HEAD:folder/file.md`, git walks the trees from the root for every name and scans the
 * folder's entries each time: for a thousand agents in one folder that is ~0.25 s here. Reading
 * each busy folder's tree once and then its blobs by id takes ~0.05 s. The answers are those
 * of the path lookups, except that a committed symbolic link gives no text (a path lookup
 * would give the link's target path as if it were the file).
 */
import type { CatFileBatch, GitObject } from './git-process';

/** Below this many files a folder is asked for by path: a tree round trip would cost more. */
const FILES_PER_TREE_READ = 4;

const HEAD = 'HEAD:';

/** Tree entry modes of files with contents: regular and executable. */
const FILE_MODES = new Set(['100644', '100755']);

/** The blob contents of each `HEAD:<path>` name, in order (undefined where there is none). */
export async function readCommittedBlobs(batch: CatFileBatch, names: readonly string[]): Promise<(Buffer | undefined)[]> {
  const byFolder = new Map<string, number[]>();
  names.forEach((name, index) => {
    if (!name.startsWith(HEAD)) return;
    // `HEAD:` names the root tree, `HEAD:a/b/` the folder a/b.
    const folder = name.slice(0, Math.max(name.lastIndexOf('/') + 1, HEAD.length));
    let members = byFolder.get(folder);
    if (!members) byFolder.set(folder, (members = []));
    members.push(index);
  });
  const treeFolders = [...byFolder].filter(([, members]) => members.length >= FILES_PER_TREE_READ);
  const viaTree = new Set(treeFolders.flatMap(([, members]) => members));
  const direct = names.map((_, index) => index).filter((index) => !viaTree.has(index));

  // Both requests go out at once; git answers in order, so the path lookups are not held up.
  const treesAsked = batch.readObjects(treeFolders.map(([folder]) => folder), 'tree');
  const directAsked = batch.read(direct.map((index) => names[index]));
  const answers: (Buffer | undefined)[] = names.map(() => undefined);

  const trees = await treesAsked;
  const byId: { index: number; oid: string }[] = [];
  treeFolders.forEach(([folder, members], i) => {
    const entries = trees[i] && fileEntries(trees[i]!);
    if (!entries) return; // the folder is not in HEAD: none of its files is committed
    for (const index of members) {
      const oid = entries.get(names[index].slice(folder.length));
      if (oid) byId.push({ index, oid });
    }
  });
  const blobs = await batch.read(byId.map((item) => item.oid));
  byId.forEach((item, i) => (answers[item.index] = blobs[i]));
  const directBlobs = await directAsked;
  direct.forEach((index, i) => (answers[index] = directBlobs[i]));
  return answers;
}

/**
 * Name → blob id of the files in a tree object (`<mode> <name>\0<raw id>` entries; the id is
 * as long as the tree's own: SHA-1 or SHA-256). Folders, links and submodules are left out.
 */
export function fileEntries(tree: GitObject): Map<string, string> {
  const { content } = tree;
  const idBytes = tree.oid.length / 2;
  const entries = new Map<string, string>();
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = space < 0 ? -1 : content.indexOf(0, space);
    if (nul < 0 || nul + 1 + idBytes > content.length) break; // truncated: keep what was read
    const mode = content.toString('latin1', at, space);
    if (FILE_MODES.has(mode)) entries.set(content.toString('utf8', space + 1, nul), content.toString('hex', nul + 1, nul + 1 + idBytes));
    at = nul + 1 + idBytes;
  }
  return entries;
}
