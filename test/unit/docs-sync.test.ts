/**
 * Docs are part of the contract: every rule has a doc page named by its id that states its
 * default severity, the README's rules table is exactly what the registry generates, and the
 * `agentsmith.rules` setting in package.json lists every rule (regenerate both with
 * `npm run compile && node scripts/rules-table.mjs`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/core/rules/registry';
import { REPO_ROOT } from './support/documents';
import { renderRulesTable, rulesSettingSchema } from './support/rule-docs';

describe('docs stay in sync with the rules', () => {
  it('every rule has a doc page that states its id and default severity', () => {
    for (const rule of allRules) {
      const file = path.join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${rule.id}.md is missing`);
      const text = fs.readFileSync(file, 'utf8');
      assert.equal(text.split('\n')[0], `# ${rule.id}`);
      assert.ok(text.toLowerCase().includes(rule.defaultSeverity), `docs/rules/${rule.id}.md does not mention ${rule.defaultSeverity}`);
    }
    const pages = fs.readdirSync(path.join(REPO_ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    for (const page of pages) assert.ok(allRules.some((r) => `${r.id}.md` === page), `docs/rules/${page} documents no rule`);
  });

  it('rule ids are kebab-case and unique', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  it('the README rules table matches the registry', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const table = /<!-- rules-table:start -->[\s\S]*?<!-- rules-table:end -->/.exec(readme)?.[0];
    assert.equal(table, renderRulesTable());
  });

  it('package.json `agentsmith.rules` lists every rule', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const configuration = manifest.contributes.configuration;
    const properties = (Array.isArray(configuration) ? configuration[0] : configuration).properties;
    assert.deepEqual(properties['agentsmith.rules'], rulesSettingSchema());
  });
});
