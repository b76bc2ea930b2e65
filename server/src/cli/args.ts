/**
 * The command line, parsed by hand (no dependency, nothing to load at start-up): a command,
 * its options and its operands. Every mistake becomes a `UsageError` (exit code 2) that says
 * what was wrong and where to read more.
 */
import type { ProfileId, Severity } from '../core/types';

export type OutputFormat = 'human' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['human', 'json', 'sarif'];
export const FAIL_LEVELS: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface CommonOptions {
  /** `--config <file>`: this config file instead of the one found from the project root. */
  config?: string;
  /** `--no-config`: no project config at all (the built-in defaults). */
  noConfig: boolean;
  /** `--profile`: overrides the config's `profile`. */
  profile?: 'auto' | ProfileId;
  verbose: boolean;
}

export interface CheckOptions extends CommonOptions {
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  /** Fail when there are more warnings than this (problems at `failOn` or above fail anyway). */
  maxWarnings?: number;
  /** The lowest severity that fails the run (exit 1). */
  failOn: Severity;
  /** `--color` / `--no-color`; undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
}

export interface SchemaOptions extends CommonOptions {
  profile?: ProfileId;
}

export type Invocation =
  | { command: 'check'; options: CheckOptions }
  | { command: 'schema'; options: SchemaOptions }
  | { command: 'help'; topic?: 'check' | 'schema' }
  | { command: 'version' };

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help explains the mistake. */
    readonly topic?: 'check' | 'schema',
  ) {
    super(message);
  }
}

const COMMANDS = ['check', 'schema', 'help'] as const;

/** Options that take a value, per command; `--name=value` and `--name value` both work. */
const VALUE_OPTIONS: Record<'check' | 'schema', readonly string[]> = {
  check: ['--format', '--max-warnings', '--fail-on', '--profile', '--config'],
  schema: ['--profile', '--config'],
};
const FLAG_OPTIONS: Record<'check' | 'schema', readonly string[]> = {
  check: ['--fix', '--no-config', '--verbose', '--color', '--no-color', '--help'],
  schema: ['--no-config', '--verbose', '--help'],
};
const SHORT: Record<string, string> = { '-f': '--format', '-c': '--config', '-h': '--help' };

export function parseArgs(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command: `check` or `schema`');
  if (first === '--help' || first === '-h') return { command: 'help' };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (topic === 'check' || topic === 'schema') return { command: 'help', topic };
    throw new UsageError(`no help for \`${topic}\`: the commands are check and schema`);
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    const hint = first.startsWith('-') ? 'options come after the command' : `unknown command \`${first}\``;
    throw new UsageError(`${hint}: \`agentsmith check [paths…]\` or \`agentsmith schema\``);
  }
  const command = first as 'check' | 'schema';
  const { values, flags, operands } = splitOptions(command, rest);
  if (flags.has('--help')) return { command: 'help', topic: command };
  const common = commonOptions(command, values, flags);
  if (command === 'schema') {
    if (operands.length > 0) throw new UsageError(`\`schema\` takes no paths (got \`${operands[0]}\`)`, 'schema');
    const profile = common.profile;
    if (profile === 'auto') throw new UsageError('`schema` needs a concrete profile: claude-code or three-phase', 'schema');
    return { command: 'schema', options: { ...common, profile } };
  }
  return { command: 'check', options: { ...common, paths: operands, ...checkOptions(values, flags) } };
}

interface SplitOptions {
  values: Map<string, string>;
  flags: Set<string>;
  operands: string[];
}

function splitOptions(command: 'check' | 'schema', args: readonly string[]): SplitOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const rawName = equals > 0 ? arg.slice(0, equals) : arg;
    const name = SHORT[rawName] ?? rawName;
    if (VALUE_OPTIONS[command].includes(name)) {
      const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
      if (value === undefined || (equals < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`, command);
      if (values.has(name)) throw new UsageError(`${name} is given twice`, command);
      values.set(name, value);
    } else if (FLAG_OPTIONS[command].includes(name)) {
      if (equals > 0) throw new UsageError(`${name} takes no value`, command);
      flags.add(name);
    } else {
      throw new UsageError(`unknown option ${rawName} for \`${command}\``, command);
    }
  }
  return { values, flags, operands };
}

function commonOptions(command: 'check' | 'schema', values: Map<string, string>, flags: Set<string>): CommonOptions {
  const profile = values.get('--profile');
  if (profile !== undefined && !['auto', 'claude-code', 'three-phase'].includes(profile)) {
    throw new UsageError(`--profile must be auto, claude-code or three-phase (got \`${profile}\`)`, command);
  }
  const config = values.get('--config');
  if (config !== undefined && flags.has('--no-config')) throw new UsageError('--config and --no-config exclude each other', command);
  if (config === '') throw new UsageError('--config needs a file name', command);
  return { config, noConfig: flags.has('--no-config'), profile: profile as CommonOptions['profile'], verbose: flags.has('--verbose') };
}

function checkOptions(values: Map<string, string>, flags: Set<string>): Omit<CheckOptions, keyof CommonOptions | 'paths'> {
  const format = values.get('--format') ?? 'human';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be human, json or sarif (got \`${format}\`)`, 'check');
  }
  const failOn = values.get('--fail-on') ?? 'error';
  if (!(FAIL_LEVELS as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be error, warning, information or hint (got \`${failOn}\`)`, 'check');
  }
  const maxText = values.get('--max-warnings');
  let maxWarnings: number | undefined;
  if (maxText !== undefined) {
    if (!/^\d+$/.test(maxText)) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got \`${maxText}\`)`, 'check');
    maxWarnings = Number(maxText);
  }
  if (flags.has('--color') && flags.has('--no-color')) throw new UsageError('--color and --no-color exclude each other', 'check');
  const color = flags.has('--color') ? true : flags.has('--no-color') ? false : undefined;
  return { format: format as OutputFormat, fix: flags.has('--fix'), maxWarnings, failOn: failOn as Severity, color };
}
