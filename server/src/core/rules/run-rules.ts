import type { AgentDocument } from '../document/model';
import type { ProfileSchema } from '../schema/profile-schema';
import type { AgentsmithSettings } from '../settings';
import type { Finding, Problem, ProfileId, Severity } from '../types';
import type { Rule } from './rule';

export interface RunRulesInput {
  doc: AgentDocument;
  profile: ProfileId;
  schema: ProfileSchema;
  settings: AgentsmithSettings;
  path: string;
  inAgentsFolder: boolean;
  rules: readonly Rule[];
  /** Called with the rule id when a rule throws; the other rules still report. */
  onRuleError(ruleId: string, error: unknown): void;
}

/**
 * Runs every rule that applies to the profile, resolves severities (the rule's own, then the
 * user's `rules` setting), applies suppression comments, caps the count per rule, and
 * contains a throwing rule. Rules only describe problems; policy lives here.
 */
export function runRules(input: RunRulesInput): Finding[] {
  const { doc, profile, settings } = input;
  const fileDisabled = doc.frontmatter?.disabledRules ?? new Set<string>();
  if (fileDisabled.has('*')) return [];
  const findings: Finding[] = [];
  for (const rule of input.rules) {
    if (!rule.profiles.includes(profile)) continue;
    const configured = settings.rules[rule.id];
    if (configured === 'off' || fileDisabled.has(rule.id)) continue;
    let count = 0;
    const report = (problem: Problem) => {
      if (count >= settings.maxProblemsPerRule) return;
      if (isSuppressedAt(doc, rule.id, problem.range.start.line)) return;
      count++;
      const severity: Severity = isSeverity(configured) ? configured : problem.severity ?? rule.defaultSeverity;
      findings.push({ ...problem, ruleId: rule.id, severity });
    };
    try {
      rule.check({ doc, profile, schema: input.schema, settings, path: input.path, inAgentsFolder: input.inAgentsFolder, report });
    } catch (error) {
      input.onRuleError(rule.id, error);
    }
  }
  return findings;
}

function isSuppressedAt(doc: AgentDocument, ruleId: string, line: number): boolean {
  const ids = doc.body.disabledLines.get(line);
  return ids !== undefined && (ids.has('*') || ids.has(ruleId));
}

function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'information' || value === 'hint';
}
