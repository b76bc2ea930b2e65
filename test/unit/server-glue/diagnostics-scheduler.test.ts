import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticsScheduler } from '../../../server/src/diagnostics-scheduler';
import { createInputQuiet } from '../../../server/src/input-quiet';

/** A gate the test opens by hand, standing in for "the client's queue is drained". */
function manualQuiet(): { whenQuiet(): Promise<void>; open(): void } {
  let waiters: Array<() => void> = [];
  return {
    whenQuiet: () => new Promise<void>((resolve) => waiters.push(resolve)),
    open: () => {
      const release = waiters;
      waiters = [];
      for (const resolve of release) resolve();
    },
  };
}

describe('diagnostics scheduler', { timeout: 10_000 }, () => {
  it('merges schedules that arrive before the queue is drained into one run', async () => {
    const quiet = manualQuiet();
    const runs: string[] = [];
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const scheduler = new DiagnosticsScheduler({
      whenQuiet: quiet.whenQuiet,
      validate: async (uri) => {
        runs.push(uri);
        finished();
      },
      log: () => undefined,
    });
    for (let i = 0; i < 10; i++) scheduler.schedule('a');
    quiet.open();
    await done;
    assert.deepEqual(runs, ['a']);
  });

  it('runs once more when a change arrives during a run, and not at all after cancel', async () => {
    const quiet = manualQuiet();
    const runs: string[] = [];
    let releaseRun!: () => void;
    let secondRun!: () => void;
    const second = new Promise<void>((resolve) => (secondRun = resolve));
    const scheduler = new DiagnosticsScheduler({
      whenQuiet: quiet.whenQuiet,
      validate: (uri) => {
        runs.push(uri);
        if (runs.length === 1) return new Promise<void>((resolve) => (releaseRun = resolve));
        secondRun();
        return Promise.resolve();
      },
      log: () => undefined,
    });
    scheduler.schedule('a');
    scheduler.schedule('b');
    scheduler.cancel('b');
    quiet.open();
    await new Promise((resolve) => setImmediate(resolve));
    scheduler.schedule('a');
    scheduler.schedule('a');
    releaseRun();
    await new Promise((resolve) => setImmediate(resolve));
    quiet.open();
    await second;
    assert.deepEqual(runs, ['a', 'a']);
  });

  it('logs a failing validation and keeps scheduling', async () => {
    const quiet = manualQuiet();
    const logged: string[] = [];
    let calls = 0;
    let secondCall!: () => void;
    const second = new Promise<void>((resolve) => (secondCall = resolve));
    const scheduler = new DiagnosticsScheduler({
      whenQuiet: quiet.whenQuiet,
      validate: async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
        secondCall();
      },
      log: (message) => logged.push(message),
    });
    scheduler.schedule('a');
    quiet.open();
    while (logged.length === 0) await new Promise((resolve) => setImmediate(resolve));
    assert.match(logged[0] ?? '', /boom/);
    scheduler.schedule('a');
    quiet.open();
    await second;
    // The run's bookkeeping finishes a few microtasks after validate resolves.
    while (scheduler.busy) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(scheduler.busy, false);
  });

  it('input quiet resolves once no message was dispatched for a whole turn', async () => {
    const quiet = createInputQuiet();
    const dispatched: number[] = [];
    const handle = (id: number): void =>
      quiet.messageStrategy.handleMessage({ jsonrpc: '2.0', id } as never, () => dispatched.push(id));
    // Simulate vscode-jsonrpc: one queued message per event-loop turn.
    handle(0);
    let released = false;
    const waiting = quiet.whenQuiet().then(() => (released = true));
    for (let id = 1; id <= 5; id++) {
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(released, false, `still busy at message ${id}`);
      handle(id);
    }
    await waiting;
    assert.deepEqual(dispatched, [0, 1, 2, 3, 4, 5]);
  });
});
