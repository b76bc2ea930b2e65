/**
 * Exit codes: 0 clean, 1 problems at or above the failure level (or too many warnings), 2 for
 * usage errors, paths that do not exist or cannot be read, and config files that cannot be used.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { copyFixture, PROJECT, runCli, runInProcess } from './support';

const WARNINGS_ONLY = 'agents-src/drafted-agent.md'; // one warning, nothing else
const CLEAN = '.claude/agents/clean-reviewer.md';

describe('agentsmith check: exit codes', () => {
  it('0 without problems, 1 with an error', () => {
    assert.equal(runCli(['check', CLEAN], PROJECT).status, 0);
    assert.equal(runCli(['check'], PROJECT).status, 1);
  });

  it('warnings alone pass, unless --fail-on warning or more than --max-warnings', () => {
    assert.equal(runCli(['check', WARNINGS_ONLY], PROJECT).status, 0);
    assert.equal(runCli(['check', WARNINGS_ONLY, '--fail-on', 'warning'], PROJECT).status, 1);
    assert.equal(runCli(['check', WARNINGS_ONLY, '--max-warnings', '1'], PROJECT).status, 0);
    const over = runCli(['check', WARNINGS_ONLY, '--max-warnings', '0'], PROJECT);
    assert.equal(over.status, 1);
    assert.match(over.stdout, /Failed: 1 warnings, more than --max-warnings 0\./);
  });

  it('--fail-on information counts information and above, not hints', () => {
    assert.equal(runCli(['check', '.claude/agents/specialists/api-specialist.md', '--fail-on=information'], PROJECT).status, 1);
    assert.equal(runCli(['check', CLEAN, '--fail-on=hint'], PROJECT).status, 0);
  });

  it('the JSON exitCode matches the process exit code', () => {
    const run = runCli(['check', WARNINGS_ONLY, '--format', 'json', '--max-warnings', '0'], PROJECT);
    assert.equal(run.status, 1);
    assert.equal(JSON.parse(run.stdout).exitCode, 1);
  });

  it('2 for usage errors, with a pointer to --help on stderr and nothing on stdout', async () => {
    const bin = runCli(['check', '--format', 'xml'], PROJECT);
    assert.equal(bin.status, 2);
    assert.equal(bin.stderr, 'agentsmith: --format must be human, json or sarif (got `xml`)\nRun `agentsmith check --help` for usage.\n');
    for (const args of [
      [],
      ['lint'],
      ['--fix'],
      ['check', '--format', 'xml'],
      ['check', '--format'],
      ['check', '--max-warnings', '-1'],
      ['check', '--max-warnings', 'many'],
      ['check', '--fail-on', 'fatal'],
      ['check', '--profile', 'cami'],
      ['check', '--unknown'],
      ['check', '--fix=yes'],
      ['check', '--config', 'a.json', '--no-config'],
      ['schema', 'extra-path'],
      ['schema', '--profile', 'auto'],
      ['schema', '--fix'],
      ['help', 'lint'],
    ]) {
      const run = await runInProcess(args, PROJECT);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^agentsmith: .+\nRun `agentsmith (check |schema )?--help` for usage\.\n$/, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
    }
  });

  it('2 for a path that does not exist or a glob that matches nothing, before checking anything', () => {
    const missing = runCli(['check', CLEAN, 'no/such/file.md'], PROJECT);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'agentsmith: no/such/file.md: no such file or directory\n');
    assert.equal(missing.stdout, '');
    const glob = runCli(['check', 'nowhere/**/*.md'], PROJECT);
    assert.equal(glob.status, 2);
    assert.equal(glob.stderr, 'agentsmith: nowhere/**/*.md: no file matches this glob\n');
  });

  it('2 for a config file that cannot be used (broken JSON, a wrong value), with its problems; warnings only are printed', () => {
    const project = copyFixture(PROJECT);
    writeFileSync(join(project, '.agentsmith.json'), '{ "rules": { "empty-hooks": "loud" } }\n');
    const wrong = runCli(['check'], project);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /\.agentsmith\.json:1:\d+: error: .*loud/);
    assert.equal(wrong.stdout, '');
    writeFileSync(join(project, '.agentsmith.json'), '{ "rules": ');
    assert.equal(runCli(['check'], project).status, 2);
    assert.equal(runCli(['schema'], project).status, 2);
    assert.equal(runCli(['check', '--no-config', CLEAN], project).status, 0, '--no-config ignores it');
    writeFileSync(join(project, '.agentsmith.json'), '{ "rules": { "no-such-rule": "off" } }\n');
    const warned = runCli(['check', CLEAN], project);
    assert.equal(warned.status, 0, warned.stderr);
    assert.match(warned.stderr, /warning: .*no-such-rule/);
  });

  it('--config names another config file; a missing one is a config error', () => {
    const project = copyFixture(PROJECT);
    writeFileSync(join(project, 'strict.json'), '{ "rules": { "invalid-value": "error" } }\n');
    assert.equal(runCli(['check', WARNINGS_ONLY], project).status, 0);
    assert.equal(runCli(['check', WARNINGS_ONLY, '--config', 'strict.json'], project).status, 1);
    const missing = runCli(['check', '--config', 'missing.json'], project);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing\.json/);
  });

  it('--profile overrides the detected profile', () => {
    const run = runCli(['check', CLEAN, '--profile', 'three-phase', '--format', 'json'], PROJECT);
    const output = JSON.parse(run.stdout);
    assert.equal(output.files[0].profile, 'three-phase');
    assert.ok(output.summary.warnings > 0, 'the three-phase skeleton rules now apply');
  });

  it('2 for a named file that cannot be read; the readable ones are still reported', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root reads every file: no way to make one unreadable');
      return;
    }
    const project = copyFixture(PROJECT);
    const locked = join(project, 'locked.md');
    writeFileSync(locked, '---\nname: locked\n---\n');
    chmodSync(locked, 0o000);
    const run = runCli(['check', 'locked.md', CLEAN], project);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /locked\.md: permission denied/);
    assert.match(run.stdout, /1 file checked/);
  });

  it('0 and a note on stderr when the project has no agent files', () => {
    const empty = copyFixture(PROJECT);
    const folder = join(empty, 'empty');
    mkdirSync(folder);
    writeFileSync(join(folder, '.agentsmith.json'), '{}\n');
    const run = runCli(['check'], folder);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'No problems: 0 files checked.\n');
    assert.match(run.stderr, /no agent files found/);
  });
});
