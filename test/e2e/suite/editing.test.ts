// Typing in the editor updates the diagnostics: fix the defect and it goes, bring it back and it
// returns. Waits on onDidChangeDiagnostics only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openInEditor, rangeOf, replaceDocumentText, waitForCodes, waitForOurDiagnostics } from './helpers';

export function registerEditingTests(): void {
  describe('editing', () => {
    it('updates diagnostics as the model is changed and changed back', async () => {
      const editor = await openInEditor('.claude/agents/deploy-helper.md');
      const { document } = editor;
      const original = document.getText();
      try {
        await waitForCodes(document.uri, ['invalid-value']);

        assert.equal(await editor.edit((builder) => builder.replace(rangeOf(document, 'gpt-4'), 'sonnet')), true);
        await waitForOurDiagnostics(
          document.uri,
          (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'invalid-value'),
          'invalid-value to go away after `model: sonnet`',
        );

        assert.equal(await editor.edit((builder) => builder.replace(rangeOf(document, 'model: sonnet'), 'model: gpt-5')), true);
        const diagnostics = await waitForCodes(document.uri, ['invalid-value']);
        assert.ok(diagnostics.some((d) => codeOf(d) === 'invalid-value' && /gpt-5/.test(d.message)), 'the new value is named');
      } finally {
        await replaceDocumentText(document, original);
      }
    });
  });
}
