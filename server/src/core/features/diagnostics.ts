import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../types';

export const DIAGNOSTIC_SOURCE = 'agentsmith';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toDiagnostic(finding: Finding, docsUri: string | undefined, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (docsUri) diagnostic.codeDescription = { href: docsUri };
  if (finding.tags && finding.tags.length > 0) diagnostic.tags = finding.tags;
  // What fix-all (and `agentsmith check --fix`) would fix; quick fixes themselves are looked up from the findings.
  if (finding.fixes?.some((fix) => fix.safe && fix.edits.length > 0)) diagnostic.data = { fixable: true };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }));
  }
  return diagnostic;
}
