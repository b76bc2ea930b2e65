// Quick fixes as VS Code offers them: picked by kind and title, applied with applyEdit; the
// document changes as expected and the diagnostic goes away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf, findByCode, openInEditor, replaceDocumentText, waitForCodes, waitForOurDiagnostics,
} from './helpers';

async function quickFixFor(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  title: RegExp,
): Promise<vscode.CodeAction> {
  const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
    50, // resolve lazily computed edits
  )) ?? [];
  const quickFixes = actions.filter(
    (action): action is vscode.CodeAction =>
      'kind' in action && action.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(action.kind),
  );
  const match = quickFixes.find((action) => title.test(action.title));
  assert.ok(match, `no quick fix matching ${title} for ${codeOf(diagnostic)}; offered: ${quickFixes.map((a) => a.title).join(' | ') || '(none)'}`);
  assert.ok(match.edit, `quick fix "${match.title}" carries no edit`);
  return match;
}

export function registerCodeActionTests(): void {
  describe('quick fixes', () => {
    const originals = new Map<vscode.TextDocument, string>();
    const remember = (document: vscode.TextDocument): void => {
      if (!originals.has(document)) originals.set(document, document.getText());
    };
    afterEach(async () => {
      for (const [document, text] of originals) await replaceDocumentText(document, text);
      originals.clear();
    });

    it('renames the tool `Task` to `Agent`', async () => {
      const { document } = await openInEditor('.claude/agents/deploy-helper.md');
      remember(document);
      const diagnostic = findByCode(await waitForCodes(document.uri, ['unknown-tool']), 'unknown-tool');
      const fix = await quickFixFor(document, diagnostic, /^Rename `Task` to `Agent`$/);

      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
      assert.match(document.getText(), /^tools: Read, Grep, Agent$/m);
      await waitForOurDiagnostics(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'unknown-tool'),
        'unknown-tool to go away',
      );
    });

    it('inserts the missing Tools line into Phase 3', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/perf-tuner.md');
      remember(document);
      const diagnostic = findByCode(await waitForCodes(document.uri, ['phase-tools']), 'phase-tools');
      const fix = await quickFixFor(document, diagnostic, /^Add a `\*\*Tools\*\*:` line$/);

      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
      const phase3 = document.getText().split('### Phase 3: Verify')[1]?.split('\n## ')[0] ?? '';
      assert.match(phase3, /\*\*Tools\*\*:/, 'Phase 3 now has a Tools line');
      await waitForOurDiagnostics(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'phase-tools'),
        'phase-tools to go away',
      );
    });

    it('inserts the missing Phase 2 between Phase 1 and Phase 3', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/perf-tuner.md');
      remember(document);
      const diagnostic = findByCode(await waitForCodes(document.uri, ['phase-missing']), 'phase-missing');
      const fix = await quickFixFor(document, diagnostic, /^Insert `Phase 2`$/);

      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
      const text = document.getText();
      const [phase1, phase2, phase3] = ['### Phase 1', '### Phase 2', '### Phase 3'].map((h) => text.indexOf(h));
      assert.ok(phase2 > phase1 && phase2 < phase3, `Phase 2 lands between 1 and 3 (at ${phase1}/${phase2}/${phase3})`);
      await waitForOurDiagnostics(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'phase-missing'),
        'phase-missing to go away',
      );
    });
  });
}
