/**
 * Junk must get answers, not a dead server: binary bytes, a 2 MB agent file, malformed
 * JSON-RPC, unknown methods, requests about documents that were never opened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DocumentSymbol, ErrorCodes, type FoldingRange, ResponseError } from 'vscode-languageserver-protocol/node';
import { SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, ServerUnderTest } from './support/server-process';

const CLIENT = { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } };

/** Every byte value, then the same again scrambled, as one string (NUL, lone surrogates, U+FFFF …). */
function binaryJunk(): string {
  const codes: number[] = [];
  for (let i = 0; i < 256; i++) codes.push(i);
  for (let i = 0; i < 4096; i++) codes.push((i * 7919) % 65536);
  codes.push(0xd800, 0x2d, 0x2d, 0x2d, 0x0a, 0xdfff);
  return `---\n${String.fromCharCode(...codes)}\n---\n${String.fromCharCode(...codes.reverse())}`;
}

/** About 2 MB: the specialist, then many phases, checklists, fences and a never-closed fence. */
function twoMegabytes(): string {
  const block = [
    '### Phase 1: Again',
    '',
    'Paragraph text that goes on for a while to make the file big, with `code` and **bold**.',
    '',
    '```ts',
    'const phase = 2; // ## not a heading',
    '```',
    '',
    '- [ ] an item',
    '',
  ].join('\n');
  const parts = [SPECIALIST_WITHOUT_PHASE_2];
  let size = SPECIALIST_WITHOUT_PHASE_2.length;
  while (size < 2 * 1024 * 1024) {
    parts.push(block);
    size += block.length;
  }
  parts.push('````markdown\nnever closed\n');
  return parts.join('\n');
}

describe('robustness', { timeout: 60_000 }, () => {
  let server: ServerUnderTest;

  before(async () => {
    ({ server } = await ServerUnderTest.started(CLIENT));
  });

  after(async () => {
    assert.equal(await server.stop(), 0, server.stderr);
  });

  const alive = async (): Promise<void> => {
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fileUri('.claude/agents/none.md') } });
    assert.deepEqual(symbols, []);
  };

  it('answers every request about a binary file under .claude/agents/', async () => {
    const uri = fileUri('.claude/agents/binary.md');
    await server.open(uri, binaryJunk());
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(Array.isArray(symbols));
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.ok(Array.isArray(folds));
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
    await alive();
  });

  it('validates a 2 MB agent file and its edits', async () => {
    const uri = fileUri('.claude/agents/huge.md');
    const text = twoMegabytes();
    await server.open(uri, text);
    const first = await server.diagnostics(uri, (p) => p.version === 1);
    assert.ok(first.diagnostics.length > 0);
    assert.ok(first.diagnostics.every((d) => d.source === 'agentsmith'));
    const lines = text.split('\n');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: lines.length - 1, character: 0 }, end: { line: lines.length - 1, character: 0 } }, text: '````\n' }],
    });
    const second = await server.diagnostics(uri, (p) => p.version === 2);
    assert.ok(Array.isArray(second.diagnostics));
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(symbols.length > 0);
  });

  it('survives a malformed JSON-RPC message', async () => {
    const junk = '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {not json';
    server.child.stdin.write(`Content-Length: ${Buffer.byteLength(junk)}\r\n\r\n${junk}`);
    await alive();
  });

  it('answers an unknown request with MethodNotFound and stays up', async () => {
    await assert.rejects(
      server.connection.sendRequest('agentsmith/doesNotExist', {}),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound,
    );
    await alive();
  });

  it('ignores changes and closes for documents it never saw', async () => {
    const uri = fileUri('.claude/agents/ghost.md');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 5 },
      contentChanges: [{ text: 'whatever' }],
    });
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: 'not an object' });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { agentsmith: { rules: 42, files: { include: 'x' } } } });
    await alive();
    assert.equal(server.child.exitCode, null);
  });
});
