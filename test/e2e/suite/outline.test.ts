// The Outline view: Agentsmith's document symbols show the agent's structure. VS Code's own
// Markdown outline lists the headings too (executeDocumentSymbolProvider merges providers), so
// the assertions look for what only Agentsmith reports: the frontmatter and the symbol kinds
// and details of the three-phase skeleton.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor } from './helpers';

interface Entry { symbol: vscode.DocumentSymbol; depth: number }

function flatten(symbols: vscode.DocumentSymbol[], depth = 0): Entry[] {
  return symbols.flatMap((symbol) => [{ symbol, depth }, ...flatten(symbol.children ?? [], depth + 1)]);
}

async function outlineOf(relativePath: string): Promise<{ roots: vscode.DocumentSymbol[]; listing: string }> {
  const { document } = await openInEditor(relativePath);
  const roots = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  )) ?? [];
  const listing = flatten(roots)
    .map(({ symbol, depth }) => `${'  '.repeat(depth)}${symbol.name} [${vscode.SymbolKind[symbol.kind]}] ${symbol.detail}`)
    .join('\n');
  return { roots, listing };
}

export function registerOutlineTests(): void {
  describe('outline', () => {
    it('shows the frontmatter fields and the three-phase skeleton of a specialist', async () => {
      const { roots, listing } = await outlineOf('.claude/agents/specialists/api-reviewer.md');

      const frontmatter = roots.find((s) => s.name === 'Frontmatter');
      assert.ok(frontmatter, `no Frontmatter symbol in:\n${listing}`);
      assert.equal(frontmatter.detail, 'api-reviewer');
      const fields = (frontmatter.children ?? []).map((s) => s.name);
      assert.deepEqual(fields, ['name', 'description', 'version', 'class', 'specialty', 'tags', 'use_cases', 'model']);

      const all = flatten(roots).map((entry) => entry.symbol);
      const methodology = all.find((s) => s.name === 'Three-Phase Specialist Methodology' && s.kind === vscode.SymbolKind.Module);
      assert.ok(methodology, `no methodology module in:\n${listing}`);
      assert.equal(methodology.detail, '3 phases');
      const phases = (methodology.children ?? []).filter((s) => s.kind === vscode.SymbolKind.Method).map((s) => s.name);
      assert.deepEqual(phases, ['Phase 1: Read the Change', 'Phase 2: Review', 'Phase 3: Report']);

      const boundaries = all.find((s) => s.name === 'Boundaries and Limitations' && s.kind === vscode.SymbolKind.Interface);
      assert.ok(boundaries, `no boundaries interface in:\n${listing}`);
      assert.equal((boundaries.children ?? []).length, 2, `DO and DON'T lists under boundaries in:\n${listing}`);

      const checklist = all.find((s) => s.name === 'Self-Verification Checklist' && s.kind === vscode.SymbolKind.Array);
      assert.ok(checklist, `no checklist in:\n${listing}`);
      assert.equal(checklist.detail, '2 items');
    });

    it('marks the phase without a Tools line', async () => {
      const { roots, listing } = await outlineOf('.claude/agents/specialists/perf-tuner.md');
      const phase3 = flatten(roots).map((e) => e.symbol).find((s) => s.name === 'Phase 3: Verify' && s.kind === vscode.SymbolKind.Method);
      assert.ok(phase3, `no Phase 3 method in:\n${listing}`);
      assert.match(phase3.detail, /no Tools line/);
    });

    it('shows the frontmatter of a Claude Code subagent (a `chatagent` document)', async () => {
      const { roots, listing } = await outlineOf('.claude/agents/deploy-helper.md');
      const frontmatter = roots.find((s) => s.name === 'Frontmatter');
      assert.ok(frontmatter, `no Frontmatter symbol in:\n${listing}`);
      assert.deepEqual((frontmatter.children ?? []).map((s) => s.name), ['name', 'description', 'tools', 'model']);
    });
  });
}
