/**
 * GitBaselines against real temporary repositories: committed text (line breaks kept, byte
 * order mark dropped), nothing for untracked files, folders outside a repository, symbolic
 * links or oversized blobs; the server's cached `request`/`get` and `checkHead` after a new
 * commit; and a hostile repository whose config and attributes name programs (fsmonitor,
 * hooks, filters, textconv, pager) — the trap is shown to work with plain git, and never
 * springs through GitBaselines. Skipped, saying why, where no `git` is installed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileEntries } from '../../server/src/files/committed-blobs';
import { GitBaselines } from '../../server/src/files/git-baseline';
import { findGit } from '../../server/src/files/git-process';

const GIT = findGit();
const SKIP = GIT ? false : 'git is not installed on this machine: the git baseline tests need it';

/** git for the fixtures' own setup: identity and branch on the command line, no global config written. */
function git(cwd: string, ...args: string[]): string {
  const env = { ...process.env };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return execFileSync(GIT!, ['-c', 'user.name=Agentsmith Tests', '-c', 'user.email=tests@agentsmith.invalid', '-c', 'init.defaultBranch=main', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, env, encoding: 'utf8' });
}

function write(path: string, text: string | Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('git baselines', { skip: SKIP }, () => {
  let root: string;
  let repo: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'agentsmith-git-baseline-'));
    repo = join(root, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    write(join(repo, '.claude/agents/lf.md'), '---\nname: lf\n---\nBody.\n');
    write(join(repo, '.claude/agents/crlf.md'), '---\r\nname: crlf\r\n---\r\nBody.\r\n');
    write(join(repo, '.claude/agents/bom.md'), '\ufeff---\nname: bom\n---\n');
    write(join(repo, 'big.md'), 'x'.repeat(5000));
    write(join(repo, 'name with spaces é.md'), 'spaced\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'agents');
    write(join(repo, '.claude/agents/untracked.md'), 'new\n');
    write(join(repo, '.claude/agents/lf.md'), '---\nname: lf\n---\nEdited in the work tree.\n');
    symlinkSync(join(repo, '.claude/agents/lf.md'), join(repo, 'link.md'));
    mkdirSync(join(root, 'plain'));
    write(join(root, 'plain/agent.md'), 'not in a repository\n');
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads the committed text of many files with one process per repository', async () => {
    const paths = ['lf.md', 'crlf.md', 'bom.md', 'untracked.md'].map((name) => join(repo, '.claude/agents', name));
    const texts = await new GitBaselines().readMany([...paths, join(repo, 'name with spaces é.md'), join(root, 'plain/agent.md'), join(repo, 'link.md')]);
    assert.equal(texts.get(paths[0]), '---\nname: lf\n---\nBody.\n', 'the committed text, not the edited work tree');
    assert.equal(texts.get(paths[1]), '---\r\nname: crlf\r\n---\r\nBody.\r\n', 'line breaks as committed');
    assert.equal(texts.get(paths[2]), '---\nname: bom\n---\n', 'without the byte order mark');
    assert.equal(texts.get(join(repo, 'name with spaces é.md')), 'spaced\n');
    assert.equal(texts.has(paths[3]), false, 'untracked: no baseline');
    assert.equal(texts.has(join(root, 'plain/agent.md')), false, 'outside a repository: no baseline');
    assert.equal(texts.has(join(repo, 'link.md')), false, 'a symbolic link: no baseline');
    assert.equal(texts.size, 4);
  });

  it('takes paths relative to the current folder', async () => {
    const relativePath = relative(process.cwd(), join(repo, '.claude/agents/crlf.md'));
    const texts = await new GitBaselines().readMany([relativePath]);
    assert.equal(texts.get(relativePath), '---\r\nname: crlf\r\n---\r\nBody.\r\n');
  });

  it('skips files over the size limit, and answers nothing without git', async () => {
    assert.equal((await new GitBaselines({ maxBytes: 4096 }).readMany([join(repo, 'big.md')])).size, 0);
    assert.equal((await new GitBaselines({ maxBytes: 8192 }).readMany([join(repo, 'big.md')])).get(join(repo, 'big.md'))?.length, 5000);
    const without = new GitBaselines({ git: null });
    assert.equal(without.available, false);
    assert.equal((await without.readMany([join(repo, '.claude/agents/lf.md')])).size, 0);
  });

  it('reads a busy folder through its tree, with the answers of path lookups', async () => {
    const busy = join(root, 'busy');
    mkdirSync(busy);
    git(busy, 'init', '-q');
    for (const name of ['a.md', 'b.md', 'ç é.md', 'run.sh']) write(join(busy, 'agents', name), `committed ${name}\n`);
    chmodSync(join(busy, 'agents/run.sh'), 0o755);
    write(join(busy, 'agents/nested/deep.md'), 'deep\n');
    symlinkSync('a.md', join(busy, 'agents/linked.md'));
    git(busy, 'add', '.');
    git(busy, 'commit', '-q', '-m', 'busy');
    // After the commit: the link becomes a file in the work tree (its committed blob is a path),
    // a new file and a new folder of files appear.
    rmSync(join(busy, 'agents/linked.md'));
    write(join(busy, 'agents/linked.md'), 'now a file\n');
    write(join(busy, 'agents/new.md'), 'new\n');
    for (let i = 0; i < 5; i++) write(join(busy, `later/agent-${i}.md`), 'later\n');
    const inAgents = ['a.md', 'b.md', 'ç é.md', 'run.sh', 'linked.md', 'new.md'].map((name) => join(busy, 'agents', name));
    const later = Array.from({ length: 5 }, (_, i) => join(busy, `later/agent-${i}.md`));
    const texts = await new GitBaselines().readMany([...inAgents, join(busy, 'agents/nested/deep.md'), ...later]);
    assert.deepEqual(
      [...texts].map(([path, text]) => [relative(busy, path), text]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      [
        ['agents/a.md', 'committed a.md\n'],
        ['agents/b.md', 'committed b.md\n'],
        ['agents/nested/deep.md', 'deep\n'],
        ['agents/run.sh', 'committed run.sh\n'],
        ['agents/ç é.md', 'committed ç é.md\n'],
      ],
      'committed files (also executable, non-ASCII names, in a subfolder read by path); no text for a committed link, a new file, a folder not in HEAD',
    );
  });

  it('reads 1,000 files in one batch', async (t) => {
    const many = join(root, 'many');
    mkdirSync(many);
    git(many, 'init', '-q');
    for (let i = 0; i < 1000; i++) write(join(many, `agents/group-${i % 10}/agent-${i}.md`), `---\nname: agent-${i}\n---\n`);
    git(many, 'add', '.');
    git(many, 'commit', '-q', '-m', 'many');
    const paths = Array.from({ length: 1000 }, (_, i) => join(many, `agents/group-${i % 10}/agent-${i}.md`));
    const started = performance.now();
    const texts = await new GitBaselines().readMany(paths);
    t.diagnostic(`1,000 committed files read in ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(texts.size, 1000);
    assert.equal(texts.get(paths[617]), '---\nname: agent-617\n---\n');
  });

  it('serves the cache to the server, and reads again when HEAD moves', async () => {
    const path = join(repo, '.claude/agents/crlf.md');
    const baselines = new GitBaselines({ persistent: true });
    try {
      let arrivals = 0;
      let arrived!: () => void;
      let next = new Promise<void>((resolve) => (arrived = resolve));
      const onArrive = () => {
        arrivals++;
        arrived();
      };
      baselines.request(path, onArrive);
      assert.equal(baselines.get(path), undefined, 'not known before it arrives');
      await next;
      assert.equal(baselines.get(path), '---\r\nname: crlf\r\n---\r\nBody.\r\n');
      baselines.request(path, onArrive); // known: no second read
      assert.equal(await baselines.checkHead(path), false, 'HEAD has not moved');

      write(path, '---\nname: crlf\n---\nCommitted again.\n');
      git(repo, 'commit', '-q', '-am', 'second');
      next = new Promise<void>((resolve) => (arrived = resolve));
      assert.equal(await baselines.checkHead(path), true);
      await next;
      assert.equal(arrivals, 2);
      assert.equal(baselines.get(path), '---\nname: crlf\n---\nCommitted again.\n');

      let untrackedArrived = false;
      baselines.request(join(repo, '.claude/agents/untracked.md'), () => (untrackedArrived = true));
      await baselines.readMany([join(repo, '.claude/agents/untracked.md')]);
      assert.equal(baselines.has(join(repo, '.claude/agents/untracked.md')), true);
      assert.equal(baselines.get(join(repo, '.claude/agents/untracked.md')), undefined);
      assert.equal(untrackedArrived, false, 'no call back for "there is none"');
    } finally {
      baselines.dispose();
    }
  });

  it('runs nothing the repository configures (fsmonitor, hooks, filters, textconv, pager)', async () => {
    const hostile = join(root, 'hostile');
    mkdirSync(hostile);
    git(hostile, 'init', '-q');
    write(join(hostile, 'agent.md'), '---\nname: committed\n---\n');
    git(hostile, 'add', '.');
    git(hostile, 'commit', '-q', '-m', 'agent');
    const marker = join(root, 'marker');
    const script = join(root, 'evil.sh');
    write(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat\n`);
    chmodSync(script, 0o755);
    const hooks = join(hostile, 'evil-hooks');
    for (const hook of ['post-checkout', 'pre-commit', 'reference-transaction', 'post-index-change']) {
      write(join(hooks, hook), `#!/bin/sh\necho hook >> '${marker}'\n`);
      chmodSync(join(hooks, hook), 0o755);
    }
    write(join(hostile, '.gitattributes'), '*.md filter=evil diff=evil\n');
    for (const [key, value] of [
      ['core.fsmonitor', script],
      ['core.hooksPath', hooks],
      ['core.pager', script],
      ['filter.evil.smudge', script],
      ['filter.evil.clean', script],
      ['filter.evil.process', script],
      ['diff.evil.textconv', script],
      ['core.sshCommand', script],
    ]) {
      git(hostile, 'config', key, value);
    }
    // The trap is armed: plain git runs the fsmonitor script.
    execFileSync(GIT!, ['status', '--short'], { cwd: hostile, stdio: 'ignore' });
    assert.ok(existsSync(marker), 'plain `git status` runs core.fsmonitor (the test trap works)');
    rmSync(marker);

    const path = join(hostile, 'agent.md');
    assert.equal((await new GitBaselines().readMany([path])).get(path), '---\nname: committed\n---\n', 'the blob as committed, no filter');
    const server = new GitBaselines({ persistent: true });
    try {
      await new Promise<void>((resolve) => server.request(path, resolve));
      await server.checkHead(path);
      assert.equal(server.get(path), '---\nname: committed\n---\n');
    } finally {
      server.dispose();
    }
    assert.equal(existsSync(marker), false, 'no repository-configured program ran');
  });

  it('takes git only from absolute PATH entries', () => {
    const bin = join(root, 'bin');
    write(join(bin, 'git'), '#!/bin/sh\n');
    chmodSync(join(bin, 'git'), 0o755);
    assert.equal(findGit(['.', '', 'relative/bin', bin].join(delimiter)), join(bin, 'git'));
    assert.equal(findGit(['.', 'bin'].join(delimiter)), undefined);
  });
});

