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
import { SEMANTIC_TOKENS_LEGEND } from './core/features/semantic-tokens';
import { FIX_ALL_KIND } from './core/service';

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
}

export function readClientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configurationRequests: capabilities.workspace?.configuration === true,
    configurationChangeRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, BUMP_VERSION_KIND], resolveProvider: false },
    documentSymbolProvider: { label: 'Agentsmith' },
    foldingRangeProvider: true,
    // Agent constructs only; the editor's Markdown/YAML highlighting stays underneath.
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
  };
  if (support.pullDiagnostics) {
    capabilities.diagnosticProvider = { identifier: 'agentsmith', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return capabilities;
}
