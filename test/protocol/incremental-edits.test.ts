/**
 * The server hands the service its edit history and line index, so the service rescans only
 * what changed. Whatever the edits, the diagnostics after them must equal those of the same
 * text opened fresh: random edits (a fixed seed), sent one by one and in bursts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, ServerUnderTest } from './support/server-process';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of agent-file text whose insertion changes the structure: headings, fences, keys. */
const SNIPPETS = ['\n', '\r\n', '### Phase 2: Draft\n', '```\n', '````md\n', '## Quality Standards\n', '- [ ] check\n', 'x', '**Tools**: Read\n', 'model: opus\n', '---\n', 'You are '];

function randomChange(document: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const length = document.getText().length;
  const start = Math.floor(next() * (length + 1));
  const end = Math.min(length, start + (next() < 0.4 ? Math.floor(next() * 40) : 0));
  const text = next() < 0.25 ? '' : SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? 'x';
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text };
}

const comparable = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.map((d) => `${String(d.code)} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();

describe('incremental edits', { timeout: 60_000 }, () => {
  let server: ServerUnderTest;

  before(async () => {
    ({ server } = await ServerUnderTest.started({ textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } }));
  });

  after(async () => {
    assert.equal(await server.stop(), 0, server.stderr);
  });

  for (const seed of [1, 2, 3]) {
    it(`gives the same diagnostics as a fresh open after random edits (seed ${seed})`, async () => {
      const next = random(seed);
      // Edited, fresh and barrier documents live in projects of their own: same-named agents in
      // one .claude/agents tree would be a duplicate-name, which is not what this compares.
      const uri = fileUri(`edited-${seed}/.claude/agents/release-notes-writer.md`);
      let document = TextDocument.create(uri, 'markdown', 1, SPECIALIST_WITHOUT_PHASE_2);
      await server.open(uri, document.getText());
      for (let round = 0; round < 30; round++) {
        // A burst of 1–4 edits sent without waiting, then wait for the newest version.
        const burst = 1 + Math.floor(next() * 4);
        for (let i = 0; i < burst; i++) {
          const change = randomChange(document, next);
          const version = document.version + 1;
          document = TextDocument.update(document, [change], version);
          void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        }
        // Some versions have no diagnostics (nothing is published then): ask for symbols instead,
        // which also answers only after the queued edits were applied.
        await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      }
      const edited = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });

      const freshUri = fileUri(`fresh-${seed}/.claude/agents/release-notes-writer.md`);
      await server.open(freshUri, document.getText());
      const fresh = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: freshUri } });
      assert.deepEqual(edited, fresh, 'the outline after edits equals the outline of the same text opened fresh');

      const barrier = fileUri(`barrier-${seed}/.claude/agents/release-notes-writer.md`);
      await server.open(barrier, SPECIALIST_WITHOUT_PHASE_2);
      await server.diagnostics(barrier);
      const lastEdited = server.publishedFor(uri).filter((p) => p.version === document.version).at(-1);
      const lastFresh = server.publishedFor(freshUri).at(-1);
      assert.deepEqual(comparable(lastEdited?.diagnostics ?? []), comparable(lastFresh?.diagnostics ?? []), `final text:\n${document.getText()}`);
    });
  }
});