describe('tree entries', () => {
  const entry = (mode: string, name: string, id: Buffer) => Buffer.concat([Buffer.from(`${mode} ${name}\0`, 'utf8'), id]);

  it('lists regular and executable files with their ids, for SHA-1 and SHA-256 trees', () => {
    for (const bytes of [20, 32]) {
      const id = (fill: number) => Buffer.alloc(bytes, fill);
      const content = Buffer.concat([
        entry('100644', 'agent.md', id(1)),
        entry('100755', 'run.sh', id(2)),
        entry('120000', 'link.md', id(3)),
        entry('40000', 'folder', id(4)),
        entry('160000', 'submodule', id(5)),
        entry('100644', 'é.md', id(6)),
      ]);
      const entries = fileEntries({ oid: 'f'.repeat(bytes * 2), content });
      assert.deepEqual([...entries], [
        ['agent.md', '01'.repeat(bytes)],
        ['run.sh', '02'.repeat(bytes)],
        ['é.md', '06'.repeat(bytes)],
      ]);
    }
  });

  it('keeps what it read of a truncated tree', () => {
    const content = Buffer.concat([entry('100644', 'a.md', Buffer.alloc(20, 1)), Buffer.from('100644 b.md\0short')]);
    assert.deepEqual([...fileEntries({ oid: 'f'.repeat(40), content })], [['a.md', '01'.repeat(20)]]);
  });
});
