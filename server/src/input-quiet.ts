/**
 * Knows when the connection has no more queued messages, so validation runs on the last
 * version of a burst of edits instead of on every intermediate one — without a fixed debounce.
 *
 * vscode-jsonrpc dispatches one queued message per event-loop turn (each via `setImmediate`).
 * A message strategy counts dispatches; a waiter polls once per turn and is released at the
 * first turn that saw no dispatch since the previous one. The very first poll proves nothing
 * (it runs before the next queued message gets its turn), so at least two turns pass: tens of
 * microseconds when idle, and a burst of N queued edits costs one validation instead of N.
 */
import type { Message, MessageStrategy } from 'vscode-languageserver/node';

/** Past this many busy turns a waiter is released anyway, so an endless stream cannot starve it. */
const MAX_TURNS = 256;

export interface InputQuiet {
  /** Plugged into the connection's options so every dispatched message is counted. */
  readonly messageStrategy: MessageStrategy;
  /** Resolves once the connection has no queued messages left (or after `MAX_TURNS` busy turns). */
  whenQuiet(): Promise<void>;
}

export function createInputQuiet(): InputQuiet {
  let dispatched = 0;
  let waiters: Array<() => void> = [];
  let polling = false;
  let mark = 0;
  let turns = 0;

  const poll = (): void => {
    turns++;
    if ((dispatched === mark && turns >= 2) || turns >= MAX_TURNS) {
      const release = waiters;
      waiters = [];
      polling = false;
      for (const resolve of release) resolve();
      return;
    }
    mark = dispatched;
    setImmediate(poll);
  };

  return {
    messageStrategy: {
      handleMessage(message: Message, next: (message: Message) => void): void {
        dispatched++;
        next(message);
      },
    },
    whenQuiet(): Promise<void> {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (polling) return;
        polling = true;
        mark = dispatched;
        turns = 0;
        setImmediate(poll);
      });
    },
  };
}
