/**
 * Version awareness over stdio, against a real temporary git repository: a committed
 * three-phase agent opened with changes but the same `version` gets the information
 * diagnostic once git's answer arrives (pushed; for a pulling client, after a diagnostic
 * refresh), its quick fix bumps the version and the diagnostic goes; a commit followed by a
 * save (HEAD moved) makes the new content the baseline.
 * Skipped, saying why, where no `git` is installed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { type CodeAction, type Diagnostic, DiagnosticRefreshRequest, type DocumentDiagnosticReport, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { findGit } from '../../server/src/files/git-process';
import { ServerUnderTest } from './support/server-process';
import { applyEdits } from './support/text-edits';

const GIT = findGit();
const SKIP = GIT ? false : 'git is not installed on this machine: version awareness needs it';
const RULE = 'version-not-bumped';

const COMMITTED = `---
name: changelog-curator
version: "1.2.0"
description: Use this agent when a pull request needs a changelog entry.
class: workflow-specialist
model: sonnet
---

You are the Changelog Curator, who writes entries a user can act on.

## Core Philosophy: Say What Changed

An entry names what a user sees.

## Three-Phase Specialist Methodology

### Phase 1: Collect (40%)

**Tools**: Read

### Phase 2: Write (40%)

**Tools**: Edit

### Phase 3: Review (20%)

**Tools**: Read

## Boundaries and Limitations

**You DO**:
- Write entries

**You DON'T**:
- Tag releases

## Self-Verification Checklist

- [ ] Every change has an entry
`;

const EDITED = COMMITTED.replace('## Boundaries and Limitations', '## Quality Standards\n\nOne line per change.\n\n## Boundaries and Limitations');

function git(cwd: string, ...args: string[]): void {
  execFileSync(GIT!, ['-c', 'user.name=Agentsmith Tests', '-c', 'user.email=tests@agentsmith.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'ignore' });
}

const ours = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === RULE);

describe('version awareness over --stdio', { skip: SKIP, timeout: 30_000 }, () => {
  let repo: string;
  let agentPath: string;
  let agentUri: string;

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'agentsmith-version-'));
    git(repo, 'init', '-q');
    agentPath = join(repo, '.claude/agents/changelog-curator.md');
    mkdirSync(join(repo, '.claude/agents'), { recursive: true });
    writeFileSync(agentPath, COMMITTED);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'agent');
    agentUri = pathToFileURL(agentPath).toString();
  });

  after(() => rmSync(repo, { recursive: true, force: true }));

  describe('pushed diagnostics', () => {
    let server: ServerUnderTest;
    before(async () => {
      ({ server } = await ServerUnderTest.started({
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
        },
      }));
    });
    after(async () => assert.equal(await server.stop(), 0, server.stderr));

    /** The first publish for the agent, from now on, that satisfies `predicate`. */
    const nextPublish = (predicate: (params: PublishDiagnosticsParams) => boolean) => {
      const from = server.published.length;
      return server.diagnostics(agentUri, (params) => server.published.indexOf(params) >= from && predicate(params));
    };

    it('reports a changed agent whose version is unchanged, once git answers', async () => {
      const published = nextPublish((params) => ours(params.diagnostics).length > 0);
      await server.open(agentUri, EDITED);
      const [finding] = ours((await published).diagnostics);
      assert.equal(finding.severity, 3);
      assert.match(finding.message, /still 1\.2\.0: bump to 1\.3\.0 \(minor: `## Quality Standards` was added\)/);
      assert.deepEqual(finding.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 16 } });
    });

    it('bumps the version with the quick fix, and the diagnostic goes', async () => {
      const [finding] = ours(server.publishedFor(agentUri).at(-1)!.diagnostics);
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: agentUri },
        range: finding.range,
        context: { diagnostics: [finding], only: ['quickfix'] },
      })) as CodeAction[];
      const bump = actions.find((action) => action.title === 'Bump version to 1.3.0 (minor)');
      assert.ok(bump, JSON.stringify(actions.map((a) => a.title)));
      const { text, changes } = applyEdits(EDITED, bump.edit!.changes![agentUri]);
      assert.match(text, /^version: "1\.3\.0"$/m);
      const cleared = nextPublish((params) => params.version === 2);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: agentUri, version: 2 }, contentChanges: changes });
      assert.deepEqual(ours((await cleared).diagnostics), []);
    });

    it('takes a new commit as the baseline when the document is saved', async () => {
      // Back to the committed version number, content still changed: reported again.
      const reported = nextPublish((params) => params.version === 3 && ours(params.diagnostics).length > 0);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: agentUri, version: 3 }, contentChanges: [{ text: EDITED }] });
      await reported;
      // Commit that content and save: HEAD moved, the content is the committed one now.
      writeFileSync(agentPath, EDITED);
      git(repo, 'commit', '-q', '-am', 'quality standards');
      const silent = nextPublish((params) => ours(params.diagnostics).length === 0);
      await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: agentUri } });
      assert.equal((await silent).version, 3);
    });
  });

  describe('pulled diagnostics', () => {
    let server: ServerUnderTest;
    /** Refresh requests so far, and a wait for the next one after a count. */
    let refreshes = 0;
    const waiting = new Set<{ after: number; resolve: () => void }>();
    const refreshAfter = (after: number) =>
      refreshes > after ? Promise.resolve() : new Promise<void>((resolve) => waiting.add({ after, resolve }));
    before(async () => {
      server = ServerUnderTest.spawn();
      server.connection.onRequest(DiagnosticRefreshRequest.type, () => {
        refreshes++;
        for (const waiter of [...waiting]) {
          if (refreshes <= waiter.after) continue;
          waiting.delete(waiter);
          waiter.resolve();
        }
      });
      await server.initialize({
        workspace: { diagnostics: { refreshSupport: true } },
        textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false } },
      });
    });
    after(async () => assert.equal(await server.stop(), 0, server.stderr));

    it('asks the client to pull again when the committed text arrives', async () => {
      const pull = (previousResultId?: string) =>
        server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: agentUri }, previousResultId }) as Promise<DocumentDiagnosticReport & { resultId?: string; items?: Diagnostic[] }>;
      await server.open(agentUri, EDITED.replace('"1.2.0"', '"1.3.0"').replace('Every change', 'Each change'));
      // HEAD now holds EDITED with 1.2.0; this text has 1.3.0: bumped, silent. Then the version goes back.
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: agentUri, version: 2 }, contentChanges: [{ text: EDITED.replace('Every change', 'Each change') }] });
      // Git answers after a diagnosis asked for the committed text; the server then asks for a
      // refresh (other refreshes, like the workspace index's, may come first): pull after each.
      let seen = refreshes;
      let report = await pull();
      let items = report.items ?? [];
      while (ours(items).length === 0) {
        await refreshAfter(seen);
        seen = refreshes;
        report = await pull(report.resultId);
        if (report.kind === 'full') items = report.items ?? [];
      }
      const [finding] = ours(items);
      assert.match(finding?.message ?? '', /bump to 1\.2\.1 \(patch/);
    });
  });
});
