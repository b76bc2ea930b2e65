import type { LazyOutputChannel } from '../output-channel';
import type { Command } from './command';

/** "Agentsmith: Show Output" — the server's log and protocol trace. */
export class ShowOutputCommand implements Command {
  readonly id = 'agentsmith.showOutput';

  constructor(private readonly output: LazyOutputChannel) {}

  execute(): void {
    this.output.get().show(true);
  }
}
