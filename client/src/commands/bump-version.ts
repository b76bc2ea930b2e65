/**
 * "Agentsmith: Bump Version" — the next patch, minor or major version of the active agent
 * file's `version`, computed by the server (the same edit as the code action on the field).
 * Asks which level, showing the version each one gives; a test or keybinding may pass the
 * level (`'minor'` or `{ level: 'minor' }`). Resolves with the new version, or undefined.
 */
import * as vscode from 'vscode';
import { BUMP_VERSION_METHOD, type BumpLevel, type BumpVersionParams, type BumpVersionResult, type TextEdit } from '../../../server/src/protocol/messages';
import type { Command } from './command';
import type { AgentServer } from './new-agent';

const LEVELS: readonly BumpLevel[] = ['patch', 'minor', 'major'];

export class BumpVersionCommand implements Command {
  readonly id = 'agentsmith.bumpVersion';

  constructor(private readonly server: AgentServer) {}

  async execute(argument?: unknown): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return void vscode.window.showInformationMessage('Agentsmith: open an agent file to bump its version.');
    const document = editor.document;
    const given = levelOf(argument);
    const levels = given ? [given] : LEVELS;
    const version = document.version;
    const results = await Promise.all(levels.map((level) => this.request(document, version, level)));
    const first = results[0];
    if (!first) return void vscode.window.showErrorMessage('Agentsmith: the language server is not running; see the Agentsmith output channel.');
    if (!first.edits) return void vscode.window.showInformationMessage(`Agentsmith: ${first.message ?? 'nothing to bump.'}`);

    let chosen = first;
    if (!given) {
      const picked = await vscode.window.showQuickPick(
        results.map((result, index) => ({ label: LEVELS[index], description: `${result?.from} → ${result?.to}`, result })),
        { title: 'Bump version', placeHolder: 'Which part of the version changes?' },
      );
      if (!picked?.result) return undefined;
      chosen = picked.result;
    }
    if (document.version !== version) return void vscode.window.showInformationMessage('Agentsmith: the document changed meanwhile; run Bump Version again.');
    const edit = new vscode.WorkspaceEdit();
    for (const change of chosen.edits ?? []) edit.replace(document.uri, toRange(change), change.newText);
    return (await vscode.workspace.applyEdit(edit)) ? chosen.to : undefined;
  }

  private request(document: vscode.TextDocument, version: number, level: BumpLevel): Promise<BumpVersionResult | undefined> {
    const params: BumpVersionParams = { textDocument: { uri: document.uri.toString(), version }, level };
    return this.server.sendRequest<BumpVersionResult>(BUMP_VERSION_METHOD, params);
  }
}

function levelOf(argument: unknown): BumpLevel | undefined {
  const value = typeof argument === 'object' && argument !== null ? (argument as { level?: unknown }).level : argument;
  return LEVELS.find((level) => level === value);
}

function toRange(edit: TextEdit): vscode.Range {
  return new vscode.Range(edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character);
}
