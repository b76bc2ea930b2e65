/**
 * The VS Code client's side of the project config: it answers the server's configuration
 * requests with only what the user set (so `.agentsmith.json` shows through VS Code's
 * defaults), and `.agentsmith.json` starts the server without counting as an agent file.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { isProjectConfigFile, PROJECT_CONFIG_FILE_NAME } from '../../client/src/agent-file-gate';
import { explicitSettings, type InspectedSetting, SETTING_KEYS } from '../../client/src/explicit-settings';
import { CONFIG_KEYS, PROJECT_CONFIG_FILE_NAME as SERVER_FILE_NAME } from '../../server/src/core/config/index';
import { REPO_ROOT } from './support/documents';

/** What VS Code's `inspect()` returns: the default is always there, set levels only when set. */
function inspector(levels: Record<string, InspectedSetting>): (key: string) => InspectedSetting & { defaultValue?: unknown } {
  return (key) => ({ defaultValue: key === 'files.exclude' ? ['**/README.md'] : {}, ...levels[key] });
}

describe('explicit VS Code settings for the server', () => {
  it('sends nothing when the user set nothing (VS Code defaults never reach the server)', () => {
    assert.deepEqual(explicitSettings(inspector({})), {});
  });

  it('sends the most specific level of each set key, nesting files.*', () => {
    const sent = explicitSettings(
      inspector({
        profile: { globalValue: 'claude-code', workspaceFolderValue: 'three-phase' },
        'files.include': { workspaceValue: ['**/prompts/*.md'] },
        maxProblemsPerRule: { globalValue: 10 },
      }),
    );
    assert.deepEqual(sent, { profile: 'three-phase', files: { include: ['**/prompts/*.md'] }, maxProblemsPerRule: 10 });
  });

  it('merges the rules and profiles maps across levels, the more specific level winning per key', () => {
    const sent = explicitSettings(
      inspector({
        rules: { globalValue: { 'name-format': 'off', 'unknown-tool': 'hint' }, workspaceValue: { 'unknown-tool': 'error' } },
        profiles: { workspaceFolderValue: { '**/cami/**': 'three-phase' } },
      }),
    );
    assert.deepEqual(sent, { rules: { 'name-format': 'off', 'unknown-tool': 'error' }, profiles: { '**/cami/**': 'three-phase' } });
  });

  it('lists exactly the keys the config file has, every agentsmith setting package.json contributes among them', () => {
    const configKeys = CONFIG_KEYS.flatMap((key) => (key.kind.type === 'object' ? key.kind.keys.map((inner) => `${key.key}.${inner.key}`) : [key.key])).filter((key) => key !== '$schema');
    assert.deepEqual([...SETTING_KEYS].sort(), configKeys.sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    // `trace.server` is read by the language client itself.
    const contributed = Object.keys(manifest.contributes.configuration.properties).filter((key) => key !== 'agentsmith.trace.server');
    for (const key of contributed) assert.ok(SETTING_KEYS.includes(key.replace(/^agentsmith\./, '')), `${key} is not sent to the server`);
  });
});

describe('the config file in the client', () => {
  it('recognises .agentsmith.json files on disk only', () => {
    assert.equal(PROJECT_CONFIG_FILE_NAME, SERVER_FILE_NAME);
    assert.equal(isProjectConfigFile({ scheme: 'file', path: '/repo/.agentsmith.json' }), true);
    assert.equal(isProjectConfigFile({ scheme: 'file', path: '/repo/sub/.agentsmith.json' }), true);
    assert.equal(isProjectConfigFile({ scheme: 'file', path: '/repo/x.agentsmith.json' }), false);
    assert.equal(isProjectConfigFile({ scheme: 'untitled', path: '/.agentsmith.json' }), false);
    assert.equal(isProjectConfigFile({ scheme: 'git', path: '/repo/.agentsmith.json' }), false);
  });
});
