/**
 * Entry point of `dist/server.js` (the `agentsmith-language-server` bin). Only wiring:
 * pick the transport from the command line, guard the process, start the server.
 *   agentsmith-language-server --stdio        (Neovim, Emacs, Helix, …)
 *   node dist/server.js --node-ipc            (the VS Code client)
 *   … --socket=<port> | --pipe=<name>
 */
import { createConnection, Message, type MessageStrategy, ProposedFeatures } from 'vscode-languageserver/node';
import { createInputQuiet } from './input-quiet';
import { createRuleDocsLocator } from './rule-docs';
import { describeError } from './run-safe';
import { startServer } from './start-server';
import { stdioTransport } from './stdio-transport';

/** Replaced by esbuild with package.json's version; absent when run from tsc output. */
declare const AGENTSMITH_VERSION: string | undefined;
const version = typeof AGENTSMITH_VERSION === 'string' ? AGENTSMITH_VERSION : 'dev';

const TRANSPORT_FLAG = /^--(stdio|node-ipc|socket|pipe)(=.*)?$/;

const USAGE = `agentsmith-language-server ${version}
Language server for agent files (Claude Code subagents, three-phase specialists).

Usage: agentsmith-language-server --stdio
       (also --node-ipc, --socket=<port>, --pipe=<name>)
`;

function main(argv: string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h') || !argv.some((arg) => TRANSPORT_FLAG.test(arg))) {
    process.stderr.write(USAGE);
    process.exitCode = argv.includes('--help') || argv.includes('-h') ? 0 : 2;
    return;
  }

  const inputQuiet = createInputQuiet();
  let shutdownReceived = false;
  const messageStrategy: MessageStrategy = {
    handleMessage(message, next) {
      if (Message.isRequest(message) && message.method === 'shutdown') shutdownReceived = true;
      inputQuiet.messageStrategy.handleMessage(message, next);
    },
  };
  const stdio = argv.includes('--stdio') ? stdioTransport(() => shutdownReceived) : undefined;
  const connection = stdio
    ? createConnection(ProposedFeatures.all, stdio.reader, stdio.writer, { messageStrategy })
    : createConnection(ProposedFeatures.all, { messageStrategy });

  // A bug must cost one answer, not the server: log it to the client and keep serving.
  // If logging itself fails (the client is gone), fall back to stderr instead of recursing.
  let reporting = false;
  const report = (kind: string, error: unknown): void => {
    const message = `[error] ${kind}: ${describeError(error)}`;
    if (reporting) {
      process.stderr.write(`${message}\n`);
      return;
    }
    reporting = true;
    try {
      connection.console.error(message);
    } catch {
      process.stderr.write(`${message}\n`);
    } finally {
      reporting = false;
    }
  };
  process.on('uncaughtException', (error) => report('uncaught exception', error));
  process.on('unhandledRejection', (reason) => report('unhandled rejection', reason));

  startServer(connection, {
    version,
    whenQuiet: inputQuiet.whenQuiet,
    ruleDocsUri: createRuleDocsLocator(__dirname),
  });
}

main(process.argv.slice(2));
