/**
 * On a diagnostic's range, the documentation of its rule: the rule's one-sentence description
 * and a link to its page (`docs/rules/<id>.md`, as the host locates it). The diagnostic's own
 * message is already shown by the editor, so it is not repeated.
 */
import { allRules } from '../../rules/registry';
import type { Finding, Position } from '../../types';
import { rangeContains, type HoverPart } from './context';

export function diagnosticHover(findings: readonly Finding[], position: Position, ruleDocsUri: ((ruleId: string) => string | undefined) | undefined): HoverPart | undefined {
  const hits = findings.filter((f) => rangeContains(f.range, position));
  if (hits.length === 0) return undefined;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const finding of hits) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const rule = allRules.find((r) => r.id === finding.ruleId);
    const uri = ruleDocsUri?.(finding.ruleId);
    const link = uri ? ` [Rule documentation](${uri})` : '';
    lines.push(`**Agentsmith \`${finding.ruleId}\`** (${finding.severity}) — ${rule?.description ?? ''}${link}`);
  }
  return { markdown: lines.join('\n\n'), range: hits[0].range };
}
