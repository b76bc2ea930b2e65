/**
 * Entry point of `dist/cli-main.js`, which the `agentsmith` bin (`dist/cli.js`, `bin.ts`)
 * loads. Only wiring: parse the command line, run the command, set the exit code. Usage
 * mistakes and internal failures exit with 2 and a message on stderr, never a stack trace for
 * a user's mistake.
 *   agentsmith check [options] [paths or globs…]
 *   agentsmith schema [--profile claude-code|three-phase]
 */
import { parseArgs, UsageError } from './args';
import { runCheck } from './check';
import { CHECK_HELP, mainHelp, SCHEMA_HELP } from './help';
import type { CliIo } from './io';
import { runSchema } from './schema-command';

/** Replaced by esbuild with package.json's version; absent when run from tsc output. */
declare const AGENTSMITH_VERSION: string | undefined;
const version = typeof AGENTSMITH_VERSION === 'string' ? AGENTSMITH_VERSION : 'dev';

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let invocation;
  try {
    invocation = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const more = error.topic ? `agentsmith ${error.topic} --help` : 'agentsmith --help';
    io.stderr(`agentsmith: ${error.message}\nRun \`${more}\` for usage.\n`);
    return 2;
  }
  switch (invocation.command) {
    case 'version':
      io.stdout(`${io.version}\n`);
      return 0;
    case 'help':
      io.stdout(invocation.topic === 'check' ? CHECK_HELP : invocation.topic === 'schema' ? SCHEMA_HELP : mainHelp(io.version));
      return 0;
    case 'schema':
      return runSchema(invocation.options, io);
    case 'check':
      return runCheck(invocation.options, io);
  }
}

/** Runs the process's command line (called by `bin.ts`, or directly when this bundle is run). */
export function main(): void {
  const io: CliIo = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    version,
    bundleFolder: __dirname,
  };
  // A closed pipe (`agentsmith check | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`agentsmith: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
