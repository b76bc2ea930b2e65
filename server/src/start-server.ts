/**
 * Wires the protocol-free language service to an LSP connection. Nothing here knows a rule:
 * the service decides what an agent file is and what is wrong with it; this file decides when
 * to ask (as soon as the client's queue is drained, on the newest version) and how to answer
 * (push or pull, never both; empty answers on failure, never stale ones).
 */
import {
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DiagnosticServerCancellationData,
  DidChangeConfigurationNotification,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
  type SymbolInformation,
  TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BaselineHost } from './baseline-host';
import { type ClientSupport, readClientSupport, serverCapabilities } from './capabilities';
import { createLanguageService, DIAGNOSTIC_SOURCE, type DocumentInput } from './core/service';
import type { AgentsmithSettings } from './core/settings';
import { ChangeLog } from './change-log';
import { registerServerCommands, WorkspaceCheck } from './check-workspace';
import { CrossFileFreshness, sameDiagnostics } from './cross-file-freshness';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { pathOfUri, toDocumentInput } from './document-input';
import { AGENT_MODEL_METHOD, type AgentModelParams, type AgentModelResult } from './protocol/messages';
import { registerAuthoringRequests } from './authoring-requests';
import { registerCompletionAndHover } from './completion-hover-requests';
import { registerNavigationRequests } from './navigation-requests';
import { configFileDiagnostics, isProjectConfigUri, ProjectConfigStore } from './project-config-store';
import { cancellation, describeError, runSafe, runSafeVoid } from './run-safe';
import { SETTINGS_SECTION, SettingsStore } from './settings-store';
import { SkillsCatalog } from './skills-catalog';
import { flattenSymbols } from './symbols';
import { WatchedFiles } from './watched-files';
import { foldersAfter, initialFolders } from './workspace-folders';
import { WorkspaceIndexer } from './workspace-indexer';

export interface ServerRuntime {
  /** Server version, for the start-up log line. */
  version: string;
  /** Resolves when no client message is queued (see `input-quiet.ts`). */
  whenQuiet(): Promise<void>;
  /** Link to a rule's shipped doc page. */
  ruleDocsUri?(ruleId: string): string | undefined;
}

/** How long the first diagnostics wait for the workspace index (cross-file rules need it), at most. */
const INDEX_WAIT_MS = 1000;

