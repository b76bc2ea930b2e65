/**
 * Version awareness in the CLI: in a git checkout, a three-phase agent whose content changed
 * since the last commit while its `version` did not gets `version-not-bumped`; an unchanged
 * file, a Claude Code subagent and a folder outside any repository get nothing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI_FIXTURES, copyFixture, PROJECT, runCli } from './support';

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function commitAll(folder: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Tests', '-c', 'user.email=tests@agentsmith.invalid', '-c', 'init.defaultBranch=main', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: folder, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'agents');
}

const ruleIds = (stdout: string, file: string): string[] =>
  JSON.parse(stdout)
    .files.find((f: { path: string }) => f.path === file)
    .problems.map((p: { ruleId: string }) => p.ruleId);

describe('agentsmith check: version awareness', () => {
  it('reports a changed three-phase agent whose version was not bumped, and nothing for unchanged files', (t) => {
    if (!hasGit()) {
      t.skip('git is not installed');
      return;
    }
    const project = copyFixture(PROJECT);
    const specialist = '.claude/agents/specialists/api-specialist.md';
    commitAll(project);
    const clean = runCli(['check', '--format', 'json'], project);
    assert.ok(!ruleIds(clean.stdout, specialist).includes('version-not-bumped'), 'unchanged since the commit');

    const file = join(project, specialist);
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Boundaries and Limitations', '## Quality Standards\n\nEvery endpoint has an example.\n\n## Boundaries and Limitations'));
    const changed = runCli(['check', '--format', 'json'], project);
    assert.ok(ruleIds(changed.stdout, specialist).includes('version-not-bumped'), changed.stdout);
    const subagent = join(project, '.claude/agents/clean-reviewer.md');
    writeFileSync(subagent, readFileSync(subagent, 'utf8') + '\nAlso check the tests.\n');
    assert.deepEqual(ruleIds(runCli(['check', '--format', 'json'], project).stdout, '.claude/agents/clean-reviewer.md'), [], 'Claude Code subagents have no version');
  });

  it('is silent outside a repository', () => {
    const folder = copyFixture(join(CLI_FIXTURES, 'fix'));
    writeFileSync(join(folder, '.agentsmith.json'), '{}\n');
    const run = runCli(['check', '--format', 'json', 'release-checker.md'], folder);
    assert.ok(!ruleIds(run.stdout, 'release-checker.md').includes('version-not-bumped'));
  });
});
