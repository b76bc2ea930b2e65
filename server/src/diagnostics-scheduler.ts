/**
 * Push-mode validation without a fixed debounce: a document is validated as soon as the
 * connection's queue is drained, at most one run per document at a time, and a run always
 * reads the newest version. Edits that arrive while a run is queued merge into it; edits
 * that arrive while it runs trigger exactly one more run. Stale versions are never validated.
 */
import { type Logger, runSafeVoid } from './run-safe';

type RunState = 'queued' | 'running' | 'rerun-after';

export interface DiagnosticsSchedulerOptions {
  /** Resolves when no more client messages are queued (see `input-quiet.ts`). */
  whenQuiet(): Promise<void>;
  /** Validates the newest version of the document and publishes the result. */
  validate(uri: string): Promise<void>;
  log: Logger;
}

export class DiagnosticsScheduler {
  private readonly states = new Map<string, RunState>();

  constructor(private readonly options: DiagnosticsSchedulerOptions) {}

  schedule(uri: string): void {
    const state = this.states.get(uri);
    if (state === 'queued' || state === 'rerun-after') return;
    if (state === 'running') {
      this.states.set(uri, 'rerun-after');
      return;
    }
    this.states.set(uri, 'queued');
    void this.run(uri);
  }

  /** Drops queued work for a closed document; a run in progress finishes but is not repeated. */
  cancel(uri: string): void {
    this.states.delete(uri);
  }

  /** Whether anything is queued or running (tests and shutdown use it). */
  get busy(): boolean {
    return this.states.size > 0;
  }

  private async run(uri: string): Promise<void> {
    await this.options.whenQuiet();
    if (this.states.get(uri) !== 'queued') return; // closed (and maybe reopened) meanwhile
    this.states.set(uri, 'running');
    await runSafeVoid(this.options.log, `validating ${uri}`, () => this.options.validate(uri));
    const after = this.states.get(uri);
    if (after === 'rerun-after') {
      this.states.set(uri, 'queued');
      void this.run(uri);
    } else if (after === 'running') {
      this.states.delete(uri);
    }
  }
}
