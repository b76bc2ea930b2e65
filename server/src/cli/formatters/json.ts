/**
 * The JSON format: one object, documented in `agentsmith check --help`. Its shape is a
 * contract: fields may be added, never renamed or removed. Lines and columns are 1-based
 * (columns in UTF-16 code units, as editors count), the end is exclusive.
 */
import type { CheckReport } from '../report';

export function formatJson(report: CheckReport): string {
  const output = {
    tool: { name: 'agentsmith', version: report.toolVersion },
    root: report.root,
    files: report.files.map((file) => ({
      path: file.displayPath,
      profile: file.profile,
      fixed: file.fixed,
      problems: file.problems.map((problem) => ({
        ruleId: problem.ruleId,
        severity: problem.severity,
        message: problem.message,
        line: problem.range.start.line + 1,
        column: problem.range.start.character + 1,
        endLine: problem.range.end.line + 1,
        endColumn: problem.range.end.character + 1,
        fixable: problem.fixable,
        ...(problem.docs ? { docs: problem.docs } : {}),
      })),
    })),
    summary: report.summary,
    exitCode: report.exitCode,
  };
  return JSON.stringify(output, null, 2) + '\n';
}
