// The Outline view: the document symbols show the agent's structure.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor } from './helpers';

function flatten(symbols: vscode.DocumentSymbol[], depth = 0): Array<{ name: string; depth: number; symbol: vscode.DocumentSymbol }> {
  return symbols.flatMap((symbol) => [{ name: symbol.name, depth, symbol }, ...flatten(symbol.children ?? [], depth + 1)]);
}

export function registerOutlineTests(): void {
  describe('outline', () => {
    it('shows the methodology with its three phases nested under it', async () => {
      const { document } = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      )) ?? [];
      const all = flatten(symbols);
      const names = all.map((entry) => entry.name);
      const listing = all.map((entry) => `${'  '.repeat(entry.depth)}${entry.name}`).join('\n');

      const methodology = all.find((entry) => /Three-Phase Specialist Methodology/.test(entry.name));
      assert.ok(methodology, `no methodology symbol in:\n${listing}`);
      const phaseNames = flatten(methodology.symbol.children ?? []).map((entry) => entry.name);
      for (const phase of ['Phase 1', 'Phase 2', 'Phase 3']) {
        assert.ok(phaseNames.some((name) => name.includes(phase)), `${phase} is not under the methodology in:\n${listing}`);
      }
      for (const section of ['Core Philosophy', 'Boundaries and Limitations', 'Self-Verification Checklist']) {
        assert.ok(names.some((name) => name.includes(section)), `${section} is missing from:\n${listing}`);
      }
    });
  });
}
