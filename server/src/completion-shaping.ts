/**
 * Makes a completion list small on the wire for clients that allow it (VS Code does): the
 * replace range every item shares goes into `itemDefaults.editRange` once instead of into each
 * item, and each item's documentation waits for `completionItem/resolve` (sent only for the
 * item the user looks at). A 45-tool list shrinks from ~15 KB to ~3 KB, which is most of what
 * a completion request costs here.
 */
import type { CompletionItem, CompletionList, MarkupContent, Range } from 'vscode-languageserver/node';

export interface CompletionShapeSupport {
  /** The client's `completionList.itemDefaults` (e.g. `editRange`, `insertTextFormat`). */
  itemDefaults: readonly string[];
  /** The client resolves `documentation` lazily (`completionItem.resolveSupport`). */
  resolveDocumentation: boolean;
}

export interface ShapedCompletionList {
  list: CompletionList;
  /** The documentation taken out of `list.items[i]`, for `completionItem/resolve`. */
  documentation: (string | MarkupContent | undefined)[];
}

/**
 * The documentation a resolve request asks for: the shaped list's item with the same kind and
 * label (labels are unique per kind within a list; a key and a snippet may share one).
 */
export function documentationFor(shaped: ShapedCompletionList, item: CompletionItem): string | MarkupContent | undefined {
  const index = shaped.list.items.findIndex((candidate) => candidate.label === item.label && candidate.kind === item.kind);
  return index >= 0 ? shaped.documentation[index] : undefined;
}

/**
 * `list` as the client wants it. When docs are deferred, `data` is the list's id (once, in
 * `itemDefaults.data`, when the client takes that) so a resolve can tell the current list's
 * items from an older list's.
 */
export function shapeCompletionList(list: CompletionList, support: CompletionShapeSupport, listId: number): ShapedCompletionList {
  const items = list.items;
  const deferDocs = support.resolveDocumentation;
  const range = support.itemDefaults.includes('editRange') ? sharedRange(items) : undefined;
  const format = support.itemDefaults.includes('insertTextFormat') ? sharedFormat(items) : undefined;
  const documentation: (string | MarkupContent | undefined)[] = [];
  if (items.length === 0 || (!deferDocs && !range && format === undefined)) return { list, documentation };
  const dataDefault = deferDocs && support.itemDefaults.includes('data');
  for (const item of items) {
    // Properties are set to undefined, not deleted: JSON leaves them out either way, and V8
    // keeps the objects fast to serialize.
    if (range) {
      // With a default range the label is the text unless the item says otherwise.
      const newText = (item.textEdit as { newText: string }).newText;
      if (newText !== item.label) item.textEditText = newText;
      item.textEdit = undefined;
    }
    // Plain text is what an item without a format means, unless the list defaults to another.
    if (format !== undefined || item.insertTextFormat === 1) item.insertTextFormat = undefined;
    if (deferDocs) {
      documentation.push(item.documentation);
      item.documentation = undefined;
      if (!dataDefault) item.data = listId;
    }
  }
  const itemDefaults: CompletionList['itemDefaults'] = { ...list.itemDefaults };
  if (range) itemDefaults.editRange = range;
  if (format !== undefined) itemDefaults.insertTextFormat = format;
  if (dataDefault) itemDefaults.data = listId;
  list.itemDefaults = itemDefaults;
  return { list, documentation };
}

/** The range of every item's `textEdit` when it is one and the same; undefined otherwise. */
function sharedRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items[0]?.textEdit;
  if (!first || !('range' in first)) return undefined;
  const { start, end } = first.range;
  for (const item of items) {
    const edit = item.textEdit;
    if (!edit || !('range' in edit)) return undefined;
    const r = edit.range;
    if (r.start.line !== start.line || r.start.character !== start.character || r.end.line !== end.line || r.end.character !== end.character) return undefined;
  }
  return first.range;
}

function sharedFormat(items: readonly CompletionItem[]): CompletionItem['insertTextFormat'] {
  const format = items[0]?.insertTextFormat;
  return format !== undefined && items.every((item) => item.insertTextFormat === format) ? format : undefined;
}
