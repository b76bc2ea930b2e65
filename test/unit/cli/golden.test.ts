/**
 * `agentsmith check` on the fixture project (test/fixtures/cli/project), in each format, against
 * golden files. The SARIF golden leaves out the rule metadata and indexes (they grow with every
 * new rule; sarif.test.ts checks them), so only a change in what is reported changes a golden file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertGolden, normalize, PROJECT, runCli } from './support';

describe('agentsmith check: golden outputs', () => {
  it('human: path:line:col, severity, message, rule id, then a summary; no colours in a pipe', () => {
    const run = runCli(['check'], PROJECT);
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stdout, /\u001b\[/);
    assertGolden('check.txt', normalize(run.stdout));
    assert.equal(run.stderr, '');
  });

  it('human with colours when forced (FORCE_COLOR), none with NO_COLOR', () => {
    const forced = runCli(['check'], PROJECT, { FORCE_COLOR: '1' });
    assert.match(forced.stdout, /\u001b\[31merror/);
    assert.equal(forced.stdout.replace(/\u001b\[\d+m/g, ''), runCli(['check'], PROJECT).stdout);
    assert.doesNotMatch(runCli(['check'], PROJECT, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\u001b\[/, 'NO_COLOR wins over FORCE_COLOR');
    assert.doesNotMatch(runCli(['check', '--no-color'], PROJECT, { FORCE_COLOR: '1' }).stdout, /\u001b\[/, '--no-color wins');
    assert.match(runCli(['check', '--color'], PROJECT, { NO_COLOR: '1' }).stdout, /\u001b\[/, '--color wins');
  });

  it('json: the documented shape', () => {
    const run = runCli(['check', '--format', 'json'], PROJECT);
    assert.equal(run.status, 1, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(output), ['tool', 'root', 'files', 'summary', 'exitCode']);
    assert.equal(output.exitCode, 1);
    assertGolden('check.json', normalize(run.stdout));
  });

  it('sarif: the results and their locations', () => {
    const run = runCli(['check', '--format=sarif'], PROJECT);
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    // Rule metadata and indexes follow the registry, which grows: sarif.test.ts checks them.
    log.runs[0].tool.driver.rules = '<every rule>';
    for (const result of log.runs[0].results) result.ruleIndex = '<index of ruleId>';
    assertGolden('check.sarif', normalize(JSON.stringify(log, null, 2) + '\n'));
  });

  it('a clean file: exit 0, and the human summary says so', () => {
    const run = runCli(['check', '.claude/agents/clean-reviewer.md'], PROJECT);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'No problems: 1 file checked.\n');
  });

  it('named files are checked even outside agent folders; ordinary Markdown in a named folder is not', () => {
    const run = runCli(['check', 'agents-src/drafted-agent.md', 'docs', '--format', 'json'], PROJECT);
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.deepEqual(
      output.files.map((file: { path: string }) => file.path),
      ['agents-src/drafted-agent.md'],
    );
    assertGolden('named-file.json', normalize(run.stdout));
  });

  it('a glob matches files anywhere (dot folders too), minus files.exclude', () => {
    const run = runCli(['check', '**/*-agent.md', '.claude/**/api-*.md', '--format', 'json'], PROJECT);
    assert.equal(run.status, 0, run.stderr);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);
    assert.deepEqual(paths, ['.claude/agents/specialists/api-specialist.md', 'agents-src/drafted-agent.md']);
  });

  it('a folder: the agent files under it', () => {
    const run = runCli(['check', '.claude/agents/specialists', '--format', 'json'], PROJECT);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);
    assert.deepEqual(paths, ['.claude/agents/specialists/api-specialist.md']);
  });

  it('paths print relative to the current directory', () => {
    const run = runCli(['check', '--format', 'json'], `${PROJECT}/.claude`);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);
    assert.deepEqual(paths, ['agents/broken-helper.md', 'agents/clean-reviewer.md', 'agents/specialists/api-specialist.md']);
  });
});
