/**
 * Finding and reading `.agentsmith.json` on disk (`files/project-config.ts`, shared by the
 * server and the CLI) and the server's per-folder cache of it (`project-config-store.ts`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { findProjectConfigPath, formatConfigProblem, loadProjectConfig } from '../../server/src/files/project-config';
import { isProjectConfigUri, ProjectConfigStore } from '../../server/src/project-config-store';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'agentsmith-config-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(temp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

const uri = (relative: string) => pathToFileURL(path.join(temp, relative)).href;

describe('findProjectConfigPath and loadProjectConfig', () => {
  const repo = path.join(temp, 'repo');
  write('repo/.git/HEAD', 'ref: refs/heads/main\n');
  const rootConfig = write('repo/.agentsmith.json', '{ "rules": { "name-format": "off" }, "files": { "exclude": ["drafts/"] } }');
  const nestedConfig = write('repo/packages/cami/.agentsmith.json', '{ "profile": "three-phase" }');
  write('repo/packages/cami/agents/a.md', '');
  write('repo/docs/deep/x.md', '');
  write('above/.agentsmith.json', '{ "profile": "claude-code" }');
  write('above/no-git/sub/x.md', '');

  it('the nearest config wins, walking up from the file or folder', async () => {
    assert.equal(await findProjectConfigPath(path.join(repo, 'docs/deep/x.md')), rootConfig);
    assert.equal(await findProjectConfigPath(path.join(repo, 'docs/deep')), rootConfig);
    assert.equal(await findProjectConfigPath(path.join(repo, 'packages/cami/agents/a.md')), nestedConfig);
    assert.equal(await findProjectConfigPath(path.join(repo, 'docs/deep/not-yet-written.md')), rootConfig);
  });

  it('stops at a repository root and at a named workspace folder', async () => {
    write('outer/.agentsmith.json', '{}');
    write('outer/inner/.git/HEAD', '');
    write('outer/inner/a.md', '');
    assert.equal(await findProjectConfigPath(path.join(temp, 'outer/inner/a.md')), undefined, 'a config above the repository does not apply');
    assert.equal(await findProjectConfigPath(path.join(temp, 'above/no-git/sub/x.md')), path.join(temp, 'above/.agentsmith.json'));
    assert.equal(await findProjectConfigPath(path.join(temp, 'above/no-git/sub/x.md'), { stopAt: [path.join(temp, 'above/no-git')] }), undefined);
  });

  it('loads the config with its globs rebased on its folder', async () => {
    const config = await loadProjectConfig(path.join(repo, 'docs/deep/x.md'));
    assert.ok(config);
    assert.equal(config.path, rootConfig);
    assert.equal(config.root, repo);
    assert.deepEqual(config.settings, { rules: { 'name-format': 'off' }, files: { exclude: [`${repo.replace(/\\/g, '/')}/drafts/**`] } });
    assert.deepEqual(config.problems, []);
    assert.equal(await loadProjectConfig(path.join(temp, 'outer/inner/a.md')), undefined);
  });

  it('a path naming a .json file loads that file (the CLI --config)', async () => {
    const custom = write('custom/ci.json', '{ "extraTools": ["Deploy"] }');
    assert.deepEqual((await loadProjectConfig(custom))?.settings, { extraTools: ['Deploy'] });
    const missing = await loadProjectConfig(path.join(temp, 'custom/missing.json'));
    assert.ok(missing);
    assert.deepEqual(missing.settings, {});
    assert.match(missing.problems[0]!.message, /does not exist/);
  });

  it('a broken config loads with its problems, BOM and all, and formats them as file:line:col', async () => {
    const broken = write('broken/.agentsmith.json', '\uFEFF{\n  "rules": { "name-format": "loud" },\n  "profile": "three-phase"\n}');
    const config = await loadProjectConfig(path.join(temp, 'broken/a.md'));
    assert.ok(config);
    assert.deepEqual(config.settings, { profile: 'three-phase' });
    assert.equal(config.problems.length, 1);
    assert.equal(formatConfigProblem(config, config.problems[0]!), `${broken}:2:29: error: \`loud\` is not a severity: use \`off\`, \`hint\`, \`information\`, \`warning\` or \`error\`.`);
  });

  it('a config that is a folder, or unreadable, is a problem, never an exception', async () => {
    fs.mkdirSync(path.join(temp, 'odd/.agentsmith.json'), { recursive: true });
    assert.equal(await findProjectConfigPath(path.join(temp, 'odd/a.md')), undefined, 'a folder named like a config is not one');
    const folder = await loadProjectConfig(path.join(temp, 'odd/.agentsmith.json'));
    assert.match(folder?.problems[0]?.message ?? '', /is not a file/);
  });
});

describe('ProjectConfigStore (server)', () => {
  write('ws/.agentsmith.json', '{ "rules": { "name-format": "off" } }');
  write('ws/a/b/x.md', '');
  write('ws2/x.md', '');

  it('recognises config URIs', () => {
    assert.equal(isProjectConfigUri(uri('ws/.agentsmith.json')), true);
    assert.equal(isProjectConfigUri(uri('ws/a/.agentsmith.json')), true);
    assert.equal(isProjectConfigUri(uri('ws/x.agentsmith.json')), false);
    assert.equal(isProjectConfigUri('untitled:.agentsmith.json'), false);
  });

  it('finds the config per document, caches it per folder, and reads again after a change', async () => {
    let changes = 0;
    const logged: string[] = [];
    const store = new ProjectConfigStore((message) => logged.push(message), () => changes++);
    store.setWorkspaceFolders([{ uri: uri('ws') }]);
    assert.deepEqual(await store.layerFor(uri('ws/a/b/x.md')), { rules: { 'name-format': 'off' } });
    assert.equal(await store.configFor(uri('ws/a/b/x.md')), await store.configFor(uri('ws/a/b/y.md')), 'one read per folder');
    write('ws/.agentsmith.json', '{ "rules": { "name-format": "loud" } }');
    assert.deepEqual(await store.layerFor(uri('ws/a/b/x.md')), { rules: { 'name-format': 'off' } }, 'cached until told');
    assert.equal(store.filesChanged([uri('ws/a/b/x.md')]), false, 'a Markdown change is not a config change');
    assert.equal(store.filesChanged([uri('ws/.agentsmith.json')]), true);
    assert.equal(changes, 1);
    assert.deepEqual(await store.layerFor(uri('ws/a/b/x.md')), {}, 'the invalid severity falls back to the default');
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /^\[warn\] .*\.agentsmith\.json:1:29: error: `loud` is not a severity/);
  });

  it('untitled documents use the first workspace folder; no config means no layer', async () => {
    const store = new ProjectConfigStore(() => undefined, () => undefined);
    store.setWorkspaceFolders(null, uri('ws'));
    assert.ok(await store.layerFor('untitled:Untitled-1'));
    store.setWorkspaceFolders([{ uri: uri('ws2') }]);
    assert.equal(await store.layerFor(uri('ws2/x.md')), undefined);
    assert.equal(await new ProjectConfigStore(() => undefined, () => undefined).layerFor('untitled:Untitled-1'), undefined);
  });
});
