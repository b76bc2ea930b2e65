/**
 * What the host does for the webview's messages, after `parseWebviewMessage` accepted their
 * shape: reveal a line or a problem in the editor (clamped to the document), and open a link
 * only when `link-policy.ts` allows it — again, here, whatever the renderer decided.
 */
import * as vscode from 'vscode';
import type { AgentModelProblem } from '../../../server/src/protocol/messages';
import { classifyLink, resolveInside } from './link-policy';

/** Shows the document in an editor (the one already showing it, else beside the preview) with `range` selected. */
export async function revealInEditor(document: vscode.TextDocument, range: vscode.Range, fallbackColumn: vscode.ViewColumn | undefined): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? fallbackColumn ?? vscode.ViewColumn.One,
    preserveFocus: false,
    selection: range,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
}

export function lineRange(document: vscode.TextDocument, line: number): vscode.Range {
  const clamped = Math.max(0, Math.min(line, document.lineCount - 1));
  const start = new vscode.Position(clamped, 0);
  return new vscode.Range(start, start);
}

export function problemRange(document: vscode.TextDocument, problem: AgentModelProblem): vscode.Range {
  // validateRange clamps a range from an older version into the current text.
  return document.validateRange(new vscode.Range(problem.line, problem.character, problem.endLine, problem.endCharacter));
}

/** Opens `href` from the preview of `document` if the policy allows it; says why not otherwise. */
export async function openLink(document: vscode.TextDocument, href: string, log: (message: string) => void): Promise<void> {
  const target = classifyLink(href);
  if (!target || target.kind === 'fragment') {
    log(`preview: ignored a link the policy does not open: ${JSON.stringify(href.slice(0, 200))}`);
    return;
  }
  if (target.kind === 'web') {
    await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
    return;
  }
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === document.uri.scheme).map((folder) => folder.uri.path);
  const path = document.uri.scheme === 'file' ? resolveInside(document.uri.path, target.path, roots) : undefined;
  if (path === undefined) {
    void vscode.window.showInformationMessage(`Agentsmith preview: "${target.path}" is outside the workspace, so the preview does not open it.`);
    return;
  }
  const uri = document.uri.with({ path, query: '', fragment: '' });
  const isFile = await vscode.workspace.fs.stat(uri).then((stat) => (stat.type & vscode.FileType.File) !== 0, () => false);
  if (!isFile) {
    void vscode.window.showInformationMessage(`Agentsmith preview: ${vscode.workspace.asRelativePath(uri)} is not a file in the workspace.`);
    return;
  }
  await vscode.commands.executeCommand('vscode.open', uri);
}
