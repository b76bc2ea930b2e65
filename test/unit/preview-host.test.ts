/**
 * The preview host's pure parts: which webview messages it accepts, which links it opens, and
 * how it keeps the preview current (one request at a time, superseded answers dropped).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLink, resolveInside } from '../../client/src/preview/link-policy';
import { RefreshLoop } from '../../client/src/preview/refresh-loop';
import { parseWebviewMessage } from '../../client/src/preview/webview-protocol';

describe('preview: webview messages', () => {
  it('accepts exactly the defined messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'revealLine', line: 3 }), { type: 'revealLine', line: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'revealProblem', index: 0 }), { type: 'revealProblem', index: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://example.com' }), { type: 'openLink', href: 'https://example.com' });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', page: 2 }), { type: 'ready', page: 2 });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', version: 7 }), { type: 'rendered', version: 7 });
    assert.deepEqual(parseWebviewMessage({ type: 'resync' }), { type: 'resync' });
  });

  it('ignores anything else: unknown types, extra keys, wrong types, out-of-range numbers', () => {
    const rejected: unknown[] = [
      null, undefined, 'revealLine', 42, [], [{ type: 'revealLine', line: 1 }],
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'revealLine', line: 1, extra: true },
      { type: 'revealLine', line: '1' },
      { type: 'revealLine', line: -1 },
      { type: 'revealLine', line: 1.5 },
      { type: 'revealLine', line: Number.NaN },
      { type: 'revealLine', line: 1e12 },
      { type: 'revealLine' },
      { type: 'revealProblem', index: Infinity },
      { type: 'openLink', href: 42 },
      { type: 'openLink', href: '' },
      { type: 'openLink', href: 'x'.repeat(5000) },
      { type: 'toString' },
      { type: '__proto__' },
      Object.create({ type: 'revealLine', line: 1 }),
    ];
    for (const message of rejected) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });
});

describe('preview: link policy', () => {
  it('allows web links, fragments and relative paths', () => {
    assert.deepEqual(classifyLink('https://example.com/a?b#c'), { kind: 'web', url: 'https://example.com/a?b#c' });
    assert.deepEqual(classifyLink('HTTP://example.com'), { kind: 'web', url: 'HTTP://example.com' });
    assert.deepEqual(classifyLink('#phase-1'), { kind: 'fragment', fragment: 'phase-1' });
    assert.deepEqual(classifyLink('docs/my%20notes.md#part'), { kind: 'relative', path: 'docs/my notes.md', fragment: 'part' });
    assert.deepEqual(classifyLink('../skills/x/SKILL.md'), { kind: 'relative', path: '../skills/x/SKILL.md', fragment: '' });
  });

  it('refuses every other scheme and the usual disguises', () => {
    for (const href of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java%09script:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,AAAA', 'vbscript:msgbox', 'file:///etc/passwd',
      'command:workbench.action.terminal.new', 'vscode://settings', 'mailto:a@b.c', '//evil.example/x', 'https:evil',
      'https://user@evil.example', '\\\\evil\\share', 'c:/windows', '#', '', 'x'.repeat(3000), 'a\u2028b',
    ]) {
      assert.equal(classifyLink(href), undefined, href);
    }
  });

  it('opens relative paths only inside a workspace folder', () => {
    assert.equal(resolveInside('/ws/.claude/agents/a.md', '../../docs/x.md', ['/ws']), '/ws/docs/x.md');
    assert.equal(resolveInside('/ws/.claude/agents/a.md', '../../../etc/passwd', ['/ws']), undefined);
    assert.equal(resolveInside('/ws/a.md', '/etc/passwd', ['/ws']), undefined);
    assert.equal(resolveInside('/ws/a.md', '../wsother/x.md', ['/ws']), undefined, 'a sibling folder with the same prefix is outside');
    assert.equal(resolveInside('/ws/a.md', 'b/./c/../d.md', ['/other', '/ws/']), '/ws/b/d.md');
  });
});

interface Answer {
  version: number;
}

/** A fetch whose answers the test releases one by one. */
function controlledFetch() {
  const pending: Array<(answer: Answer | null) => void> = [];
  let calls = 0;
  return {
    fetch: () => {
      calls++;
      return new Promise<Answer | null>((resolve) => pending.push(resolve));
    },
    answer(value: Answer | null) {
      pending.shift()!(value);
    },
    get calls() {
      return calls;
    },
    get waiting() {
      return pending.length;
    },
  };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('preview: refresh loop', () => {
  it('keeps one request in flight; edits meanwhile cause exactly one more, and the stale answer is dropped', async () => {
    const server = controlledFetch();
    let version = 1;
    const applied: number[] = [];
    const loop = new RefreshLoop<Answer>({ fetch: server.fetch, currentVersion: () => version, apply: (a) => applied.push(a.version), applyEmpty: () => applied.push(-1) });
    loop.request();
    version = 2;
    loop.request();
    version = 3;
    loop.request();
    assert.equal(server.calls, 1);
    server.answer({ version: 1 });
    await settle();
    assert.deepEqual(applied, [], 'the answer for version 1 is superseded');
    assert.equal(loop.dropped, 1);
    assert.equal(server.calls, 2, 'one request covers versions 2 and 3');
    server.answer({ version: 3 });
    await settle();
    assert.deepEqual(applied, [3]);
    assert.equal(server.waiting, 0);
  });

  it('asks again when the server answered for an older version, a bounded number of times', async () => {
    const server = controlledFetch();
    const applied: number[] = [];
    const loop = new RefreshLoop<Answer>({ fetch: server.fetch, currentVersion: () => 5, apply: (a) => applied.push(a.version), applyEmpty: () => undefined });
    loop.request();
    for (let i = 0; i < 10 && server.waiting > 0; i++) {
      server.answer({ version: 4 });
      await settle();
    }
    assert.ok(server.calls <= 6, `gave up after ${server.calls} requests`);
    assert.deepEqual(applied, []);
  });

  it('reports an empty answer, survives a failing fetch, and stops after dispose', async () => {
    const server = controlledFetch();
    let empty = 0;
    const errors: unknown[] = [];
    let failNext = false;
    const loop = new RefreshLoop<Answer>({
      fetch: () => (failNext ? Promise.reject(new Error('boom')) : server.fetch()),
      currentVersion: () => 1,
      apply: () => assert.fail('nothing to apply'),
      applyEmpty: () => empty++,
      onError: (error) => errors.push(error),
    });
    loop.request();
    server.answer(null);
    await settle();
    assert.equal(empty, 1);
    failNext = true;
    loop.request();
    await settle();
    assert.equal(errors.length, 1);
    assert.equal(empty, 2);
    failNext = false;
    loop.request();
    loop.dispose();
    server.answer({ version: 1 });
    await settle();
    loop.request();
    assert.equal(server.waiting, 0);
  });

  it('waits as long as the last render took before rendering again', async () => {
    const server = controlledFetch();
    let clock = 0;
    const pauses: number[] = [];
    const loop = new RefreshLoop<Answer>({
      fetch: server.fetch,
      currentVersion: () => 1,
      apply: () => {
        clock += 40;
      },
      applyEmpty: () => undefined,
      now: () => clock,
      pause: async (ms) => {
        pauses.push(ms);
      },
    });
    loop.request();
    server.answer({ version: 1 });
    await settle();
    assert.deepEqual(pauses, [], 'no pause when nothing else is wanted');
    loop.request();
    loop.request(); // wanted again while the first is out (say, a settings change)
    server.answer({ version: 1 });
    await settle();
    assert.deepEqual(pauses, [40], 'a render of 40 ms is followed by a 40 ms pause');
    assert.equal(server.waiting, 1, 'then the next request goes out');
    server.answer({ version: 1 });
    await settle();
    assert.equal(server.waiting, 0);
  });
});
