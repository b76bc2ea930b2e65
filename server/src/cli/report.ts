/**
 * The result of `agentsmith check`, independent of the output format: the formatters (human,
 * JSON, SARIF) only lay it out. Positions stay LSP's (0-based line, UTF-16 column) here; each
 * format converts them.
 */
import type { Range } from 'vscode-languageserver-types';
import type { ProfileId, Severity } from '../core/types';

export interface ReportedProblem {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Whether `--fix` would fix it (a safe fix exists). */
  fixable: boolean;
  /** Link to the rule's page, when it has one. */
  docs?: string;
}

export interface CheckedFile {
  /** Absolute, forward slashes. */
  path: string;
  /** Relative to the current directory (forward slashes), for people and the JSON output. */
  displayPath: string;
  uri: string;
  profile: ProfileId;
  problems: ReportedProblem[];
  /** Edits `--fix` applied to this file. */
  fixed: number;
}

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  fixable: number;
  fixed: number;
}

export interface CheckReport {
  toolVersion: string;
  /** The project root (absolute, forward slashes): SARIF URIs are relative to it. */
  root: string;
  files: CheckedFile[];
  summary: Summary;
  /** 0 or 1: whether problems reached the failure level (usage errors never get this far). */
  exitCode: 0 | 1;
  /** Why the run fails, in words, for the human summary. */
  failure?: string;
  /** Whether `--fix` ran. */
  fixRan: boolean;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function summarize(files: readonly CheckedFile[]): Summary {
  const summary: Summary = { files: files.length, filesWithProblems: 0, errors: 0, warnings: 0, information: 0, hints: 0, fixable: 0, fixed: 0 };
  for (const file of files) {
    if (file.problems.length > 0) summary.filesWithProblems++;
    summary.fixed += file.fixed;
    for (const problem of file.problems) {
      if (problem.severity === 'error') summary.errors++;
      else if (problem.severity === 'warning') summary.warnings++;
      else if (problem.severity === 'information') summary.information++;
      else summary.hints++;
      if (problem.fixable) summary.fixable++;
    }
  }
  return summary;
}

/** Exit code 1 when a problem is at `failOn` or above, or warnings exceed `maxWarnings`. */
export function failureOf(files: readonly CheckedFile[], summary: Summary, failOn: Severity, maxWarnings: number | undefined): string | undefined {
  const failing = files.reduce((count, file) => count + file.problems.filter((p) => SEVERITY_RANK[p.severity] <= SEVERITY_RANK[failOn]).length, 0);
  if (failing > 0) return `${failing} ${failing === 1 ? 'problem' : 'problems'} at ${failOn} level${failOn === 'hint' ? '' : ' or above'}`;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return `${summary.warnings} warnings, more than --max-warnings ${maxWarnings}`;
  return undefined;
}

/** Problems in reading order: by line, then column, then severity. */
export function compareProblems(a: ReportedProblem, b: ReportedProblem): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
