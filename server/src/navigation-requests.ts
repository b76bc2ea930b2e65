/**
 * Navigation between agents over LSP: go to definition, find references, rename and workspace
 * symbols, all answered by the core from the workspace index. Before answering, the open
 * documents' newest text is put into the index (a document the client has open but has not
 * had diagnosed, e.g. a background tab in a pulling client, would otherwise be known by an
 * older text, and a rename would edit the wrong places). Rename and references wait for the
 * first full index: a partial one would miss references.
 */
import {
  type Connection,
  LSPErrorCodes,
  type Location,
  type PrepareRenameResult,
  ResponseError,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver/node';
import type { AgentsmithLanguageService, DocumentInput } from './core/service';
import type { AgentsmithSettings } from './core/settings';
import { type Logger, runSafe } from './run-safe';
import type { WorkspaceIndexer } from './workspace-indexer';

/** How long a navigation request waits for the first index before answering from what there is. */
const INDEX_WAIT_MS = 3000;

export interface NavigationDependencies {
  log: Logger;
  service: AgentsmithLanguageService;
  indexer: WorkspaceIndexer;
  /** The document and its settings when it is an agent file; undefined otherwise. */
  agentContext(uri: string): Promise<{ input: DocumentInput; settings: AgentsmithSettings } | undefined>;
  /** URIs of the documents open in the client. */
  openUris(): readonly string[];
  /** Whether a rename may also rename files (the client applies `RenameFile` operations). */
  renameFiles(): boolean;
  /** Called after open documents were put into the index (names may have changed). */
  afterIndexUpdate(): void;
}

export function registerNavigationRequests(connection: Connection, deps: NavigationDependencies): void {
  const { log, service, indexer, agentContext } = deps;

  /** Overlays every open agent document's newest text (cached per version: cheap when nothing changed). */
  async function syncOpenDocuments(): Promise<void> {
    for (const uri of deps.openUris()) {
      const context = await agentContext(uri);
      if (context) service.diagnose(context.input, context.settings);
    }
    deps.afterIndexUpdate();
  }

  /** The request's document, after the index has caught up (bounded wait unless `complete`). */
  async function prepared(uri: string, complete = false): Promise<{ input: DocumentInput; settings: AgentsmithSettings } | undefined> {
    const indexed = await indexer.whenIndexed(INDEX_WAIT_MS);
    if (!indexed && complete) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, 'Agentsmith is still indexing the workspace; try again in a moment.');
    }
    await syncOpenDocuments();
    return agentContext(uri);
  }

  connection.onDefinition((params, token) =>
    runSafe<Location[]>(log, 'textDocument/definition', token, [], async () => {
      const context = await prepared(params.textDocument.uri);
      return context ? service.definition(context.input, context.settings, params.position) : [];
    }),
  );

  connection.onReferences((params, token) =>
    runSafe<Location[]>(log, 'textDocument/references', token, [], async () => {
      const context = await prepared(params.textDocument.uri);
      return context ? service.references(context.input, context.settings, params.position, params.context.includeDeclaration) : [];
    }),
  );

  connection.onPrepareRename((params, token) =>
    runSafe<PrepareRenameResult | null>(log, 'textDocument/prepareRename', token, null, async () => {
      const context = await prepared(params.textDocument.uri);
      return context ? service.prepareRename(context.input, context.settings, params.position) : null;
    }),
  );

  connection.onRenameRequest((params, token) =>
    runSafe<WorkspaceEdit | null>(log, 'textDocument/rename', token, null, async () => {
      const context = await prepared(params.textDocument.uri, true);
      if (!context) return null;
      try {
        return service.rename(context.input, context.settings, params.position, params.newName, { renameFile: deps.renameFiles() });
      } catch (error) {
        throw asRenameError(error);
      }
    }),
  );

  connection.onWorkspaceSymbol((params, token) =>
    runSafe<WorkspaceSymbol[]>(log, 'workspace/symbol', token, [], async () => {
      await indexer.whenIndexed(INDEX_WAIT_MS);
      await syncOpenDocuments();
      return service.workspaceSymbols(params.query);
    }),
  );
}

/**
 * The core refuses a rename (an invalid new name, a name taken) by throwing an error whose
 * message is written for the user: the client shows a ResponseError's message. Anything else
 * is a bug, logged by runSafe and answered with no edit.
 */
function asRenameError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'RenameError') return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
  return error;
}
