// Workspace intelligence in real VS Code: Go to Definition from `Agent(changelog-scribe)` lands
// in the other (closed) file, references and workspace symbols come from the index, a rename
// edits both files, and "Agentsmith: Check Workspace" puts a closed file's problem into the
// Problems panel (diagnostics for a document no editor shows). Applying a rename with its file
// rename is checked on screen (lib/ui-workspace.mjs, F2): `vscode.executeDocumentRenameProvider`
// hands extensions an edit whose file renames come before its text edits, which then target a
// file that is gone. Waits on VS Code events (active editor, diagnostics); timers only turn a
// hang into a readable failure.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openInEditor, rangeOf, waitForCodes, waitForServerToCatchUp, workspaceUri } from './helpers';

const CAPTAIN = '.claude/agents/team/release-captain.md';
const SCRIBE = '.claude/agents/team/changelog-scribe.md';
const STALE = '.claude/agents/team/stale-helper.md';

/** Resolves when an editor for `uri` becomes the active one. */
function activeEditorFor(uri: vscode.Uri, guardMs = 20_000): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const done = (editor: vscode.TextEditor | undefined): boolean => {
      if (editor?.document.uri.toString() !== uri.toString()) return false;
      finish();
      resolve(editor);
      return true;
    };
    const subscription = vscode.window.onDidChangeActiveTextEditor(done);
    const guard = setTimeout(() => {
      finish();
      reject(new Error(`${vscode.workspace.asRelativePath(uri)} never became the active editor (active: ${vscode.window.activeTextEditor?.document.uri.path})`));
    }, guardMs);
    const finish = (): void => {
      clearTimeout(guard);
      subscription.dispose();
    };
    done(vscode.window.activeTextEditor);
  });
}

export function registerWorkspaceTests(): void {
  describe('workspace intelligence', () => {
    // Run alone (--grep), these tests may come before the server answers anything.
    before(() => waitForServerToCatchUp());

    it('Go to Definition on Agent(changelog-scribe) opens the other agent at its name', async () => {
      const editor = await openInEditor(CAPTAIN);
      const target = workspaceUri(SCRIBE);
      const position = rangeOf(editor.document, 'Agent(changelog-scribe)').start.translate(0, 'Agent(change'.length);
      const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, position);
      const uris = locations.map((l) => ('targetUri' in l ? l.targetUri : l.uri).toString());
      assert.ok(uris.includes(target.toString()), `definitions: ${uris.join(', ') || '(none)'}`);

      editor.selection = new vscode.Selection(position, position);
      const landed = activeEditorFor(target);
      await vscode.commands.executeCommand('editor.action.revealDefinition');
      const other = await landed;
      assert.deepEqual(other.selection.active, rangeOf(other.document, 'changelog-scribe').start, 'the cursor is at the name');
    });

    it('finds the references of an agent in the other file', async () => {
      const editor = await openInEditor(SCRIBE);
      const position = rangeOf(editor.document, 'name: changelog-scribe').start.translate(0, 'name: chan'.length);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, position);
      const captain = workspaceUri(CAPTAIN).toString();
      const lines = locations.filter((l) => l.uri.toString() === captain).map((l) => l.range.start.line);
      assert.ok(lines.includes(3), `references in release-captain.md at lines ${lines.join(', ') || '(none)'}: the tools entry`);
      assert.ok(lines.length >= 2, 'and the delegation in the body');
    });

    it('lists the agents as workspace symbols', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'changelog');
      const scribe = symbols.find((s) => s.name === 'changelog-scribe');
      assert.ok(scribe, `symbols: ${symbols.map((s) => s.name).join(', ') || '(none)'}`);
      assert.equal(scribe.location.uri.toString(), workspaceUri(SCRIBE).toString());
    });

    it('renaming an agent edits its name, the tools entry and the delegation sentence', async () => {
      const editor = await openInEditor(CAPTAIN);
      const position = rangeOf(editor.document, 'Agent(changelog-scribe)').start.translate(0, 'Agent(ch'.length);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, position, 'notes-scribe');
      assert.ok(edit, 'a rename edit');
      const changed = async (path: string): Promise<string[]> => {
        const document = await vscode.workspace.openTextDocument(workspaceUri(path));
        return edit.get(document.uri).map((e) => `line ${e.range.start.line}: ${document.getText(e.range)} → ${e.newText}`);
      };
      assert.deepEqual(await changed(SCRIBE), ['line 1: changelog-scribe → notes-scribe']);
      assert.deepEqual(await changed(CAPTAIN), ['line 3: changelog-scribe → notes-scribe', 'line 8: changelog-scribe → notes-scribe']);
    });

    it('Check Workspace puts the problem of a file no editor shows into the Problems panel', async () => {
      const stale = workspaceUri(STALE);
      assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === stale.toString()), 'stale-helper.md is not shown');
      const result = await vscode.commands.executeCommand<{ files: number; problems: number; errors: number; warnings: number }>('agentsmith.checkWorkspace');
      assert.ok(result && result.files >= 6, `result: ${JSON.stringify(result)}`);
      assert.ok(result.warnings >= 1);
      const diagnostics = await waitForCodes(stale, ['unknown-agent-reference']);
      assert.ok(diagnostics.some((d) => codeOf(d) === 'unknown-agent-reference' && d.message.includes('triage-bot')), 'names the missing agent');
    });
  });
}
