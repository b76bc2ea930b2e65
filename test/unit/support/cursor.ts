/**
 * Completion and hover fixtures with the cursor written as `|` in the text (fixtures that use
 * the marker contain no other `|`). Helpers run the language service at that position and
 * apply an accepted item the way an editor does (snippet placeholders expanded to defaults).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Hover, Position } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/create-service';
import { snippetToPlain } from '../../../server/src/core/features/completion/item-text';
import type { CompletionRequest, LanguageServiceHost, SkillInfo } from '../../../server/src/core/service';
import { DEFAULT_SETTINGS, type AgentsmithSettings } from '../../../server/src/core/settings';
import { input } from './documents';

export interface Cursor {
  text: string;
  position: Position;
}

/** Splits `te|xt` into the text without the marker and the marker's position. */
export function cursorAt(marked: string): Cursor {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('a fixture needs exactly one | marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, position: TextDocument.create('file:///x', 'markdown', 1, text).positionAt(offset) };
}

export interface Harness {
  complete(marked: string, request?: CompletionRequest, settings?: AgentsmithSettings): CompletionItem[];
  list(marked: string, request?: CompletionRequest, settings?: AgentsmithSettings): CompletionList;
  hover(marked: string, settings?: AgentsmithSettings): Hover | null;
}

/** A service whose host lists `skills` and links rule docs; logging fails the test. */
export function harness(options: { path?: string; skills?: SkillInfo[]; host?: Partial<LanguageServiceHost>; agents?: { path: string; text: string }[] } = {}): Harness {
  const service = createLanguageService({
    log(message) {
      throw new Error(`language service logged: ${message}`);
    },
    ruleDocsUri: (id) => `file:///docs/rules/${id}.md`,
    listSkills: () => options.skills ?? [],
    ...options.host,
  });
  // Other agent files of the workspace, indexed as the server indexes files it has not opened.
  for (const agent of options.agents ?? []) service.indexFile(`file://${agent.path}`, agent.path, agent.text, DEFAULT_SETTINGS);
  let version = 0;
  const path = options.path ?? '/ws/.claude/agents/release-notes-writer.md';
  return {
    complete(marked, request, settings = DEFAULT_SETTINGS) {
      return this.list(marked, request, settings).items;
    },
    list(marked: string, request?: CompletionRequest, settings: AgentsmithSettings = DEFAULT_SETTINGS) {
      const { text, position } = cursorAt(marked);
      return service.complete(input(text, path, ++version), settings, position, request);
    },
    hover(marked, settings = DEFAULT_SETTINGS) {
      const { text, position } = cursorAt(marked);
      return service.hover(input(text, path, ++version), settings, position);
    },
  };
}

export function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

export function byLabel(items: readonly CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item ${label} among ${labels(items).join(', ')}`);
  return item;
}

export function newText(item: CompletionItem): string {
  if (!item.textEdit || !('range' in item.textEdit)) throw new Error(`item ${item.label} has no textEdit`);
  return item.textEdit.newText;
}

/** The document after accepting `item` at the marked cursor, snippet placeholders at their defaults. */
export function accept(marked: string, item: CompletionItem): string {
  const { text } = cursorAt(marked);
  if (!item.textEdit || !('range' in item.textEdit)) throw new Error(`item ${item.label} has no textEdit`);
  const insert = item.insertTextFormat === 2 ? snippetToPlain(item.textEdit.newText) : item.textEdit.newText;
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), [{ range: item.textEdit.range, newText: insert }]);
}

/** Items sorted as an editor lists them (by sortText, then label). */
export function sorted(items: readonly CompletionItem[]): CompletionItem[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
}
