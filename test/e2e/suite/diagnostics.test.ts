// Agentsmith's diagnostics on defective agent files, with codes and ranges; none on files that
// are not agents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf, findByCode, openInEditor, ourDiagnostics, rangeOf, textAt, waitForCodes, waitForServerToCatchUp,
} from './helpers';

export function registerDiagnosticsTests(): void {
  describe('diagnostics', () => {
    it('reports the unknown model and the renamed tool in a Claude Code subagent', async () => {
      const { document } = await openInEditor('.claude/agents/deploy-helper.md');
      // VS Code 1.139 calls files directly in .claude/agents `chatagent`; older ones `markdown`.
      assert.ok(['chatagent', 'markdown'].includes(document.languageId), document.languageId);
      const diagnostics = await waitForCodes(document.uri, ['invalid-value', 'unknown-tool']);

      const model = findByCode(diagnostics, 'invalid-value');
      assert.equal(textAt(document, model.range), 'gpt-4');
      assert.equal(model.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(model.message, /gpt-4/);

      // `Task` is the old alias of `Agent`: still accepted, so information rather than a warning.
      const tool = findByCode(diagnostics, 'unknown-tool');
      assert.equal(textAt(document, tool.range), 'Task');
      assert.equal(tool.severity, vscode.DiagnosticSeverity.Information);
      assert.match(tool.message, /Agent/);
    });

    it('reports the missing Phase 2 and the Phase 3 without a Tools line in a three-phase specialist', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/perf-tuner.md');
      const diagnostics = await waitForCodes(document.uri, ['phase-missing', 'phase-tools']);
      const phase3Line = rangeOf(document, '### Phase 3: Verify').start.line;

      const missing = findByCode(diagnostics, 'phase-missing');
      assert.match(missing.message, /Phase 2/);
      assert.equal(missing.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(textAt(document, missing.range), '## Three-Phase Specialist Methodology', 'phase-missing points at the methodology heading');

      const tools = findByCode(diagnostics, 'phase-tools');
      assert.equal(tools.range.start.line, phase3Line, 'phase-tools points at the Phase 3 heading');
      assert.match(textAt(document, tools.range), /Phase 3: Verify/);
      assert.equal(diagnostics.filter((d) => codeOf(d) === 'phase-tools').length, 1, 'only Phase 3 lacks Tools');
    });

    it('reports nothing on a complete three-phase specialist', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      await waitForServerToCatchUp();
      assert.deepEqual(ourDiagnostics(document.uri).map((d) => d.message), []);
    });

    it('reports nothing on Markdown files that are not agents', async () => {
      // Shown in editors: with pull diagnostics VS Code asks only for documents in tabs.
      const { document: readme } = await openInEditor('README.md');
      const { document: notes } = await openInEditor('docs/notes.md');
      await waitForServerToCatchUp();
      assert.deepEqual(ourDiagnostics(readme.uri).map((d) => d.message), [], 'README.md');
      assert.deepEqual(ourDiagnostics(notes.uri).map((d) => d.message), [], 'docs/notes.md');
    });
  });
}

