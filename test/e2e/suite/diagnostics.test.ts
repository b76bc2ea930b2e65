// Agentsmith's diagnostics on defective agent files, with codes and ranges; none on files that
// are not agents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  findByCode, openInEditor, ourDiagnostics, rangeOf, textAt, waitForCodes, waitForServerToCatchUp, workspaceUri,
} from './helpers';

export function registerDiagnosticsTests(): void {
  describe('diagnostics', () => {
    it('reports the unknown model and the renamed tool in a Claude Code subagent', async () => {
      const { document } = await openInEditor('.claude/agents/deploy-helper.md');
      const diagnostics = await waitForCodes(document.uri, ['invalid-value', 'unknown-tool']);

      const model = findByCode(diagnostics, 'invalid-value');
      assert.equal(textAt(document, model.range), 'gpt-4');
      assert.equal(model.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(model.message, /gpt-4/);

      const tool = findByCode(diagnostics, 'unknown-tool');
      assert.equal(textAt(document, tool.range), 'Task');
      assert.equal(tool.severity, vscode.DiagnosticSeverity.Warning);
    });

    it('reports the missing Phase 2 and the Phase 3 without a Tools line in a three-phase specialist', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/perf-tuner.md');
      const diagnostics = await waitForCodes(document.uri, ['phase-missing', 'phase-tools']);
      const phase3Line = rangeOf(document, '### Phase 3: Verify').start.line;

      const missing = findByCode(diagnostics, 'phase-missing');
      assert.match(missing.message, /Phase 2/);
      assert.equal(missing.range.start.line, phase3Line, 'phase-missing points at the heading after the gap');

      const tools = findByCode(diagnostics, 'phase-tools');
      assert.equal(tools.range.start.line, phase3Line, 'phase-tools points at the Phase 3 heading');
      assert.match(textAt(document, tools.range), /Phase 3/);
    });

    it('reports nothing on a complete three-phase specialist', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      await waitForServerToCatchUp();
      assert.deepEqual(ourDiagnostics(document.uri).map((d) => d.message), []);
    });

    it('reports nothing on Markdown files that are not agents', async () => {
      const readme = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
      const notes = await vscode.workspace.openTextDocument(workspaceUri('docs/notes.md'));
      await vscode.window.showTextDocument(notes, { preview: false });
      await waitForServerToCatchUp();
      assert.deepEqual(ourDiagnostics(readme.uri).map((d) => d.message), [], 'README.md');
      assert.deepEqual(ourDiagnostics(notes.uri).map((d) => d.message), [], 'docs/notes.md');
    });
  });
}

