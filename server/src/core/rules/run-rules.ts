import type { AgentDocument } from '../document/model';
import type { ProfileSchema } from '../schema/profile-schema';
import type { AgentsmithSettings } from '../settings';
import type { Finding, Problem, ProfileId, Severity } from '../types';
import type { RuleWorkspace } from '../workspace/workspace-index';
import type { Baseline, Rule } from './rule';

export interface RunRulesInput {
  doc: AgentDocument;
  profile: ProfileId;
  schema: ProfileSchema;
  settings: AgentsmithSettings;
  path: string;
  inAgentsFolder: boolean;
  /** For rules with `dependsOn: ['workspace']`; with `workspaceGeneration` telling when it changed. */
  workspace?: RuleWorkspace;
  workspaceGeneration?: number;
  /** For rules with `dependsOn: ['baseline']`: the same object while the committed text is the same. */
  baseline?: Baseline;
  rules: readonly Rule[];
  /** Called with the rule id when a rule throws; the other rules still report. */
  onRuleError(ruleId: string, error: unknown): void;
  /** Per-document memory of each rule's last problems, for rules that declare `reads`. */
  memo?: Map<string, RuleMemoEntry>;
}

export interface RuleMemoEntry {
  /** What the findings were computed from: compared element by element, by identity. */
  part: readonly unknown[];
  settings: AgentsmithSettings;
  profile: ProfileId;
  findings: Finding[];
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
    for (const finding of findingsOf(rule, input)) findings.push(finding);
  }
  return findings;
}

/**
 * The rule's findings after line suppression, the cap and severity resolution, reused
 * (the same objects) while the part of the document it reads is unchanged.
 */
function findingsOf(rule: Rule, input: RunRulesInput): Finding[] {
  const { doc, settings, profile, memo } = input;
  const part = withDependencies(rule, input, partRead(rule, doc));
  const remembered = part && memo?.get(rule.id);
  if (remembered && sameParts(remembered.part, part!) && remembered.settings === settings && remembered.profile === profile) return remembered.findings;
  const configured = settings.rules[rule.id];
  const severityOverride = isSeverity(configured) ? configured : undefined;
  const findings: Finding[] = [];
  const report = (problem: Problem) => {
    if (findings.length >= settings.maxProblemsPerRule) return;
    if (isSuppressedAt(doc, rule.id, problem.range.start.line)) return;
    findings.push({ ...problem, ruleId: rule.id, severity: severityOverride ?? problem.severity ?? rule.defaultSeverity });
  };
  try {
    const { workspace, baseline } = input;
    rule.check({ doc, profile, schema: input.schema, settings, path: input.path, inAgentsFolder: input.inAgentsFolder, workspace, baseline, report });
  } catch (error) {
    input.onRuleError(rule.id, error);
    return findings;
  }
  if (part && memo) memo.set(rule.id, { part, settings, profile, findings });
  return findings;
}

/** What a rule's findings depend on, as objects that are reused while unchanged; undefined: everything. */
function partRead(rule: Rule, doc: AgentDocument): unknown[] | undefined {
  if (rule.reads === 'body') return [doc.bodyText];
  if (rule.reads === 'structure') return [doc.body];
  if (rule.reads !== 'frontmatter' || !doc.frontmatter) return undefined;
  const fm = doc.frontmatter;
  if (!rule.fields) return [fm];
  const keys = rule.fields;
  return [fm.valid, fm.closeLine, fm.contentEnd - fm.contentStart === 0, ...fm.fields.filter((f) => keys.includes(f.key))];
}

/** A rule that reads the workspace or the baseline also depends on their state. */
function withDependencies(rule: Rule, input: RunRulesInput, part: unknown[] | undefined): unknown[] | undefined {
  if (!part || !rule.dependsOn) return part;
  if (rule.dependsOn.includes('workspace')) part.push(input.workspace, input.workspaceGeneration);
  if (rule.dependsOn.includes('baseline')) part.push(input.baseline);
  return part;
}

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isSuppressedAt(doc: AgentDocument, ruleId: string, line: number): boolean {
  const ids = doc.body.disabledLines.get(line);
  return ids !== undefined && (ids.has('*') || ids.has(ruleId));
}

function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'information' || value === 'hint';
}
