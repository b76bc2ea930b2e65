/**
 * Completion for agent files, from the same schema that validates them. Decides where the
 * cursor is — an empty file, a frontmatter key or value, a body heading or Tools line — and
 * asks the provider for that place. Anywhere else (prose, code blocks, comments) it offers
 * nothing, so it never competes with ordinary typing.
 */
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import type { AgentDocument } from '../../document/model';
import type { ProfileSchema } from '../../schema/profile-schema';
import { bodyItems } from './body-items';
import type { CompletionContextData } from './context';
import { frontmatterSpot } from './frontmatter-spot';
import { SNIPPET, snippetToPlain } from './item-text';
import { keyItems } from './key-items';
import { matchesTyped } from './typed-text';
import { bodySnippetItems, snippetItems } from './snippet-items';
import { valueItems } from './value-items';

export type { CompletionContextData } from './context';

/** Characters that open the suggest widget: after `key:`, list separators, a heading's `#`, `Agent(`. */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = [':', '-', '#', ',', '[', '('];

/** A document this small is checked for being "still empty" (only the word being typed). */
const EMPTY_FILE_MAX_LENGTH = 200;
const TRIGGER_CHARACTER = 2;

export function completions(ctx: CompletionContextData, options: { snippets: boolean }): CompletionList {
  const items = matchingTypedText(ctx, collect(ctx));
  if (!options.snippets) for (const item of items) toPlainText(item);
  // A list made for a partly typed word leaves out what the word rules out, which would be
  // missing if the user deleted some of it: an incomplete list makes the editor ask again.
  return { isIncomplete: items.some((item) => typedBefore(ctx, item)), items };
}

function typedBefore(ctx: CompletionContextData, item: CompletionItem): boolean {
  return item.textEdit !== undefined && 'range' in item.textEdit && item.textEdit.range.start.character < ctx.position.character;
}

/**
 * The items whose filter text contains the typed text (from the item's range start to the
 * cursor) as a subsequence, ignoring case: a superset of what an editor's fuzzy matcher shows,
 * so nothing it would show is lost, and a typed word keeps lists (and answers) small.
 */
function matchingTypedText(ctx: CompletionContextData, items: CompletionItem[]): CompletionItem[] {
  if (items.length === 0) return items;
  const lineText = ctx.doc.source.lineText(ctx.position.line);
  const cursor = Math.min(ctx.position.character, lineText.length);
  return items.filter((item) => {
    const start = item.textEdit && 'range' in item.textEdit ? item.textEdit.range.start.character : cursor;
    return start >= cursor || matchesTyped(lineText.slice(start, cursor), item.filterText ?? item.label);
  });
}

function collect(ctx: CompletionContextData): CompletionItem[] {
  const { doc, position } = ctx;
  if (position.line < 0 || position.line >= doc.source.lineCount || position.character < 0) return [];
  const empty = emptyFileRange(doc, position.line, position.character);
  if (empty) return ctx.triggerKind === TRIGGER_CHARACTER && !empty.dashes ? [] : snippetItems(ctx, 'empty-file', empty.range, { filterPrefix: empty.dashes });
  const spot = frontmatterSpot(doc, position, (key) => splitsCommas(ctx.schema, key));
  // `(` opens the list only where it starts a specifier's names (`Agent(`), never in prose.
  if (ctx.triggerKind === TRIGGER_CHARACTER && ctx.triggerCharacter === '(') return spot && spot.kind !== 'key' && spot.slot.inSpecifier ? valueItems(ctx, spot) : [];
  if (spot?.kind === 'key') {
    const keys = keyItems(ctx, spot);
    if (spot.hasColon || ctx.triggerKind === TRIGGER_CHARACTER) return keys;
    const present = new Set(doc.frontmatter?.fields.map((f) => f.key));
    return [...keys, ...snippetItems(ctx, 'frontmatter', spot.range, { skip: present })];
  }
  if (spot) return valueItems(ctx, spot);
  if (inFrontmatter(doc, position.line)) return [];
  const items = bodyItems(ctx);
  return ctx.triggerKind === TRIGGER_CHARACTER ? items : [...items, ...bodyWordSnippets(ctx)];
}

function splitsCommas(schema: ProfileSchema, key: string): boolean {
  const kind = schema.fields.get(key)?.kind;
  return kind === 'tool-list' || kind === 'string-list';
}

function inFrontmatter(doc: AgentDocument, line: number): boolean {
  const fm = doc.frontmatter;
  if (!fm) return false;
  if (fm.closeLine !== undefined) return line <= fm.closeLine;
  return line < doc.body.startLine;
}

/**
 * In a file that is still empty apart from the word being typed (or the `---` that starts a
 * frontmatter), the range of that word: whole-agent snippets replace it.
 */
function emptyFileRange(doc: AgentDocument, line: number, character: number) {
  const text = doc.source.text;
  if (text.length > EMPTY_FILE_MAX_LENGTH || (doc.frontmatter && doc.frontmatter.contentEnd > doc.frontmatter.contentStart)) return undefined;
  const lineText = doc.source.lineText(line);
  if (text.trim() !== lineText.trim()) return undefined;
  const word = /^(-{1,3})?[\w-]*$/.exec(lineText.trimEnd());
  if (!word || character < lineText.trimEnd().length) return undefined;
  return { range: doc.source.lineRange(line, 0, lineText.length), dashes: word[1] ?? '' };
}

/** Body snippets where the line holds nothing but the word being typed. */
function bodyWordSnippets(ctx: CompletionContextData): CompletionItem[] {
  const { doc, position } = ctx;
  if (doc.body.isCode(position.line) || position.line < doc.body.startLine) return [];
  const lineText = doc.source.lineText(position.line);
  const match = /^([ \t]*)([\w-]*)$/.exec(lineText);
  if (!match || position.character < match[1].length) return [];
  return bodySnippetItems(ctx, doc.source.lineRange(position.line, match[1].length, lineText.length));
}

function toPlainText(item: CompletionItem): void {
  if (item.insertTextFormat !== SNIPPET) return;
  if (item.textEdit && 'range' in item.textEdit) item.textEdit = { range: item.textEdit.range, newText: snippetToPlain(item.textEdit.newText) };
  item.insertTextFormat = 1;
}
