import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { Finding, Fix } from '../types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const FIX_ALL_KIND = 'source.fixAll.agentsmith';

/**
 * Quick fixes for the diagnostics the client sent back, taken from the findings of the
 * current document version (never from a stale one: a diagnostic whose rule and range no
 * longer match gets no action rather than a wrong edit).
 */
export function quickFixes(uri: string, findings: readonly Finding[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = findings.find((f) => f.ruleId === diagnostic.code && sameRange(f.range, diagnostic.range) && f.message === diagnostic.message);
    for (const fix of finding?.fixes ?? []) {
      actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: fix.isPreferred, edit: { changes: { [uri]: fix.edits } } });
    }
  }
  return actions;
}

/** The safe fixes of all findings, first one per finding, skipping any that overlap an earlier one. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.safe);
    if (fix && fix.edits.length > 0) chosen.push(fix);
  }
  chosen.sort((a, b) => compareRange(firstRange(a), firstRange(b)));
  const edits: TextEdit[] = [];
  let lastEnd: Range['end'] | undefined;
  for (const fix of chosen) {
    const sorted = [...fix.edits].sort((a, b) => compareRange(a.range, b.range));
    if (lastEnd && comparePos(sorted[0].range.start, lastEnd) < 0) continue;
    // Two insertions at the same point would interleave unpredictably: keep the first.
    if (lastEnd && comparePos(sorted[0].range.start, lastEnd) === 0 && edits.length > 0 && isEmpty(sorted[0].range) && isEmpty(edits[edits.length - 1].range)) continue;
    edits.push(...sorted);
    lastEnd = sorted[sorted.length - 1].range.end;
  }
  return edits;
}

export function fixAllAction(uri: string, edits: TextEdit[]): CodeAction {
  return { title: 'Fix all auto-fixable Agentsmith problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}

function firstRange(fix: Fix): Range {
  return fix.edits.reduce((min, e) => (compareRange(e.range, min) < 0 ? e.range : min), fix.edits[0].range);
}

function sameRange(a: Range, b: Range): boolean {
  return comparePos(a.start, b.start) === 0 && comparePos(a.end, b.end) === 0;
}

function isEmpty(r: Range): boolean {
  return comparePos(r.start, r.end) === 0;
}

function compareRange(a: Range, b: Range): number {
  return comparePos(a.start, b.start) || comparePos(a.end, b.end);
}

function comparePos(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
