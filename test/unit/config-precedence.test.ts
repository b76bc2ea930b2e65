/**
 * Config precedence: defaults < the project's `.agentsmith.json` < what the user set in the
 * editor. Maps (`rules`, `profiles`) merge key by key; lists and single values replace.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSettings, rebaseConfigGlobs, rebaseGlob, validateConfig } from '../../server/src/core/config/index';
import { detectProfile } from '../../server/src/core/profile';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { isAgentFilePath } from '../../server/src/core/workspace/agent-files';
import { matchesGlob } from '../../server/src/core/workspace/glob';
import { SettingsStore } from '../../server/src/settings-store';

describe('mergeSettings', () => {
  it('is the defaults without layers, as a fresh object', () => {
    const merged = mergeSettings();
    assert.deepEqual(merged, DEFAULT_SETTINGS);
    assert.notEqual(merged, DEFAULT_SETTINGS);
    merged.rules.x = 'off';
    assert.deepEqual(DEFAULT_SETTINGS.rules, {}, 'the defaults are never mutated');
  });

  it('later layers win; maps merge key by key; lists and scalars replace', () => {
    const project = {
      profile: 'three-phase' as const,
      rules: { 'name-format': 'off' as const, 'unknown-tool': 'error' as const },
      profiles: { '/repo/cami/**': 'three-phase' as const },
      extraTools: ['Deploy'],
      files: { exclude: ['/repo/drafts/**'] },
      maxProblemsPerRule: 20,
    };
    const user = {
      rules: { 'unknown-tool': 'hint' as const },
      profiles: { '**/legacy/**': 'claude-code' as const },
      extraTools: ['Ship'],
      files: { include: ['**/prompts/*.md'] },
    };
    assert.deepEqual(mergeSettings(project, user), {
      profile: 'three-phase',
      profiles: { '/repo/cami/**': 'three-phase', '**/legacy/**': 'claude-code' },
      rules: { 'name-format': 'off', 'unknown-tool': 'hint' },
      extraTools: ['Ship'],
      extraModels: [],
      files: { include: ['**/prompts/*.md'], exclude: ['/repo/drafts/**'] },
      maxProblemsPerRule: 20,
    });
  });

  it('an empty list is a value: it replaces the defaults', () => {
    assert.deepEqual(mergeSettings({ files: { exclude: [] } }).files, { include: [], exclude: [] });
  });

  it('skips undefined layers and keys', () => {
    assert.deepEqual(mergeSettings(undefined, { profile: undefined }, {}), DEFAULT_SETTINGS);
  });
});

describe('SettingsStore layers', () => {
  const projectLayer = (uri: string) =>
    Promise.resolve(uri.includes('/configured/') ? validateConfig('{ "rules": { "name-format": "off", "unknown-tool": "error" }, "extraModels": ["m1"] }').settings : undefined);

  it('a client without configuration requests: project config under initializationOptions', async () => {
    const store = new SettingsStore(() => undefined, projectLayer);
    store.configure({ initializationOptions: { agentsmith: { rules: { 'unknown-tool': 'hint' } } } });
    const settings = await store.get('file:///configured/a.md');
    assert.deepEqual(settings.rules, { 'name-format': 'off', 'unknown-tool': 'hint' });
    assert.deepEqual(settings.extraModels, ['m1']);
    assert.deepEqual((await store.get('file:///elsewhere/a.md')).rules, { 'unknown-tool': 'hint' });
  });

  it('a client asked per resource: its explicit answer overlays the project config', async () => {
    const store = new SettingsStore(() => undefined, projectLayer);
    store.configure({ fetch: async () => ({ extraModels: ['m2'], profile: 'bogus' }) });
    const settings = await store.get('file:///configured/a.md');
    assert.deepEqual(settings.extraModels, ['m2']);
    assert.equal(settings.profile, 'auto', 'an invalid client value is dropped, the default shows');
    assert.equal(settings.rules['name-format'], 'off');
  });

  it('with configuration requests, a didChangeConfiguration payload (defaults included) is not a layer', async () => {
    const store = new SettingsStore(() => undefined, projectLayer);
    let answer: unknown = {};
    store.configure({ fetch: async () => answer });
    assert.deepEqual((await store.get('file:///configured/a.md')).extraModels, ['m1']);
    answer = { extraModels: ['m3'] };
    store.didChangeConfiguration({ agentsmith: { extraModels: [], rules: {} } });
    assert.deepEqual((await store.get('file:///configured/a.md')).extraModels, ['m3']);
  });

  it('documents under one config with the same editor settings share one settings object', async () => {
    const layer = validateConfig('{ "profile": "three-phase" }').settings;
    const store = new SettingsStore(() => undefined, async () => layer);
    const a = await store.get('file:///p/a.md');
    assert.equal(await store.get('file:///p/b.md'), a);
    const generation = store.generation;
    store.projectConfigChanged();
    assert.equal(store.generation, generation + 1);
    const again = await store.get('file:///p/a.md');
    assert.notEqual(again, a, 'a new object after a change, so caches keyed by settings start afresh');
    assert.deepEqual(again, a);
  });

  it('a project layer that fails means no project config, never a rejected promise', async () => {
    const store = new SettingsStore(() => undefined, () => Promise.reject(new Error('disk on fire')));
    assert.deepEqual(await store.get('file:///a.md'), DEFAULT_SETTINGS);
  });
});

describe('relative globs in a config file', () => {
  const root = '/work/repo';
  it('are rebased on the config folder the way .gitignore patterns read', () => {
    assert.equal(rebaseGlob('agents/**', root), '/work/repo/agents/**');
    assert.equal(rebaseGlob('**/drafts/*.md', root), '/work/repo/**/drafts/*.md');
    assert.equal(rebaseGlob('README.md', root), '/work/repo/**/README.md');
    assert.equal(rebaseGlob('/top.md', root), '/work/repo/top.md');
    assert.equal(rebaseGlob('./top.md', root), '/work/repo/top.md');
    assert.equal(rebaseGlob('drafts/', root), '/work/repo/drafts/**');
    assert.equal(rebaseGlob('x.md', '/work/repo/'), '/work/repo/**/x.md');
  });

  it('match the files under the config folder and nothing outside it', () => {
    const glob = (g: string) => rebaseGlob(g, root);
    assert.ok(matchesGlob('/work/repo/agents/a.md', glob('agents/**')));
    assert.ok(!matchesGlob('/work/repo/sub/agents/a.md', glob('agents/**')), 'a glob with `/` is anchored at the config folder');
    assert.ok(!matchesGlob('/work/other/agents/a.md', glob('agents/**')));
    assert.ok(matchesGlob('/work/repo/a/b/README.md', glob('README.md')));
    assert.ok(!matchesGlob('/work/README.md', glob('README.md')), 'a bare name matches below the config folder only');
    assert.ok(matchesGlob('/work/repo/top.md', glob('/top.md')));
    assert.ok(!matchesGlob('/work/repo/sub/top.md', glob('/top.md')));
    assert.ok(matchesGlob('/work/repo/drafts/x/y.md', glob('drafts/')));
  });

  it('keep characters of the folder path literal', () => {
    const odd = '/work/my (old) [repo]{1}';
    assert.ok(matchesGlob(`${odd}/agents/a.md`, rebaseGlob('agents/*.md', odd)));
    assert.ok(!matchesGlob('/work/my o repo/agents/a.md', rebaseGlob('agents/*.md', odd)));
  });

  it('Windows folders: backslashes become slashes and the drive letter goes, as paths are matched', () => {
    assert.equal(rebaseGlob('agents/**', 'C:\\work\\repo'), '/work/repo/agents/**');
    assert.ok(matchesGlob('C:\\work\\repo\\agents\\a.md', rebaseGlob('agents/**', 'C:\\work\\repo')));
  });

  it('rebase profiles keys and files globs, nothing else', () => {
    const layer = validateConfig('{ "profiles": { "cami/**": "three-phase" }, "files": { "include": ["prompts/*.txt"], "exclude": ["README.md"] }, "extraTools": ["a/b"] }').settings;
    assert.deepEqual(rebaseConfigGlobs(layer, root), {
      profiles: { '/work/repo/cami/**': 'three-phase' },
      files: { include: ['/work/repo/prompts/*.txt'], exclude: ['/work/repo/**/README.md'] },
      extraTools: ['a/b'],
    });
  });

  it('drive the service: a profile glob and include/exclude globs from a config apply to paths under it', () => {
    const layer = rebaseConfigGlobs(
      validateConfig('{ "profiles": { "cami/**": "three-phase" }, "files": { "include": ["prompts/*.txt"], "exclude": ["drafts/"] } }').settings,
      root,
    );
    const settings = mergeSettings(layer);
    const plain = '---\nname: a\ndescription: b\n---\nHello\n';
    assert.equal(isAgentFilePath('/work/repo/prompts/a.txt', plain, settings), true);
    assert.equal(isAgentFilePath('/work/repo/drafts/.claude/agents/a.md', plain, settings), false);
    assert.equal(isAgentFilePath('/work/repo/.claude/agents/a.md', plain, settings), true);
    const doc = { frontmatter: undefined, structure: {} } as unknown as Parameters<typeof detectProfile>[0];
    assert.equal(detectProfile(doc, '/work/repo/cami/x.md', settings), 'three-phase');
    assert.equal(detectProfile(doc, '/work/repo/other/x.md', settings), 'claude-code');
  });
});
