/**
 * The skeleton rules belong to the three-phase profile only: a plain Claude Code subagent has
 * no fixed body, so it must get none of them, while fence-unclosed applies to every agent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyRules } from '../../server/src/core/rules/body/index';
import { resolveSettings } from '../../server/src/core/settings';
import { input, strictService } from './support/documents';

const SUBAGENT = ['---', 'name: typo-hunter', 'description: Finds typos in prose.', '---', '', 'Read each file and list the typos you find.', ''].join('\n');
const PATH = '/ws/.claude/agents/typo-hunter.md';
const skeletonRules = bodyRules.filter((r) => r.id !== 'fence-unclosed').map((r) => r.id);

describe('body rule profiles', () => {
  it('every body rule but fence-unclosed is three-phase only', () => {
    for (const rule of bodyRules) {
      assert.deepEqual([...rule.profiles].sort(), rule.id === 'fence-unclosed' ? ['claude-code', 'three-phase'] : ['three-phase'], rule.id);
    }
  });

  it('a plain subagent gets no skeleton findings', () => {
    const found = strictService().diagnose(input(SUBAGENT, PATH), resolveSettings({})).map((d) => d.code);
    assert.deepEqual(found.filter((code) => skeletonRules.includes(String(code))), []);
  });

  it('the same file forced into the three-phase profile gets them', () => {
    const found = new Set(strictService().diagnose(input(SUBAGENT, PATH), resolveSettings({ profile: 'three-phase' })).map((d) => String(d.code)));
    for (const id of ['identity-statement', 'core-philosophy', 'methodology-missing', 'boundaries-missing', 'checklist-missing', 'section-missing']) {
      assert.ok(found.has(id), `${id} reports on a bare three-phase file`);
    }
  });
});
