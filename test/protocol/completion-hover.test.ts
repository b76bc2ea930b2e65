/**
 * Completion and hover over stdio, as Neovim or VS Code would ask for them: agent files get
 * answers (also with the `chatagent` language id VS Code gives `.claude/agents/*.md`), other
 * Markdown gets nothing, clients without snippets get plain text, and skills come from the
 * workspace's `.claude/skills/*` folders, refreshed when the client reports a changed SKILL.md.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  type CompletionItem,
  type CompletionList,
  type Hover,
  type InitializeResult,
  type MarkupContent,
  type Position,
  RegistrationRequest,
} from 'vscode-languageserver-protocol/node';
import { PLAIN_NOTES, SPECIALIST_WITHOUT_PHASE_2 } from './support/agent-texts';
import { fileUri, ServerUnderTest } from './support/server-process';
import { lineOf } from './support/text-edits';

const TIMEOUT = { timeout: 30_000 };
const SNIPPET_CLIENT = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true }, contextSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] as ('markdown' | 'plaintext')[] },
  },
};
const PLAIN_CLIENT = { textDocument: { synchronization: { dynamicRegistration: false } } };

const items = (result: unknown): CompletionItem[] => (Array.isArray(result) ? result : (result as CompletionList).items);
const labels = (result: unknown): string[] => items(result).map((item) => item.label);
const hoverText = (hover: Hover | null): string => (hover ? (hover.contents as MarkupContent).value : '');

function complete(server: ServerUnderTest, uri: string, position: Position, triggerCharacter?: string): Promise<CompletionList> {
  const context = triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 };
  return server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position, context }) as Promise<CompletionList>;
}

function hover(server: ServerUnderTest, uri: string, position: Position): Promise<Hover | null> {
  return server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;
}

describe('completion and hover over --stdio', TIMEOUT, () => {
  let server: ServerUnderTest;
  let initialize: InitializeResult;
  const agentUri = fileUri('.claude/agents/release-notes-writer.md');
  const notesUri = fileUri('docs/notes.md');
  const text = SPECIALIST_WITHOUT_PHASE_2.replace('model: haiku', 'model: haiku\ntools: Read, \n');
  const toolsLine = lineOf(text, 'tools: Read, ');

  before(async () => {
    ({ server, result: initialize } = await ServerUnderTest.started(SNIPPET_CLIENT));
    await server.open(agentUri, text, 'chatagent');
    await server.open(notesUri, PLAIN_NOTES);
  });

  after(async () => {
    assert.equal(await server.stop(), 0, `the server exits cleanly; stderr: ${server.stderr}`);
  });

  it('advertises completion with its trigger characters (never space) and hover', () => {
    assert.deepEqual(initialize.capabilities.completionProvider?.triggerCharacters, [':', '-', '#', ',', '[', '(']);
    assert.equal(initialize.capabilities.hoverProvider, true);
  });

  it('frontmatter: keys, then values with snippets', async () => {
    const keys = await complete(server, agentUri, { line: toolsLine + 1, character: 0 });
    assert.equal(keys.isIncomplete, false);
    assert.ok(labels(keys).includes('permissionMode') && !labels(keys).includes('name'));
    const tools = await complete(server, agentUri, { line: toolsLine, character: 'tools: Read, '.length });
    assert.ok(labels(tools).includes('Grep') && !labels(tools).includes('Read') && !labels(tools).includes('Task'));
    const bash = items(tools).find((item) => item.label === 'Bash(…)');
    assert.equal(bash?.insertTextFormat, 2);
  });

  it('body: the missing Phase 2 at a heading position', async () => {
    const line = lineOf(text, '### Phase 3: Publish');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: agentUri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '###\n' }],
    });
    const result = await complete(server, agentUri, { line, character: 3 }, '#');
    assert.ok(labels(result).includes('### Phase 2'));
  });

  it('hover: a key explains its field; a diagnostic links its rule page', async () => {
    const modelLine = lineOf(text, 'model: haiku');
    const key = await hover(server, agentUri, { line: modelLine, character: 2 });
    assert.equal((key?.contents as MarkupContent).kind, 'markdown');
    assert.match(hoverText(key), /\*\*`model`\*\*/);
    const version = lineOf(text, 'version: "1.0.0"');
    const bump = await complete(server, agentUri, { line: version, character: 'version: "1.0.0'.length });
    assert.deepEqual(labels(bump), ['1.0.1', '1.1.0', '2.0.0']);
  });

  it('other Markdown gets nothing', async () => {
    assert.deepEqual(labels(await complete(server, notesUri, { line: 1, character: 2 })), []);
    assert.equal(await hover(server, notesUri, { line: 0, character: 2 }), null);
  });

  it('positions outside the document answer empty, not an error', async () => {
    assert.deepEqual(labels(await complete(server, agentUri, { line: 10_000, character: 3 })), []);
    assert.equal(await hover(server, agentUri, { line: 10_000, character: 0 }), null);
    assert.deepEqual(labels(await complete(server, fileUri('.claude/agents/never-opened.md'), { line: 0, character: 0 })), []);
  });
});

