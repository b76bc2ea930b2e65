/**
 * One preview panel for one document. It asks the server for the agent model (one request, the
 * same parse as the diagnostics), renders the page with the pure renderer when the answer
 * arrives, and then keeps the webview current with small updates (only body chunks it does not
 * have yet travel). It follows the editor's scroll position and answers the webview's validated
 * messages. The webview may load only the extension's `media/` folder.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { AGENT_MODEL_METHOD, type AgentModel, type AgentModelParams, type AgentModelResult } from '../../../server/src/protocol/messages';
import { lineRange, openLink, problemRange, revealInEditor } from './host-actions';
import { RefreshLoop } from './refresh-loop';
import { type BodyChunk, ChunkedBodyRenderer } from './render/body-renderer';
import { type PageResources, renderMessageDocument, renderOverview, renderPreviewDocument } from './render/render-document';
import { type ChunkUpdate, type HostMessage, parseWebviewMessage, type WebviewMessage } from './webview-protocol';

export const PREVIEW_VIEW_TYPE = 'agentsmith.preview';
export const MEDIA_FOLDER = 'media';

export interface PreviewServer {
  sendRequest<R>(method: string, params: unknown): Promise<R | undefined>;
}

/** What the e2e suite reads through the `agentsmith.preview.state` command. */
export interface PreviewPanelState {
  uri: string;
  /** Version of the model last rendered by the host. */
  renderedVersion: number | undefined;
  /** Version the webview reported it shows (after applying the page or an update). */
  shownVersion: number | undefined;
  overviewHtml: string;
  chunkCount: number;
  droppedAnswers: number;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly renderer = new ChunkedBodyRenderer();
  private readonly loop: RefreshLoop<AgentModel>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private model: AgentModel | undefined;
  private chunks: BodyChunk[] = [];
  private overviewHtml = '';
  /** Chunk ids the webview has (from the page or from updates). */
  private webviewChunks = new Set<string>();
  /** The current page's number, whether it shows a model, and whether updates were posted since. */
  private page = 0;
  private pageHasModel = false;
  private updatedSincePage = false;
  private shownVersion: number | undefined;
  private disposed = false;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private readonly showEmitter = new vscode.EventEmitter<number>();
  /** The webview reported that it shows this document version. */
  readonly onDidShow = this.showEmitter.event;

  constructor(
    readonly document: vscode.TextDocument,
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    server: PreviewServer,
    private readonly log: (message: string) => void,
  ) {
    this.loop = new RefreshLoop<AgentModel>({
      fetch: () => server.sendRequest<AgentModelResult>(AGENT_MODEL_METHOD, { textDocument: { uri: document.uri.toString() } } satisfies AgentModelParams),
      currentVersion: () => (this.document.isClosed ? undefined : this.document.version),
      apply: (model) => this.render(model),
      applyEmpty: () => this.showMessage('The Agentsmith language server has no model for this document (it is not running, or the file is not Markdown).'),
      pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      onError: (error) => this.log(`preview: ${String(error)}`),
    });
    this.showMessage('Loading the agent preview\u2026');
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.loop.request();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agentsmith', this.document.uri)) this.loop.request();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.panel.dispose();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === this.document && event.visibleRanges[0]) this.post({ type: 'scrollToLine', line: event.visibleRanges[0].start.line });
      }),
    );
    this.loop.request();
  }

  static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER)],
    };
  }

  reveal(column: vscode.ViewColumn): void {
    this.panel.reveal(column, true);
  }

  get state(): PreviewPanelState {
    return {
      uri: this.document.uri.toString(),
      renderedVersion: this.model?.version,
      shownVersion: this.shownVersion,
      overviewHtml: this.overviewHtml,
      chunkCount: this.chunks.length,
      droppedAnswers: this.loop.dropped,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.loop.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.showEmitter.dispose();
  }

  private resources(): PageResources {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, MEDIA_FOLDER);
    return {
      nonce: randomBytes(18).toString('base64'),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      page: ++this.page,
    };
  }

  private showMessage(message: string): void {
    this.model = undefined;
    this.chunks = [];
    this.setPage(renderMessageDocument(message, this.resources()), false, []);
  }

  private render(model: AgentModel): void {
    const document = this.document;
    const startLine = Math.min(model.body.startLine, document.lineCount);
    const body = document.getText(new vscode.Range(startLine, 0, document.lineCount, 0));
    this.chunks = this.renderer.render(body, startLine, model.body.blockStarts);
    this.model = model;
    this.overviewHtml = renderOverview(model, this.renderer.md);
    this.panel.title = `Preview ${model.card.name?.text ?? baseName(document.uri)}`;
    if (!this.pageHasModel) {
      this.setPage(renderPreviewDocument(model, this.chunks, this.renderer.md, this.resources()), true, this.chunks);
    } else {
      this.postUpdate(false);
    }
  }

  private setPage(html: string, hasModel: boolean, chunks: readonly BodyChunk[]): void {
    this.panel.webview.html = html;
    this.pageHasModel = hasModel;
    this.updatedSincePage = false;
    this.webviewChunks = new Set(chunks.map((chunk) => chunk.id));
  }

  /** Sends the current render; `everything` re-sends every chunk's HTML (after a page reload). */
  private postUpdate(everything: boolean): void {
    if (!this.model) return;
    const updates: ChunkUpdate[] = this.chunks.map((chunk) =>
      everything || !this.webviewChunks.has(chunk.id) ? { id: chunk.id, line: chunk.line, html: chunk.html } : { id: chunk.id, line: chunk.line },
    );
    this.webviewChunks = new Set(this.chunks.map((chunk) => chunk.id));
    this.updatedSincePage = true;
    this.post({ type: 'update', version: this.model.version, overview: this.overviewHtml, chunks: updates });
  }

  private post(message: HostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.log('preview: ignored a message from the webview that is not one of ours');
      return;
    }
    void this.handle(message).catch((error: unknown) => this.log(`preview: ${message.type} failed: ${String(error)}`));
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A replaced page reporting late: ignore. The current page reloaded after updates
        // (VS Code reloads a hidden webview's original HTML): send it the whole render.
        if (message.page !== this.page) return;
        if (this.model && this.updatedSincePage) this.postUpdate(true);
        else if (this.model) this.shown(this.model.version);
        this.scrollToEditor();
        return;
      case 'resync':
        this.postUpdate(true);
        return;
      case 'rendered':
        this.shown(message.version);
        return;
      case 'revealLine':
        return revealInEditor(this.document, lineRange(this.document, message.line), this.editorColumn());
      case 'revealProblem': {
        const problem = this.model?.problems.items[message.index];
        if (problem) await revealInEditor(this.document, problemRange(this.document, problem), this.editorColumn());
        return;
      }
      case 'openLink':
        return openLink(this.document, message.href, this.log);
    }
  }

  private shown(version: number): void {
    this.shownVersion = version;
    this.showEmitter.fire(version);
  }

  private scrollToEditor(): void {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    const line = editor?.visibleRanges[0]?.start.line;
    if (line !== undefined && line > 0) this.post({ type: 'scrollToLine', line });
  }

  private editorColumn(): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === this.document)?.viewColumn;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
