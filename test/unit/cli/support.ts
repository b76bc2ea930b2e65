/**
 * Running the built `agentsmith` bin (dist/cli.js, built by `npm run test:unit` before the
 * tests) as a user does, and comparing its output with golden files. `UPDATE_GOLDEN=1`
 * rewrites the golden files instead (then review the diff).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli as runCliInProcess } from '../../../server/src/cli/main';
import { FIXTURES, REPO_ROOT } from '../support/documents';

export { REPO_ROOT };
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');
export const CLI_FIXTURES = join(FIXTURES, 'cli');
export const PROJECT = join(CLI_FIXTURES, 'project');
export const GOLDEN = join(CLI_FIXTURES, 'golden');
export const VERSION: string = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args` in `cwd`, stdout a pipe (no colours unless forced), no colour variables inherited. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  assert.ok(existsSync(CLI_BUNDLE), `${CLI_BUNDLE} exists (npm run build)`);
  const inherited = { ...process.env };
  delete inherited.NO_COLOR;
  delete inherited.FORCE_COLOR;
  const run = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...inherited, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI's entry function in this process (no build needed), with captured output. */
export async function runInProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runCliInProcess(args, {
    cwd,
    env,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTty: false,
    version: VERSION,
    bundleFolder: join(REPO_ROOT, 'dist'),
  });
  return { status, stdout, stderr };
}

/** Machine-specific parts replaced: the repository's path (also as a file URI) and the version. */
export function normalize(text: string): string {
  const repoUri = pathToFileURL(REPO_ROOT).href;
  return text.split(repoUri).join('file://<repo>').split(REPO_ROOT).join('<repo>').split(`"${VERSION}"`).join('"<version>"');
}

export function assertGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `golden file ${name} is missing (run with UPDATE_GOLDEN=1 to create it)`);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from test/fixtures/cli/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`);
}

/** A fresh copy of a fixture folder in a temporary directory (for --fix and odd files). */
export function copyFixture(folder: string): string {
  const target = mkdtempSync(join(tmpdir(), 'agentsmith-cli-'));
  cpSync(folder, target, { recursive: true });
  return target;
}