describe('a client without snippet support', TIMEOUT, () => {
  it('gets plain text items and rule links on diagnostics', async () => {
    const { server } = await ServerUnderTest.started(PLAIN_CLIENT);
    try {
      const uri = fileUri('.claude/agents/reviewer.md');
      const text = '---\nname: reviewer\ndescription: Reviews code.\nmodel: sonet\n\n---\n';
      await server.open(uri, text);
      const result = await complete(server, uri, { line: 4, character: 0 });
      assert.ok(items(result).length > 0);
      assert.ok(items(result).every((item) => item.insertTextFormat !== 2 && !(item.textEdit as { newText: string }).newText.includes('${')));
      assert.ok(items(result).every((item) => item.command === undefined), 'no VS Code command for other clients');
      const diagnostic = await hover(server, uri, { line: 3, character: 8 });
      assert.match(hoverText(diagnostic), /invalid-value/);
      assert.match(hoverText(diagnostic), /\(file:\/\/[^)]*docs\/rules\/invalid-value\.md\)/);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });
});

describe('skills from the workspace (VS Code-like client)', TIMEOUT, () => {
  let workspace: string;
  let server: ServerUnderTest;
  const registrations: { method: string; registerOptions?: unknown }[] = [];

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'agentsmith-skills-'));
    writeSkill('release-notes', 'Drafts release notes from merged pull requests.');
    server = ServerUnderTest.spawn();
    server.connection.onRequest(RegistrationRequest.type, (params) => void registrations.push(...params.registrations));
    const folder = pathToFileURL(workspace).toString();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: '1.139.1' },
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'skills' }],
      capabilities: { ...SNIPPET_CLIENT, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
    rmSync(workspace, { recursive: true, force: true });
  });

  function writeSkill(name: string, description: string): void {
    mkdirSync(join(workspace, '.claude', 'skills', name), { recursive: true });
    writeFileSync(join(workspace, '.claude', 'skills', name, 'SKILL.md'), `---\nname: ${name}\ndescription: ${description}\n---\n\nSteps.\n`);
  }

  it('lists the skills, watches SKILL.md files and re-reads them when one changes', async () => {
    const uri = pathToFileURL(join(workspace, '.claude', 'agents', 'writer.md')).toString();
    await server.open(uri, '---\nname: writer\ndescription: Writes.\nskills: []\n\n---\n', 'chatagent');
    const position = { line: 3, character: 'skills: ['.length };
    const first = await complete(server, uri, position, '[');
    assert.deepEqual(labels(first), ['release-notes']);
    assert.match(JSON.stringify(items(first)[0].documentation), /Drafts release notes/);
    assert.ok(registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('**/*.md')));

    writeSkill('changelog', 'Keeps CHANGELOG.md in order.');
    const skillUri = pathToFileURL(join(workspace, '.claude', 'skills', 'changelog', 'SKILL.md')).toString();
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: skillUri, type: 1 }] });
    assert.deepEqual(labels(await complete(server, uri, position, '[')), ['changelog', 'release-notes']);

    assert.equal((await complete(server, uri, { line: 5, character: 0 })).items.length, 0, 'the closing --- line is not a key position');
    const keys = await complete(server, uri, { line: 4, character: 0 });
    assert.equal(items(keys).find((item) => item.label === 'tools')?.command?.command, 'editor.action.triggerSuggest');
  });
});
