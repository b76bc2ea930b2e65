/**
 * The agent-file snippets (`core/snippets`) as completion items, so they appear in agent files
 * only: whole agents in an empty file, frontmatter snippets at a key position, body snippets
 * at the start of a body line (and, for those that open with a heading, at a heading position).
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { agentSnippets, type AgentSnippet, escapeSnippetText } from '../../snippets/index';
import { baseNameWithoutExtension } from '../../util/path-name';
import type { CompletionContextData } from './context';
import { markdown, order, SNIPPET, snippetToPlain } from './item-text';

/** Snippets of one kind of place, for the document's profile, as items replacing `range`. */
export function snippetItems(ctx: CompletionContextData, where: AgentSnippet['where'], range: Range, options: { filterPrefix?: string; skip?: ReadonlySet<string> } = {}): CompletionItem[] {
  return usable(ctx, where)
    .filter((snippet) => !options.skip?.has(snippet.prefix))
    .map((snippet, index) => toItem(ctx, snippet, range, (options.filterPrefix ?? '') + snippet.prefix, index));
}

/** Body snippets that start with a heading, offered where a heading is being typed (`## Thr…`). */
export function headingSnippetItems(ctx: CompletionContextData, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const snippet of usable(ctx, 'body')) {
    const firstLine = snippetToPlain(snippet.body.split('\n')[0]);
    if (!/^#{1,3} /.test(firstLine) || sectionPresent(ctx, snippet.id)) continue;
    items.push(toItem(ctx, snippet, range, firstLine, items.length));
  }
  return items;
}

/** Body snippets at a line that holds only the word being typed. */
export function bodySnippetItems(ctx: CompletionContextData, range: Range): CompletionItem[] {
  return usable(ctx, 'body')
    .filter((snippet) => !sectionPresent(ctx, snippet.id))
    .map((snippet, index) => toItem(ctx, snippet, range, snippet.prefix, index));
}

function usable(ctx: CompletionContextData, where: AgentSnippet['where']): AgentSnippet[] {
  return agentSnippets.filter((s) => s.where === where && s.profiles.includes(ctx.profile));
}

/** A snippet that lays down a whole skeleton section is not offered when the section exists. */
function sectionPresent(ctx: CompletionContextData, id: string): boolean {
  const s = ctx.doc.structure;
  if (id === 'methodology') return s.methodology !== undefined;
  if (id === 'boundaries') return s.boundaries !== undefined;
  if (id === 'checklist') return s.checklist !== undefined;
  return false;
}

function toItem(ctx: CompletionContextData, snippet: AgentSnippet, range: Range, filterText: string, index: number): CompletionItem {
  const eol = ctx.doc.source.eol;
  const body = withFileName(snippet.body, ctx.path);
  const preview = snippetToPlain(body);
  const fence = preview.includes('```') ? '~~~~' : '```';
  return {
    label: snippet.prefix,
    labelDetails: { description: snippet.label },
    kind: CompletionItemKind.Snippet,
    detail: snippet.label,
    documentation: markdown(`${snippet.description}\n\n${fence}markdown\n${preview}\n${fence}`),
    sortText: order(index, 5),
    filterText,
    textEdit: { range, newText: eol === '\n' ? body : body.replace(/\n/g, eol) },
    insertTextFormat: SNIPPET,
  };
}

/**
 * Whole-agent snippets default `name` to `${TM_FILENAME_BASE}`. Resolved here, so that the
 * preview, clients without snippet support and clients without that variable all get the
 * file name rather than the variable.
 */
function withFileName(body: string, path: string): string {
  const base = baseNameWithoutExtension(path);
  return base ? body.split('${TM_FILENAME_BASE}').join(escapeSnippetText(base)) : body;
}
