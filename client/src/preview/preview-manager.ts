/**
 * Owns the preview panels (one per document; opening it again reveals the one there is) and the
 * `agentsmith.agentFilePaths` context key that shows the editor-title button on agent files.
 * Also registers `agentsmith.preview.state`, an internal command (not in the palette) through
 * which the real-VS-Code tests read what a panel rendered and what its webview reported.
 */
import * as vscode from 'vscode';
import { AgentFileContext } from './agent-file-context';
import { PreviewPanel, type PreviewPanelState, type PreviewServer, PREVIEW_VIEW_TYPE } from './preview-panel';

export const PREVIEW_STATE_COMMAND = 'agentsmith.preview.state';

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PreviewServer,
    private readonly log: (message: string) => void,
  ) {
    this.subscriptions = [
      new AgentFileContext(),
      vscode.commands.registerCommand(PREVIEW_STATE_COMMAND, (uri?: unknown, shownVersion?: unknown) =>
        typeof uri === 'string' && typeof shownVersion === 'number' ? this.whenShown(uri, shownVersion) : this.state(typeof uri === 'string' ? uri : undefined),
      ),
    ];
  }

  /** Opens (or reveals) the preview of `document` beside the editor it is in. */
  openToSide(document: vscode.TextDocument, editorColumn: vscode.ViewColumn | undefined): void {
    const column = editorColumn === undefined ? vscode.ViewColumn.Beside : editorColumn + 1;
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.reveal(column);
      return;
    }
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      `Preview ${name}`,
      { viewColumn: column, preserveFocus: true },
      PreviewPanel.webviewOptions(this.extensionUri),
    );
    const preview = new PreviewPanel(document, panel, this.extensionUri, this.server, this.log);
    this.panels.set(key, preview);
    preview.onDidDispose(() => {
      if (this.panels.get(key) === preview) this.panels.delete(key);
    });
  }

  state(uri?: string): PreviewPanelState[] {
    return [...this.panels.values()].map((panel) => panel.state).filter((state) => uri === undefined || state.uri === uri);
  }

  /**
   * Resolves with the panel's state once its webview reports showing `version` or newer (an
   * event, no polling); for tests, which guard it with their own timeout.
   */
  private whenShown(uri: string, version: number): Promise<PreviewPanelState[]> {
    const panel = this.panels.get(uri);
    if (!panel) return Promise.resolve([]);
    return new Promise((resolve) => {
      const done = (): boolean => {
        if ((panel.state.shownVersion ?? -1) < version) return false;
        subscription.dispose();
        resolve([panel.state]);
        return true;
      };
      const subscription = panel.onDidShow(done);
      done();
    });
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
