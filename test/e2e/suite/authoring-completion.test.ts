// Completion, hover and snippets as VS Code gets them from the server: items asked through
// vscode.executeCompletionItemProvider and applied the way the suggest widget applies them
// (a snippet over the item's replace range), hovers through vscode.executeHoverProvider. The
// suggest widget and the hover widget themselves are looked at in the UI pass (ui-authoring.mjs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, ourDiagnostics, waitForServerToCatchUp, workspaceUri } from './helpers';

/** Writes a file into the workspace and shows it. */
async function showNewFile(relativePath: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  // The first request may race the server's start: wait until it answers for this window.
  // (The barrier shows a file of its own, so show this one again afterwards.)
  await waitForServerToCatchUp();
  return vscode.window.showTextDocument(document, { preview: false });
}

async function completionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  // Resolved, as the suggest widget resolves the focused item: documentation may come lazily.
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, undefined, 100);
  return list?.items ?? [];
}

const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

function find(items: readonly vscode.CompletionItem[], label: string): vscode.CompletionItem {
  const item = items.find((candidate) => labelOf(candidate) === label);
  assert.ok(item, `no completion "${label}" among: ${items.map(labelOf).join(', ') || '(none)'}`);
  return item;
}

/** Applies an item as the suggest widget does: its text (a snippet or plain) over its replace range. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem, position: vscode.Position): Promise<void> {
  const range = item.range === undefined ? new vscode.Range(position, position) : 'replacing' in item.range ? item.range.replacing : item.range;
  const text = item.insertText ?? labelOf(item);
  const snippet = typeof text === 'string' ? new vscode.SnippetString().appendText(text) : text;
  assert.equal(await editor.insertSnippet(snippet, range), true, `inserting ${labelOf(item)}`);
}

function docsOf(item: vscode.CompletionItem): string {
  const docs = item.documentation;
  return typeof docs === 'string' ? docs : docs?.value ?? '';
}

async function errorsAndWarnings(uri: vscode.Uri): Promise<string[]> {
  await waitForServerToCatchUp();
  return ourDiagnostics(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)
    .map((d) => `${codeOf(d)}: ${d.message}`);
}

export function registerAuthoringCompletionTests(): void {
  describe('authoring: completion and hover', () => {
    it('completes a missing frontmatter key, with its docs, and not the keys already there', async () => {
      const editor = await showNewFile('.claude/agents/specialists/e2e-keys.md', '---\nname: e2e-keys\ndescription: Use this agent to test key completion.\n\n---\n\nYou test.\n');
      const position = new vscode.Position(3, 0);
      const items = await completionsAt(editor.document, position);
      const model = find(items, 'model');
      assert.match(docsOf(model), /alias/i, 'the item carries the field documentation');
      assert.ok(!items.some((item) => labelOf(item) === 'name'), '`name` is present already');
      await accept(editor, model, position);
      assert.match(editor.document.lineAt(3).text, /^model: /);
    });

    it('completes a `model:` value and the result is valid', async () => {
      const editor = await showNewFile('.claude/agents/specialists/e2e-model.md', '---\nname: e2e-model\ndescription: Use this agent to test value completion.\nmodel: \n---\n\nYou test.\n');
      const position = new vscode.Position(3, 'model: '.length);
      const items = await completionsAt(editor.document, position);
      for (const label of ['sonnet', 'opus', 'haiku', 'inherit']) find(items, label);
      await accept(editor, find(items, 'opus'), position);
      assert.equal(editor.document.lineAt(3).text, 'model: opus');
      assert.deepEqual(await errorsAndWarnings(editor.document.uri), [], describeDiagnostics(editor.document.uri));
    });

    it('hovers a frontmatter key with its documentation', async () => {
      const editor = await showNewFile('.claude/agents/specialists/e2e-hover.md', '---\nname: e2e-hover\ndescription: Use this agent to test hovers.\nmodel: sonnet\n---\n\nYou test.\n');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(3, 2));
      const text = (hovers ?? [])
        .flatMap((hover) => hover.contents)
        .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
        .join('\n');
      assert.match(text, /model/);
      assert.match(text, /claude-opus-4-5|inherit/, `hover text: ${text}`);
    });
  });

  describe('authoring: snippets', () => {
    it('a whole-agent snippet in an empty agent file expands to an agent with no error or warning', async () => {
      const editor = await showNewFile('.claude/agents/specialists/e2e-snippet.md', '');
      const position = new vscode.Position(0, 0);
      const items = await completionsAt(editor.document, position);
      const snippet = find(items, 'agent-strategic');
      assert.equal(snippet.kind, vscode.CompletionItemKind.Snippet);
      await accept(editor, snippet, position);
      const text = editor.document.getText();
      assert.match(text, /^name: e2e-snippet$/m, 'the name defaults to the file name');
      assert.match(text, /^class: strategic-planner$/m);
      assert.match(text, /^### Phase 1: Research and Analysis \(45%\)$/m);
      assert.deepEqual(await errorsAndWarnings(editor.document.uri), [], describeDiagnostics(editor.document.uri));
    });

    it('snippets are not offered in ordinary Markdown', async () => {
      const editor = await showNewFile('docs/e2e-plain.md', '');
      const items = await completionsAt(editor.document, new vscode.Position(0, 0));
      // Word-based suggestions (kind Text) may repeat any word of an open file; snippets may not.
      const ours = items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet && ['agent-strategic', 'subagent', 'methodology'].includes(labelOf(item)));
      assert.deepEqual(ours.map(labelOf), []);
    });
  });
}
