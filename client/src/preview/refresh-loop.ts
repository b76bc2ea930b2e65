/**
 * Keeps a preview current without getting in the way of typing. Pure (no `vscode`): the panel
 * gives it how to fetch, which version is current, and how to apply a result.
 *   - One request at a time. Edits while one is out only mark the preview stale; when the
 *     answer arrives, one new request covers all of them (latest wins, no queue).
 *   - An answer for a version older than the document's is dropped: it is superseded, and the
 *     edit that superseded it has already asked for a newer one.
 *   - Rendering happens when an answer arrives, never inside the edit event. After a render
 *     that took `t` ms, the next one waits at least `t` ms, so even a very large agent leaves
 *     the extension host at least half of its time.
 */
export interface RefreshLoopOptions<T extends { version: number }> {
  fetch(): Promise<T | null | undefined>;
  /** The document's version now; undefined once it is closed. */
  currentVersion(): number | undefined;
  apply(result: T): void;
  /** The server had nothing for the document (not running, not open there). */
  applyEmpty(): void;
  /** Waits `ms` before the next request (a timer in production; tests resolve at once). */
  pause?(ms: number): Promise<void>;
  onError?(error: unknown): void;
  now?(): number;
}

const MAX_LAGGING_RETRIES = 5;

export class RefreshLoop<T extends { version: number }> {
  private running = false;
  private stale = false;
  private disposed = false;
  /** Answers dropped because a newer version was asked for meanwhile (for tests and logs). */
  dropped = 0;

  constructor(private readonly options: RefreshLoopOptions<T>) {}

  /** The document changed (or the preview opened): make sure a fresh model is on its way. */
  request(): void {
    if (this.disposed) return;
    if (this.running) {
      this.stale = true;
      return;
    }
    void this.run();
  }

  dispose(): void {
    this.disposed = true;
  }

  private async run(): Promise<void> {
    this.running = true;
    const now = this.options.now ?? (() => Date.now());
    let lagging = 0;
    try {
      do {
        this.stale = false;
        let result: T | null | undefined;
        try {
          result = await this.options.fetch();
        } catch (error) {
          this.options.onError?.(error);
          result = undefined;
        }
        if (this.disposed) return;
        const current = this.options.currentVersion();
        if (current === undefined) return;
        let spent = 0;
        if (!result) {
          if (!this.stale) this.options.applyEmpty();
        } else if (result.version !== current) {
          this.dropped++;
          // The server had not seen the newest edit yet: ask again (a few times at most, so a
          // server that never catches up cannot keep this loop spinning).
          if (result.version < current && ++lagging <= MAX_LAGGING_RETRIES) this.stale = true;
        } else {
          const started = now();
          this.options.apply(result);
          spent = now() - started;
        }
        if (this.stale && spent > 0 && this.options.pause) await this.options.pause(Math.min(spent, 1000));
      } while (this.stale && !this.disposed);
    } finally {
      this.running = false;
    }
  }
}
