/**
 * The SARIF output read back as a consumer (GitHub code scanning) reads it: SARIF 2.1.0, one
 * run, the driver's rules with metadata for every rule of the registry, and results that point
 * at their rule, at a file under %SRCROOT%, and at a 1-based region inside that file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../../server/src/core/rules/registry';
import { copyFixture, PROJECT, runCli } from './support';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

describe('agentsmith check --format sarif', () => {
  const run = runCli(['check', '--format', 'sarif'], PROJECT);
  const log = JSON.parse(run.stdout);
  const sarifRun = log.runs?.[0];
  const rules: Array<Record<string, any>> = sarifRun?.tool?.driver?.rules ?? [];

  it('is a SARIF 2.1.0 log with one run of the agentsmith driver', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.equal(sarifRun.tool.driver.name, 'agentsmith');
    assert.match(sarifRun.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
  });

  it('describes every rule: id, descriptions, help from its doc page, link, default level', () => {
    assert.deepEqual(
      rules.map((rule) => rule.id),
      allRules.map((rule) => rule.id),
    );
    for (const [index, rule] of rules.entries()) {
      const source = allRules[index];
      assert.equal(rule.shortDescription.text, source.description);
      assert.ok(rule.fullDescription.text.length > 0);
      assert.match(rule.name, /^[A-Z][A-Za-z0-9]+$/);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
      assert.equal(rule.defaultConfiguration.enabled, rule.id !== 'description-style', 'the fixture config turns description-style off');
      assert.match(rule.helpUri, /^file:\/\/.*\/docs\/rules\/[a-z-]+\.md$/, rule.id);
      const page = fileURLToPath(rule.helpUri);
      assert.ok(existsSync(page), `${rule.id}: ${page}`);
      assert.equal(rule.help.markdown, readFileSync(page, 'utf8'));
      assert.equal(rule.help.text, rule.help.markdown);
    }
  });

  it('has results that name their rule by id and index, with a level, a message and a location in the file', () => {
    const root = fileURLToPath(sarifRun.originalUriBaseIds['%SRCROOT%'].uri);
    assert.equal(root.replace(/\/$/, ''), PROJECT);
    assert.ok(sarifRun.results.length > 0);
    for (const result of sarifRun.results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const { artifactLocation, region } = result.locations[0].physicalLocation as { artifactLocation: { uri: string; uriBaseId: string }; region: Region };
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(artifactLocation.uri, /^(\/|file:)/, 'relative to the root');
      const lines = readFileSync(join(root, decodeURIComponent(artifactLocation.uri)), 'utf8').split('\n');
      assert.ok(region.startLine >= 1 && region.startLine <= lines.length, JSON.stringify(region));
      assert.ok(region.startColumn >= 1 && region.startColumn <= lines[region.startLine - 1].length + 1, JSON.stringify(region));
      assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
    }
    const levels = new Set(sarifRun.results.map((result: { level: string }) => result.level));
    assert.deepEqual([...levels].sort(), ['error', 'note', 'warning']);
  });

  it('a configured severity becomes the rule\'s default level', () => {
    const project = copyFixture(PROJECT);
    writeFileSync(join(project, '.agentsmith.json'), '{ "rules": { "phase-tools": "error" } }\n');
    const raised = JSON.parse(runCli(['check', '--format', 'sarif'], project).stdout);
    const rule = raised.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'phase-tools');
    assert.equal(rule.defaultConfiguration.level, 'error');
    const result = raised.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'phase-tools');
    assert.equal(result.level, 'error');
  });

  it('a file outside the project root gets an absolute file URI', () => {
    const elsewhere = copyFixture(join(PROJECT, 'agents-src'));
    const output = JSON.parse(runCli(['check', '--format', 'sarif', join(elsewhere, 'drafted-agent.md')], PROJECT).stdout);
    const location = output.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(location.uriBaseId, undefined);
    assert.equal(fileURLToPath(location.uri), join(elsewhere, 'drafted-agent.md'));
  });
});
