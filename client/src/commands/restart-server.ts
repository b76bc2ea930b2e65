import type { ServerController } from '../server-controller';
import type { Command } from './command';

/** "Agentsmith: Restart Server" — a fresh server process (or the first one). */
export class RestartServerCommand implements Command {
  readonly id = 'agentsmith.restartServer';

  constructor(private readonly server: ServerController) {}

  execute(): Promise<void> {
    return this.server.restart();
  }
}
