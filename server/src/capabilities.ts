/**
 * What the client can do decides how the server behaves; this file is the one place that
 * reads client capabilities and says what the server advertises in return.
 */
import {
  type ClientCapabilities,
  CodeActionKind,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { BUMP_VERSION_KIND } from './core/features/bump-version';
import { COMPLETION_TRIGGER_CHARACTERS } from './core/features/completion/index';
import { SEMANTIC_TOKENS_LEGEND } from './core/features/semantic-tokens';
import { FIX_ALL_KIND } from './core/service';
import { CHECK_WORKSPACE_COMMAND } from './protocol/check-workspace';

export interface ClientSupport {
  /** `textDocument/diagnostic`: the client pulls, so the server never pushes. */
  pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the server may ask a pulling client to pull again. */
  diagnosticRefresh: boolean;
  /** `workspace/configuration`: settings are asked for per resource. */
  configurationRequests: boolean;
  /** The client accepts a dynamic registration for `workspace/didChangeConfiguration`. */
  configurationChangeRegistration: boolean;
  /** DocumentSymbol[] (an Outline tree) rather than the flat SymbolInformation[]. */
  hierarchicalSymbols: boolean;
  /** `completionItem.snippetSupport`: completion items may carry `${1:placeholders}`. */
  completionSnippets: boolean;
  /** `completionList.itemDefaults`: properties a completion list may set once for all its items. */
  completionItemDefaults: readonly string[];
  /** `completionItem.resolveSupport` covers `documentation`: it may wait for `completionItem/resolve`. */
  completionResolveDocumentation: boolean;
  /** `workspace.didChangeWatchedFiles.dynamicRegistration`: the server may ask for a file watcher. */
  watchedFilesRegistration: boolean;
  /** `window.workDoneProgress`: the server may show progress it starts itself (indexing). */
  workDoneProgress: boolean;
  /** `textDocument.rename.prepareSupport`: the client asks before renaming. */
  prepareRename: boolean;
  /** Workspace edits with `documentChanges` including `RenameFile`: a rename may rename the agent's file too. */
  renameFileEdits: boolean;
  /** `workspace.workspaceFolders`: the client reports folders added to and removed from the workspace. */
  workspaceFolderChanges: boolean;
  /**
   * The command that reopens the suggest widget after a completion is accepted: only VS Code
   * and its forks have `editor.action.triggerSuggest`; other clients would send it back to us.
   */
  retriggerCommand: string | undefined;
}

const VSCODE_FAMILY = /visual studio code|vscode|code - oss|code-server|vscodium|cursor|windsurf|positron/i;

export function readClientSupport(capabilities: ClientCapabilities, clientInfo?: { name: string }): ClientSupport {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configurationRequests: capabilities.workspace?.configuration === true,
    configurationChangeRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    completionSnippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    completionItemDefaults: capabilities.textDocument?.completion?.completionList?.itemDefaults ?? [],
    completionResolveDocumentation: capabilities.textDocument?.completion?.completionItem?.resolveSupport?.properties.includes('documentation') === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    prepareRename: capabilities.textDocument?.rename?.prepareSupport === true,
    renameFileEdits:
      capabilities.workspace?.workspaceEdit?.documentChanges === true && capabilities.workspace.workspaceEdit.resourceOperations?.includes('rename') === true,
    workspaceFolderChanges: capabilities.workspace?.workspaceFolders === true,
    retriggerCommand: VSCODE_FAMILY.test(clientInfo?.name ?? '') ? 'editor.action.triggerSuggest' : undefined,
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    // Saves only as a moment to look whether git's HEAD moved (version awareness); no text.
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, BUMP_VERSION_KIND], resolveProvider: false },
    documentSymbolProvider: { label: 'Agentsmith' },
    foldingRangeProvider: true,
    // Agent constructs only; the editor's Markdown/YAML highlighting stays underneath.
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
    // Not on space: prose must not open the suggest widget.
    completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: true, completionItem: { labelDetailsSupport: true } },
    hoverProvider: true,
    // Agent names across the workspace: `name`, `Agent(x)`, delegation references, skills.
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: support.prepareRename ? { prepareProvider: true } : true,
    workspaceSymbolProvider: true,
    executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND] },
  };
  // Folders added later are indexed too (and removed ones dropped).
  if (support.workspaceFolderChanges) capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
  if (support.pullDiagnostics) {
    // Cross-file findings change only when an agent name does; the server then asks for a
    // refresh. `interFileDependencies: true` would make VS Code re-pull every visible document
    // on every keystroke in any of them.
    capabilities.diagnosticProvider = { identifier: 'agentsmith', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return capabilities;
}
