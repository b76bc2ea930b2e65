/**
 * Whatever is on disk, the CLI answers with a report or a clear message and a defined exit
 * code, never a crash: binary junk, a 10 MB agent, empty files, odd names, a symlink loop,
 * folders named like files. And the bin itself: packaged as `agentsmith`, executable.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_BUNDLE, copyFixture, PROJECT, REPO_ROOT, runCli } from './support';

/** A copy of the fixture project to put odd files in. */
function scratchProject(): string {
  return copyFixture(PROJECT);
}

describe('agentsmith check on bad input', () => {
  it('binary junk in an agent folder and named: reported, no crash', () => {
    const project = scratchProject();
    const junk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(project, '.claude', 'agents', 'junk.md'), junk);
    writeFileSync(join(project, 'junk.bin'), junk);
    const run = runCli(['check', '.claude/agents/junk.md', 'junk.bin', '--format', 'json'], project);
    assert.equal(run.status, 1, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.deepEqual(output.files.map((file: { path: string }) => file.path), ['.claude/agents/junk.md', 'junk.bin']);
    assert.ok(output.files.every((file: { problems: { ruleId: string }[] }) => file.problems.some((p) => p.ruleId === 'frontmatter-missing')));
    assert.equal(run.stderr, '');
  });

  it('a 10 MB agent is checked (and fixed) in one go', () => {
    const project = scratchProject();
    const step = '\n### Step\n\nA line of prose that makes the file big.\n\n- a list item\n';
    const big = readFileSync(join(PROJECT, '.claude', 'agents', 'specialists', 'api-specialist.md'), 'utf8').replace(
      '## Boundaries and Limitations',
      step.repeat(Math.ceil((10 * 1024 * 1024) / step.length)) + '\n## Boundaries and Limitations',
    );
    writeFileSync(join(project, '.claude', 'agents', 'big.md'), big.replace('name: api-specialist', 'name: big'));
    const run = runCli(['check', '.claude/agents/big.md', '--fix', '--format', 'json'], project);
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.equal(output.files[0].fixed, 1, 'the plain checklist bullet');
  });

  it('empty files, a file of only a BOM, only `---`, CR-only line endings', () => {
    const project = scratchProject();
    const agents = join(project, '.claude', 'agents');
    writeFileSync(join(agents, 'empty.md'), '');
    writeFileSync(join(agents, 'bom.md'), '\uFEFF');
    writeFileSync(join(agents, 'dashes.md'), '---');
    writeFileSync(join(agents, 'cr.md'), '---\rname: cr\rdescription: Use this agent for old Macs.\r---\r\rYou are old.\r');
    for (const format of ['human', 'json', 'sarif']) {
      const run = runCli(['check', '--format', format], project);
      assert.equal(run.status, 1, `${format}: ${run.stderr}`);
      assert.equal(run.stderr, '', format);
    }
  });

  it('a file named with spaces, unicode and a #: displayed as is, encoded in SARIF', () => {
    const project = scratchProject();
    const name = 'weird name #1 ünï.md';
    writeFileSync(join(project, '.claude', 'agents', name), '---\nname: weird\ndescription: Use this agent for odd names.\nhooks: []\n---\n\nYou are odd.\n');
    const human = runCli(['check', `.claude/agents/${name}`], project);
    assert.match(human.stdout, new RegExp(`^\\.claude/agents/weird name #1 ünï\\.md:4:8 `, 'm'));
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', `.claude/agents/${name}`], project).stdout);
    const uri: string = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.equal(uri, `.claude/agents/${encodeURIComponent(name)}`);
    assert.match(uri, /^[\x21-\x7e]+$/, 'ASCII only: spaces, # and ü are percent-encoded');
    assert.equal(fileURLToPath(new URL(uri, pathToFileURL(project + '/'))), join(project, '.claude', 'agents', name));
  });

  it('a symlink loop and a folder named like an agent file are skipped in discovery', () => {
    const project = scratchProject();
    symlinkSync('.', join(project, '.claude', 'agents', 'loop'));
    mkdirSync(join(project, '.claude', 'agents', 'folder.md'));
    const run = runCli(['check', '--format', 'json'], project);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).files.length, 3);
  });

  it('a named folder that looks like a file is a folder; a device is refused', () => {
    const project = scratchProject();
    mkdirSync(join(project, 'folder.md'));
    assert.equal(runCli(['check', 'folder.md'], project).status, 0);
    const device = runCli(['check', '/dev/null'], project);
    assert.equal(device.status, 2);
    assert.match(device.stderr, /\/dev\/null: not a regular file or folder/);
  });
});

describe('the agentsmith bin', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

  it('is package.json\'s `agentsmith` bin, next to the language server', () => {
    assert.equal(manifest.bin.agentsmith, './dist/cli.js');
    assert.equal(manifest.bin['agentsmith-language-server'], './dist/server.js');
  });

  it('starts with #!/usr/bin/env node and runs as a command', () => {
    assert.ok(readFileSync(CLI_BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n'));
    const run = spawnSync(CLI_BUNDLE, ['--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), manifest.version);
  });

  it('runs with npx from the clone, in the folder it is started in (never fetched from the registry)', () => {
    const run = spawnSync('npx', ['--no-install', '--prefix', REPO_ROOT, 'agentsmith', 'check', '--format', 'json'], { cwd: PROJECT, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).root, PROJECT);
  });

  it('does not load the LSP connection (start-up time counts in CI)', () => {
    const bundle = readFileSync(CLI_BUNDLE, 'utf8');
    assert.doesNotMatch(bundle, /node_modules\/vscode-languageserver\/lib\/node\/main\.js/);
    assert.doesNotMatch(bundle, /node_modules\/vscode-jsonrpc\//);
  });
});
