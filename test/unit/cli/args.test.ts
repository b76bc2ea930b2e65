/** The command line: commands, options in both spellings, defaults, and the help texts covering every option. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs, UsageError } from '../../../server/src/cli/args';
import { CHECK_HELP, mainHelp, SCHEMA_HELP } from '../../../server/src/cli/help';
import { PROJECT, runCli, VERSION } from './support';

describe('agentsmith command line', () => {
  it('check: defaults', () => {
    assert.deepEqual(parseArgs(['check']), {
      command: 'check',
      options: { config: undefined, noConfig: false, profile: undefined, verbose: false, paths: [], format: 'human', fix: false, maxWarnings: undefined, failOn: 'error', color: undefined },
    });
  });

  it('check: every option, `--name value` and `--name=value`, short forms, paths anywhere and after --', () => {
    const invocation = parseArgs(['check', 'a.md', '-f', 'sarif', '--fix', '--max-warnings=0', '--fail-on', 'warning', '--profile=three-phase', '-c', 'x.json', '--verbose', '--no-color', 'b/**/*.md', '--', '--odd.md']);
    assert.equal(invocation.command, 'check');
    assert.deepEqual(invocation.command === 'check' && invocation.options, {
      config: 'x.json',
      noConfig: false,
      profile: 'three-phase',
      verbose: true,
      paths: ['a.md', 'b/**/*.md', '--odd.md'],
      format: 'sarif',
      fix: true,
      maxWarnings: 0,
      failOn: 'warning',
      color: false,
    });
  });

  it('schema, help and version', () => {
    assert.deepEqual(parseArgs(['schema', '--profile', 'three-phase']), {
      command: 'schema',
      options: { config: undefined, noConfig: false, profile: 'three-phase', verbose: false },
    });
    assert.deepEqual(parseArgs(['--help']), { command: 'help' });
    assert.deepEqual(parseArgs(['help', 'check']), { command: 'help', topic: 'check' });
    assert.deepEqual(parseArgs(['check', '-h']), { command: 'help', topic: 'check' });
    assert.deepEqual(parseArgs(['schema', '--help']), { command: 'help', topic: 'schema' });
    assert.deepEqual(parseArgs(['--version']), { command: 'version' });
  });

  it('mistakes are usage errors that name the command whose help explains them', () => {
    const topicOf = (args: string[]) => {
      try {
        parseArgs(args);
      } catch (error) {
        assert.ok(error instanceof UsageError);
        return error.topic ?? 'main';
      }
      assert.fail(`${args.join(' ')} was accepted`);
    };
    assert.equal(topicOf([]), 'main');
    assert.equal(topicOf(['check', '--format', 'xml']), 'check');
    assert.equal(topicOf(['check', '--profile', 'x', '--format', 'json']), 'check');
    assert.equal(topicOf(['check', '--format', 'json', '--format', 'sarif']), 'check');
    assert.equal(topicOf(['check', '--color', '--no-color']), 'check');
    assert.equal(topicOf(['check', '--config', '']), 'check');
    assert.equal(topicOf(['schema', '--format', 'json']), 'schema');
  });

  it('--help texts cover every option and exit code', () => {
    for (const option of ['--format', '--fix', '--fail-on', '--max-warnings', '--profile', '--config', '--no-config', '--color', '--no-color', '--verbose', '--help', '-f', '-c', '-h']) {
      assert.ok(CHECK_HELP.includes(option), `check --help mentions ${option}`);
    }
    for (const option of ['--profile', '--config', '--no-config', '--verbose', '--help']) assert.ok(SCHEMA_HELP.includes(option), `schema --help mentions ${option}`);
    for (const text of [CHECK_HELP, mainHelp('1.0.0')]) for (const code of ['0', '1', '2']) assert.match(text, new RegExp(`\\b${code}\\b`));
    for (const key of ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'fixable', 'docs', 'summary', 'exitCode']) {
      assert.ok(CHECK_HELP.includes(`"${key}"`), `the JSON shape in check --help names ${key}`);
    }
  });

  it('the bin prints help and its version', () => {
    const help = runCli(['--help'], PROJECT);
    assert.equal(help.status, 0);
    assert.equal(help.stdout, mainHelp(VERSION));
    assert.equal(runCli(['check', '--help'], PROJECT).stdout, CHECK_HELP);
    assert.equal(runCli(['help', 'schema'], PROJECT).stdout, SCHEMA_HELP);
    const version = runCli(['--version'], PROJECT);
    assert.equal(version.stdout, `${VERSION}\n`);
  });
});
