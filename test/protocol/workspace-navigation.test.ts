/**
 * Navigation between agents over stdio, with closed files on disk: go to definition from
 * `Agent(x)` and from a `skills:` entry, find references, prepareRename and rename (edits in
 * the other file, and the file renamed when the client applies RenameFile), a refused rename
 * as an error the client shows, and workspace symbols for Ctrl+T.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type Location,
  type Position,
  type PrepareRenameResult,
  type RenameFile,
  ResponseError,
  type TextDocumentEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { subagent, vscodeLikeCapabilities, WorkspaceClient } from './support/workspace-client';

const TIMEOUT = { timeout: 60_000 };

const FILES = {
  '.claude/agents/reviewer.md': subagent('reviewer'),
  '.claude/agents/planner.md': subagent('planner', ['tools: Read, Agent(reviewer)', 'skills: [release-notes]']),
  '.claude/skills/release-notes/SKILL.md': '---\nname: release-notes\ndescription: Drafts release notes.\n---\n\nSteps.\n',
};

/** The position `offset` characters into the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, offset = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text a location covers in one of the fixture files. */
function textAt(text: string, location: { range: Location['range'] }): string {
  const lines = text.split('\n');
  const { start, end } = location.range;
  if (start.line !== end.line) throw new Error('multi-line range');
  return lines[start.line].slice(start.character, end.character);
}

for (const renameFiles of [true, false]) {
  describe(`navigation between agents (${renameFiles ? 'a client that renames files' : 'text edits only'})`, TIMEOUT, () => {
    let client: WorkspaceClient;
    const planner = () => client.uri('.claude/agents/planner.md');
    const reviewer = () => client.uri('.claude/agents/reviewer.md');

    before(async () => {
      const capabilities = vscodeLikeCapabilities();
      if (!renameFiles) capabilities.workspace!.workspaceEdit = { documentChanges: false };
      client = await WorkspaceClient.start(WorkspaceClient.makeWorkspace(FILES), capabilities);
      await client.server.open(planner(), FILES['.claude/agents/planner.md'], 'chatagent');
    });

    after(async () => assert.equal(await client.stop(), 0));

    it('goes from Agent(reviewer) to the closed file that defines it', async () => {
      const position = positionOf(FILES['.claude/agents/planner.md'], 'Agent(reviewer)', 'Agent(re'.length);
      const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: planner() }, position });
      assert.equal(locations.length, 1, JSON.stringify(locations));
      assert.equal(locations[0].uri, reviewer());
      assert.equal(textAt(FILES['.claude/agents/reviewer.md'], locations[0]), 'reviewer');
    });

    it('goes from a skills entry to its SKILL.md', async () => {
      const position = positionOf(FILES['.claude/agents/planner.md'], 'release-notes', 3);
      const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: planner() }, position });
      assert.deepEqual(
        locations.map((l) => l.uri),
        [client.uri('.claude/skills/release-notes/SKILL.md')],
      );
    });

    it('finds the references of an agent across files', async () => {
      const position = positionOf(FILES['.claude/agents/planner.md'], 'Agent(reviewer)', 'Agent('.length);
      const locations = await client.request<Location[]>('textDocument/references', { textDocument: { uri: planner() }, position, context: { includeDeclaration: true } });
      const found = locations.map((l) => `${l.uri === reviewer() ? 'reviewer.md' : l.uri === planner() ? 'planner.md' : l.uri}:${l.range.start.line}`).sort();
      assert.deepEqual(found, ['planner.md:3', 'reviewer.md:1']);
    });

    it('prepares a rename on the name, and renames it everywhere', async () => {
      const position = positionOf(FILES['.claude/agents/planner.md'], 'Agent(reviewer)', 'Agent(rev'.length);
      const prepared = await client.request<PrepareRenameResult | null>('textDocument/prepareRename', { textDocument: { uri: planner() }, position });
      assert.ok(prepared && 'range' in prepared, JSON.stringify(prepared));
      assert.equal(textAt(FILES['.claude/agents/planner.md'], prepared), 'reviewer');

      const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri: planner() }, position, newName: 'code-critic' });
      assert.ok(edit, 'an edit');
      const edits = new Map<string, string[]>();
      const renames: RenameFile[] = [];
      for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
          if (change.kind === 'rename') renames.push(change);
        } else {
          edits.set((change as TextDocumentEdit).textDocument.uri, (change as TextDocumentEdit).edits.map((e) => e.newText));
        }
      }
      for (const [uri, list] of Object.entries(edit.changes ?? {})) edits.set(uri, list.map((e) => e.newText));
      assert.deepEqual(edits.get(reviewer()), ['code-critic']);
      assert.deepEqual(edits.get(planner()), ['code-critic']);
      if (renameFiles) {
        assert.deepEqual(renames.map((r) => [r.oldUri, r.newUri]), [[reviewer(), client.uri('.claude/agents/code-critic.md')]]);
      } else {
        assert.equal(edit.documentChanges, undefined, 'a client without documentChanges gets `changes`');
      }
    });

    it('refuses an invalid new name with a message the client shows', async () => {
      const position = positionOf(FILES['.claude/agents/planner.md'], 'Agent(reviewer)', 'Agent(rev'.length);
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: planner() }, position, newName: 'Not A Name!' }), (error: unknown) => {
        assert.ok(error instanceof ResponseError, String(error));
        assert.ok(error.message.length > 10, error.message);
        return true;
      });
    });

    it('lists the agents as workspace symbols', async () => {
      const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'revi' });
      const match = symbols.find((s) => s.name === 'reviewer');
      assert.ok(match, JSON.stringify(symbols));
      assert.equal(match.location.uri, reviewer());
      const all = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '' });
      assert.deepEqual(all.map((s) => s.name).sort(), ['planner', 'reviewer']);
    });
  });
}
