/**
 * The human format: one line per problem, `path:line:col  severity  message  rule-id`, which
 * terminals and editors turn into links, then a summary. Colours only when asked for (a
 * terminal, FORCE_COLOR, --color) and never when NO_COLOR is set.
 */
import type { Severity } from '../../core/types';
import type { CheckReport } from '../report';

export interface Colors {
  enabled: boolean;
}

const CODES = { red: [31, 39], yellow: [33, 39], blue: [34, 39], gray: [90, 39], bold: [1, 22], green: [32, 39] } as const;
type Style = keyof typeof CODES;

function paint(colors: Colors, style: Style, text: string): string {
  if (!colors.enabled) return text;
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };
const SEVERITY_WIDTH = 'information'.length;

/** Whether to colour: --color / --no-color win, then NO_COLOR, FORCE_COLOR, then whether stdout is a terminal. */
export function useColors(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTty && env.TERM !== 'dumb';
}

export function formatHuman(report: CheckReport, colors: Colors): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const problem of file.problems) {
      const where = `${file.displayPath}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
      const severity = paint(colors, SEVERITY_STYLE[problem.severity], problem.severity.padEnd(SEVERITY_WIDTH));
      lines.push(`${paint(colors, 'bold', where)}  ${severity}  ${oneLine(problem.message)}  ${paint(colors, 'gray', problem.ruleId)}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(...summaryLines(report, colors));
  return lines.join('\n') + '\n';
}

function summaryLines(report: CheckReport, colors: Colors): string[] {
  const s = report.summary;
  const lines: string[] = [];
  const checked = `${s.files} ${s.files === 1 ? 'file' : 'files'} checked`;
  if (report.fixRan && s.fixed > 0) lines.push(paint(colors, 'green', `Fixed ${plural(s.fixed, 'problem')} (${plural(report.files.filter((f) => f.fixed > 0).length, 'file')} written).`));
  const total = s.errors + s.warnings + s.information + s.hints;
  if (total === 0) {
    lines.push(`${paint(colors, 'green', 'No problems')}: ${checked}.`);
  } else {
    const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), `${s.information} information`, plural(s.hints, 'hint')].join(', ');
    lines.push(`${plural(total, 'problem')} (${counts}) in ${plural(s.filesWithProblems, 'file')}; ${checked}.`);
    if (s.fixable > 0 && !report.fixRan) lines.push(`${plural(s.fixable, 'problem')} can be fixed with --fix.`);
  }
  if (report.failure) lines.push(paint(colors, 'red', `Failed: ${report.failure}.`));
  return lines;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Messages are one sentence, but a rule could quote a value with a line break: keep one line per problem. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
