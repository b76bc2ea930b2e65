import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { extractAgentsmithSection, SettingsStore } from '../../../server/src/settings-store';

describe('settings store', () => {
  it('finds our section in the shapes clients send', () => {
    const section = { rules: { 'phase-missing': 'off' } };
    assert.deepEqual(extractAgentsmithSection({ agentsmith: section }), section);
    assert.deepEqual(extractAgentsmithSection({ settings: { agentsmith: section } }), section);
    assert.deepEqual(extractAgentsmithSection(section), section);
    assert.deepEqual(extractAgentsmithSection({ 'agentsmith.files.include': ['**/x.md'], 'agentsmith.profile': 'three-phase' }), {
      files: { include: ['**/x.md'] },
      profile: 'three-phase',
    });
    assert.equal(extractAgentsmithSection({ eslint: { enable: true } }), undefined);
    assert.equal(extractAgentsmithSection(null), undefined);
    assert.equal(extractAgentsmithSection('junk'), undefined);
  });

  it('uses initializationOptions and pushed settings when the client cannot be asked', async () => {
    const store = new SettingsStore(() => undefined);
    store.configure({ initializationOptions: { agentsmith: { profile: 'three-phase' } } });
    assert.equal((await store.get('file:///a.md')).profile, 'three-phase');
    store.didChangeConfiguration({ agentsmith: { extraTools: ['Deploy'] } });
    const settings = await store.get('file:///a.md');
    assert.deepEqual(settings.extraTools, ['Deploy']);
    assert.equal(settings.profile, 'auto', 'a pushed payload replaces the settings');
    store.didChangeConfiguration({ somethingElse: true });
    assert.deepEqual((await store.get('file:///a.md')).extraTools, ['Deploy'], 'a payload without our section changes nothing');
  });

  it('asks the client per resource, caches until a change, and survives a failing request', async () => {
    const asked: string[] = [];
    let fail = false;
    const store = new SettingsStore(() => undefined);
    store.configure({
      fetch: async (uri) => {
        asked.push(uri);
        if (fail) throw new Error('client went away');
        return { rules: { [uri]: 'off' } };
      },
    });
    assert.deepEqual((await store.get('a')).rules, { a: 'off' });
    await store.get('a');
    await store.get('b');
    assert.deepEqual(asked, ['a', 'b']);
    const generation = store.generation;
    store.didChangeConfiguration(null);
    assert.equal(store.generation, generation + 1);
    fail = true;
    assert.deepEqual((await store.get('a')).files, DEFAULT_SETTINGS.files, 'falls back to the last known settings');
    assert.deepEqual(asked, ['a', 'b', 'a']);
  });
});
