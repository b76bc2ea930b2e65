// Authoring in real VS Code: "New Agent" writes a valid agent and opens it on its first
// placeholder (and refuses to overwrite), "Bump Version" and its code action rewrite `version`,
// and the server's semantic tokens reach the editor for agent files only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openInEditor, ourDiagnostics, rangeOf, replaceDocumentText, waitForServerToCatchUp, workspaceUri } from './helpers';

/** Errors and warnings of ours, once the server has provably answered for the document. */
async function errorsAndWarnings(uri: vscode.Uri): Promise<string[]> {
  await waitForServerToCatchUp();
  return ourDiagnostics(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)
    .map((d) => `${codeOf(d)}: ${d.message}`);
}

/** Semantic tokens as `text=type` strings. */
async function semanticTokens(document: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return [];
  const out: string[] = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push(`${document.lineAt(line).text.slice(character, character + data[i + 2])}=${legend.tokenTypes[data[i + 3]]}`);
  }
  return out;
}

export function registerAuthoringTests(): void {
  describe('authoring: New Agent', () => {
    it('writes .claude/agents/<name>.md, opens it on the first placeholder, and it validates clean', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('agentsmith.newAgent', {
        name: 'e2e-strategist',
        kind: 'strategic-planner',
        model: 'opus',
      });
      assert.ok(uri, 'the command returns the new file');
      assert.equal(uri.toString(), workspaceUri('.claude/agents/e2e-strategist.md').toString());
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'an editor is active');
      assert.equal(editor.document.uri.toString(), uri.toString(), 'the new file is the active editor');
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.equal(onDisk, editor.document.getText(), 'the file is saved with its content');
      assert.match(onDisk, /^name: e2e-strategist$/m);
      assert.match(onDisk, /^model: opus$/m);
      assert.match(onDisk, /^### Phase 1: Research and Analysis \(45%\)$/m);
      // The name is already chosen, so the first placeholder is the description's.
      assert.equal(editor.document.getText(editor.selection), 'when a design decision needs options, trade-offs and a recommendation');
      assert.equal(editor.selection.start.line, onDisk.split('\n').findIndex((l) => l.startsWith('description:')));
      assert.deepEqual(await errorsAndWarnings(uri), [], describeDiagnostics(uri));
    });

    it('writes a Claude Code subagent into a folder given as an argument', async () => {
      const folder = workspaceUri('.claude/agents/e2e-made');
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('agentsmith.newAgent', { name: 'log-reader', kind: 'subagent', model: 'haiku', folder });
      assert.ok(uri);
      assert.equal(uri.toString(), vscode.Uri.joinPath(folder, 'log-reader.md').toString());
      const text = vscode.window.activeTextEditor?.document.getText() ?? '';
      assert.match(text, /^---\nname: log-reader\ndescription: /);
      assert.deepEqual(await errorsAndWarnings(uri), [], describeDiagnostics(uri));
    });

    it('refuses to overwrite an existing file, and refuses a name the rules reject', async () => {
      const existing = workspaceUri('.claude/agents/deploy-helper.md');
      // Decoded at once: the bytes readFile returns may be handed on (detached) by a later call.
      const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const before = await read(existing);
      assert.match(before, /^name: deploy-helper$/m);
      const again = await vscode.commands.executeCommand('agentsmith.newAgent', { name: 'deploy-helper', kind: 'subagent', model: 'sonnet' });
      assert.equal(again, undefined);
      assert.equal(await read(existing), before, 'deploy-helper.md is untouched');
      const badName = await vscode.commands.executeCommand('agentsmith.newAgent', { name: 'Deploy Helper', kind: 'subagent', model: 'sonnet' });
      assert.equal(badName, undefined);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri('.claude/agents/Deploy Helper.md'))));
    });
  });

  describe('authoring: Bump Version', () => {
    it('the command bumps the version of the active agent file, keeping its quotes', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      const original = document.getText();
      try {
        const bumped = await vscode.commands.executeCommand<string | undefined>('agentsmith.bumpVersion', 'minor');
        assert.equal(bumped, '2.2.0');
        assert.match(document.getText(), /^version: "2\.2\.0"$/m);
        assert.equal(await vscode.commands.executeCommand('agentsmith.bumpVersion', { level: 'major' }), '3.0.0');
        assert.match(document.getText(), /^version: "3\.0\.0"$/m);
      } finally {
        await replaceDocumentText(document, original);
      }
    });

    it('a refactor code action on the version field does the same', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      const original = document.getText();
      try {
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          document.uri,
          rangeOf(document, '2.1.0'),
          vscode.CodeActionKind.RefactorRewrite.value,
        )) ?? [];
        const titles = actions.map((a) => a.title);
        for (const title of ['Bump version to 2.1.1 (patch)', 'Bump version to 2.2.0 (minor)', 'Bump version to 3.0.0 (major)']) {
          assert.ok(titles.includes(title), `offered: ${titles.join(' | ')}`);
        }
        const patch = actions.find((a) => a.title === 'Bump version to 2.1.1 (patch)')!;
        assert.equal(await vscode.workspace.applyEdit(patch.edit!), true);
        assert.match(document.getText(), /^version: "2\.1\.1"$/m);
      } finally {
        await replaceDocumentText(document, original);
      }
    });
  });

  describe('authoring: highlighting', () => {
    it('semantic tokens mark phases, Tools, DO/DON’T and checklist boxes in an agent file', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      // The server may still be starting when this test runs alone: wait until it answers.
      await waitForServerToCatchUp();
      const tokens = await semanticTokens(document);
      for (const expected of ['Phase 1: Read the Change=agentPhase', '**Tools**:=agentToolsLabel', 'Read=agentTool', '**You DO**:=agentDoLabel', "**You DON'T**:=agentDontLabel", '[ ]=agentCheckbox']) {
        assert.ok(tokens.includes(expected), `${expected} among ${tokens.join(', ')}`);
      }
    });

    it('ordinary Markdown gets none, and semantic highlighting is on for markdown and chatagent', async () => {
      const { document } = await openInEditor('README.md');
      assert.deepEqual((await semanticTokens(document)).filter((t) => /=agent/.test(t)), []);
      for (const languageId of ['markdown', 'chatagent']) {
        const enabled = vscode.workspace.getConfiguration('editor', { languageId }).get('semanticHighlighting.enabled');
        assert.equal(enabled, true, `editor.semanticHighlighting.enabled for ${languageId}`);
      }
    });
  });
}
