import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/preview-manager';
import type { Command } from './command';

/**
 * "Agentsmith: Open Preview to the Side" — the agent's card, methodology, boundaries, checklist,
 * problems and rendered body, beside the editor. From the editor title button (a URI argument)
 * or the palette and keybinding (the active editor).
 */
export class OpenPreviewToSideCommand implements Command {
  readonly id = 'agentsmith.openPreviewToSide';

  constructor(private readonly previews: PreviewManager) {}

  async execute(resource?: unknown): Promise<void> {
    const active = vscode.window.activeTextEditor;
    let document = active?.document;
    let column = active?.viewColumn;
    if (resource instanceof vscode.Uri && resource.toString() !== document?.uri.toString()) {
      const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === resource.toString());
      document = editor?.document ?? (await vscode.workspace.openTextDocument(resource));
      column = editor?.viewColumn;
    }
    if (!document) {
      void vscode.window.showInformationMessage('Agentsmith: open an agent file to preview it.');
      return;
    }
    this.previews.openToSide(document, column);
  }
}
