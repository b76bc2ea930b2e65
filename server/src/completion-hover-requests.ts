/**
 * The server side of completion and hover: both answer from the core for agent files only
 * (nothing for other Markdown), right away — no waiting for diagnostics — and with an empty
 * answer when anything fails. Lists are made compact for clients that allow it, with each
 * item's documentation sent on `completionItem/resolve` (from the last list, never an older
 * one). (The skills catalog is kept fresh by `watched-files.ts`.)
 */
import {
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Hover,
} from 'vscode-languageserver/node';
import { documentationFor, shapeCompletionList, type ShapedCompletionList } from './completion-shaping';
import type { AgentsmithLanguageService, DocumentInput } from './core/service';
import type { AgentsmithSettings } from './core/settings';
import { type Logger, runSafe } from './run-safe';

export interface CompletionHoverDependencies {
  log: Logger;
  service: AgentsmithLanguageService;
  /** The document and its settings when it is an agent file; undefined otherwise. */
  agentContext(uri: string): Promise<{ input: DocumentInput; settings: AgentsmithSettings } | undefined>;
  /** What the client can take, read at `initialize`. */
  support(): CompletionClientSupport;
}

export interface CompletionClientSupport {
  /** `completionItem.snippetSupport`: otherwise items insert plain text. */
  completionSnippets: boolean;
  /** `completionList.itemDefaults` the client understands. */
  completionItemDefaults: readonly string[];
  /** The client asks for `documentation` with `completionItem/resolve`. */
  completionResolveDocumentation: boolean;
  /** The client's command that reopens the suggest widget (VS Code family only). */
  retriggerCommand: string | undefined;
}

const NO_COMPLETIONS: CompletionList = Object.freeze({ isIncomplete: false, items: [] }) as CompletionList;

export function registerCompletionAndHover(connection: Connection, deps: CompletionHoverDependencies): void {
  const { log, service, agentContext, support } = deps;
  /** The last list sent, with its items' documentation, for `completionItem/resolve`. */
  let last: { id: number; shaped: ShapedCompletionList | undefined } = { id: 0, shaped: undefined };

  connection.onCompletion((params, token) =>
    runSafe<CompletionList>(log, 'textDocument/completion', token, NO_COMPLETIONS, async () => {
      const context = await agentContext(params.textDocument.uri);
      if (!context) return NO_COMPLETIONS;
      const client = support();
      const list = service.complete(context.input, context.settings, params.position, {
        triggerKind: params.context?.triggerKind,
        triggerCharacter: params.context?.triggerCharacter,
        snippets: client.completionSnippets,
        retriggerCommand: client.retriggerCommand,
      });
      const shaped = shapeCompletionList(list, { itemDefaults: client.completionItemDefaults, resolveDocumentation: client.completionResolveDocumentation }, last.id + 1);
      last = { id: last.id + 1, shaped };
      return shaped.list;
    }),
  );

  connection.onCompletionResolve((item, token) =>
    runSafe<CompletionItem>(log, 'completionItem/resolve', token, item, () => {
      const documentation = item.data === last.id && last.shaped ? documentationFor(last.shaped, item) : undefined;
      if (documentation !== undefined) item.documentation = documentation;
      return item;
    }),
  );

  connection.onHover((params, token) =>
    runSafe<Hover | null>(log, 'textDocument/hover', token, null, async () => {
      const context = await agentContext(params.textDocument.uri);
      return context ? service.hover(context.input, context.settings, params.position) : null;
    }),
  );
}