interface AgentContext {
  input: DocumentInput;
  settings: AgentsmithSettings;
}

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const log = (message: string): void => connection.console.log(message);
  const changeLog = new ChangeLog();
  // TextDocuments applies each didChange through `update`: record the edits on the way, so the
  // service can rescan only what changed between two validated versions.
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, text) => {
      changeLog.reset(uri);
      return TextDocument.create(uri, languageId, version, text);
    },
    update: (document, changes, version) => {
      changeLog.record(document.uri, document.version, version, changes);
      return TextDocument.update(document, changes, version);
    },
  });
  /** URI → path, parsed once per document rather than on every keystroke. */
  const paths = new Map<string, string>();
  const pathOf = (uri: string): string => {
    let path = paths.get(uri);
    if (path === undefined) paths.set(uri, (path = pathOfUri(uri)));
    return path;
  };
  const inputOf = (document: TextDocument): DocumentInput => toDocumentInput(document, changeLog, pathOf(document.uri));
  const skills = new SkillsCatalog(log);
  // Committed texts arrive from git in the background: the findings that read them are then
  // recomputed (touch) and the document checked again.
  const baselines = new BaselineHost(log, (uri) => {
    service.workspace.touch();
    revalidate(uri);
  });
  const service = createLanguageService({
    log: (message) => connection.console.error(message),
    ruleDocsUri: runtime.ruleDocsUri,
    listSkills: (uri) => skills.list(uri),
    baselineOf: (document) => baselines.baselineOf(document),
  });
  // Settings: defaults < the nearest .agentsmith.json < what the user set in the editor. A
  // changed config file means new settings for every document under it.
  const projectConfigs = new ProjectConfigStore(log, () => {
    settingsStore.projectConfigChanged();
    revalidateAll();
    void indexer.sync(); // include/exclude globs and profiles decide what the index holds
  });
  const settingsStore = new SettingsStore(log, (uri) => projectConfigs.layerFor(uri));
  let support: ClientSupport = readClientSupport({});
  // The workspace's agent files on disk, in the service's index (see workspace-indexer.ts).
  const indexer = new WorkspaceIndexer({
    service,
    log,
    settingsFor: (uri) => settingsStore.get(uri),
    settingsGeneration: () => settingsStore.generation,
    openText: (uri) => documents.get(uri)?.getText(),
    // Checking an open agent document indexes it from the parse the service keeps for it.
    indexOpen: async (uri) => {
      const context = await agentContext(uri);
      if (context) service.diagnose(context.input, context.settings);
    },
    createProgress: () => (support.workDoneProgress ? connection.window.createWorkDoneProgress().catch(() => undefined) : Promise.resolve(undefined)),
    onDidChange: () => crossFile.check(),
  });
  const workspaceCheck = new WorkspaceCheck({
    connection,
    service,
    indexer,
    log,
    isOpen: (uri) => documents.get(uri) !== undefined,
    diagnoseOpen: async (uri) => {
      const context = await agentContext(uri);
      return context ? service.diagnose(context.input, context.settings) : undefined;
    },
  });
  const watchedFiles = new WatchedFiles(connection, {
    log,
    service,
    indexer,
    skills,
    projectConfigs,
    afterChanges: (changed, deleted) => workspaceCheck.filesChanged(changed, deleted),
  });
  skills.onDidChange(() => {
    service.workspace.touch();
    crossFile.check();
  });
  /** Distinguishes result ids of this server process from those of an earlier one. */
  const resultIdEpoch = Date.now().toString(36);

  /** Push mode: the last non-empty diagnostics published per document, and for which version. */
  const publishedDiagnostics = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  /** Push mode: `generation:version` last published per document, to skip repeats. */
  const lastPublishedState = new Map<string, string>();

  /** The document and its settings when it is an agent file; undefined otherwise. */
  async function agentContext(uri: string): Promise<AgentContext | undefined> {
    if (!documents.get(uri)) return undefined;
    const settings = await settingsStore.get(uri);
    const document = documents.get(uri); // re-read: the newest version after the await
    if (!document) return undefined;
    const input = inputOf(document);
    return service.isAgentFile(input, settings) ? { input, settings } : undefined;
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    if (!documents.get(uri)) return;
    const generation = settingsStore.generation;
    const settings = await settingsStore.get(uri);
    const document = documents.get(uri);
    if (!document) return;
    if (lastPublishedState.get(uri) === `${generation}:${service.workspace.generation}:${document.version}`) return;
    if (!indexer.ready) await indexer.whenIndexed(INDEX_WAIT_MS);
    let diagnostics: Diagnostic[] = [];
    const input = inputOf(document);
    try {
      if (isProjectConfigUri(uri)) diagnostics = configFileDiagnostics(document.getText());
      else if (service.isAgentFile(input, settings)) diagnostics = service.diagnose(input, settings);
    } catch (error) {
      // Publishing nothing would leave the previous version's squiggles in place: clear them.
      log(`[error] diagnostics for ${uri} failed: ${describeError(error)}`);
      diagnostics = [];
    }
    // The generation after diagnosing: this document's own name change counts as seen.
    lastPublishedState.set(uri, `${generation}:${service.workspace.generation}:${document.version}`);
    crossFile.check(uri);
    const previous = publishedDiagnostics.get(uri);
    if (diagnostics.length === 0 && !previous) return; // not ours, or clean
    // Checked again without an edit (another file's name changed) and nothing changed here.
    if (previous?.version === input.version && sameDiagnostics(previous.diagnostics, diagnostics)) return;
    if (diagnostics.length > 0) publishedDiagnostics.set(uri, { version: input.version, diagnostics });
    else publishedDiagnostics.delete(uri);
    await connection.sendDiagnostics({ uri, version: input.version, diagnostics });
  }

  const scheduler = new DiagnosticsScheduler({ whenQuiet: runtime.whenQuiet, validate: publishDiagnostics, log });
  const crossFile = new CrossFileFreshness({
    generation: () => service.workspace.generation,
    pullDiagnostics: () => support.pullDiagnostics,
    refresh: () => {
      if (support.diagnosticRefresh) connection.languages.diagnostics.refresh();
    },
    openUris: () => documents.keys(),
    schedule: (uri) => scheduler.schedule(uri),
    onChange: () => void workspaceCheck.workspaceChanged(),
  });

  /** One document's diagnostics may have changed without an edit. */
  function revalidate(uri: string): void {
    if (!documents.get(uri)) return;
    if (!support.pullDiagnostics) scheduler.schedule(uri);
    else if (support.diagnosticRefresh) connection.languages.diagnostics.refresh();
  }

  function revalidateAll(): void {
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) scheduler.schedule(document.uri);
  }

  /** The workspace folders, from `initialize` and then as the client adds and removes them. */
  let workspaceFolders: WorkspaceFolder[] = [];
  function setWorkspaceFolders(folders: WorkspaceFolder[]): void {
    workspaceFolders = folders;
    skills.setWorkspaceFolders(folders);
    indexer.setWorkspaceFolders(folders);
    projectConfigs.setWorkspaceFolders(folders);
  }

  connection.onInitialize((params): InitializeResult => {
    support = readClientSupport(params.capabilities, params.clientInfo);
    setWorkspaceFolders(initialFolders(params.workspaceFolders, params.rootUri));
    settingsStore.configure({
      initializationOptions: params.initializationOptions,
      fetch: support.configurationRequests
        ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION })
        : undefined,
    });
    return {
      capabilities: serverCapabilities(support),
      serverInfo: { name: 'agentsmith-language-server', version: runtime.version },
    };
  });

  connection.onInitialized(() => {
    log(
      `Agentsmith language server ${runtime.version} on Node ${process.version}: ` +
        `${support.pullDiagnostics ? 'pull' : 'push'} diagnostics, settings from ` +
        `${support.configurationRequests ? 'workspace/configuration' : 'initializationOptions and didChangeConfiguration'}.`,
    );
    if (support.configurationChangeRegistration) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((error: unknown) => log(`[warn] could not register for configuration changes: ${describeError(error)}`));
    }
    if (support.watchedFilesRegistration) {
      const folder = indexer.workspaceFolders[0];
      void (folder ? indexer.settingsOfFolder(folder) : Promise.resolve(undefined)).then((settings) => watchedFiles.register(settings?.files.include));
    }
    if (support.workspaceFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((event) =>
        runSafeVoid(log, 'workspace/didChangeWorkspaceFolders', () => {
          setWorkspaceFolders(foldersAfter(workspaceFolders, event));
          skills.invalidate();
          settingsStore.projectConfigChanged(); // the nearest config may now be another one
          service.workspace.touch();
          revalidateAll();
          void indexer.sync();
        }),
      );
    }
    void indexer.sync();
  });

  connection.onDidChangeConfiguration((params) => {
    void runSafeVoid(log, 'workspace/didChangeConfiguration', () => {
      settingsStore.didChangeConfiguration(params.settings);
      revalidateAll();
      void indexer.sync(); // include/exclude globs and profiles decide what the index holds
    });
  });

  documents.onDidChangeContent((event) => {
    if (!support.pullDiagnostics) scheduler.schedule(event.document.uri);
  });

  documents.onDidOpen((event) => {
    baselines.checkHead(event.document.uri);
    indexer.didOpen(event.document.uri);
    workspaceCheck.didOpen(event.document.uri);
  });
  documents.onDidSave((event) => {
    baselines.checkHead(event.document.uri);
    // A client that cannot watch files still tells us when it saves a config it edited.
    if (!support.watchedFilesRegistration) projectConfigs.filesChanged([event.document.uri]);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    baselines.closed(uri);
    scheduler.cancel(uri);
    service.forget(uri);
    changeLog.forget(uri);
    paths.delete(uri);
    settingsStore.forget(uri);
    lastPublishedState.delete(uri);
    if (publishedDiagnostics.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    // Unsaved edits are gone: the index reads the file again, Check Workspace shows its disk problems.
    void indexer.didClose(uri).then(() => workspaceCheck.didClose(uri));
  });

  connection.languages.diagnostics.on((params, token) =>
    runSafe<DocumentDiagnosticReport, DiagnosticServerCancellationData>(log, 'textDocument/diagnostic', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
      // Let queued edits (and the client's cancellation of this request) land first.
      await runtime.whenQuiet();
      if (token.isCancellationRequested) throw cancellation();
      const uri = params.textDocument.uri;
      const generation = settingsStore.generation;
      const settings = await settingsStore.get(uri);
      const document = documents.get(uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const resultIdNow = (): string => `${resultIdEpoch}:${generation}:${service.workspace.generation}:${document.version}`;
      if (params.previousResultId === resultIdNow()) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: resultIdNow() };
      if (!indexer.ready) await indexer.whenIndexed(INDEX_WAIT_MS);
      const input = inputOf(document);
      const items = isProjectConfigUri(uri)
        ? configFileDiagnostics(document.getText())
        : service.isAgentFile(input, settings)
          ? service.diagnose(input, settings)
          : [];
      // The generation after diagnosing: this document's own name change counts as seen.
      const resultId = resultIdNow();
      crossFile.check(uri);
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe<CodeAction[]>(log, 'textDocument/codeAction', token, [], async () => {
      const context = await agentContext(params.textDocument.uri);
      if (!context) return [];
      const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
      return service.codeActions(context.input, context.settings, params.range, ours, params.context.only);
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe<DocumentSymbol[] | SymbolInformation[]>(log, 'textDocument/documentSymbol', token, [], async () => {
      const context = await agentContext(params.textDocument.uri);
      if (!context) return [];
      const symbols = service.documentSymbols(context.input);
      return support.hierarchicalSymbols ? symbols : flattenSymbols(symbols, context.input.uri);
    }),
  );

  connection.onFoldingRanges((params, token) =>
    runSafe<FoldingRange[]>(log, 'textDocument/foldingRange', token, [], async () => {
      const context = await agentContext(params.textDocument.uri);
      return context ? service.foldingRanges(context.input) : [];
    }),
  );

  // The preview's one request: the model of the newest version (edits queued before it land
  // first), from the same cached parse and findings as the diagnostics.
  connection.onRequest(AGENT_MODEL_METHOD, (params: AgentModelParams, token) =>
    runSafe<AgentModelResult>(log, AGENT_MODEL_METHOD, token, null, async () => {
      await runtime.whenQuiet();
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string' || !documents.get(uri)) return null;
      const settings = await settingsStore.get(uri);
      const document = documents.get(uri);
      return document ? service.agentModel(inputOf(document), settings) : null;
    }),
  );

  // Semantic tokens, New Agent and Bump version.
  registerAuthoringRequests(connection, { log, service, agentContext });
  registerCompletionAndHover(connection, { log, service, agentContext, support: () => support });
  registerNavigationRequests(connection, {
    log,
    service,
    indexer,
    agentContext,
    openUris: () => documents.keys(),
    renameFiles: () => support.renameFileEdits,
    afterIndexUpdate: () => crossFile.check(),
  });
  registerServerCommands(connection, workspaceCheck, log);

  connection.onShutdown(() => baselines.dispose());

  documents.listen(connection);
  connection.listen();
}
