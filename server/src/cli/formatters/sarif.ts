/**
 * SARIF 2.1.0, as GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF
 * viewers read it: one run, the driver with every rule's metadata (description, help text from
 * its doc page, link, configured level), and one result per problem with a region in 1-based
 * lines and UTF-16 columns, its file relative to the project root (`%SRCROOT%`).
 */
import { pathToFileURL } from 'node:url';
import type { Rule } from '../../core/rules/rule';
import type { AgentsmithSettings } from '../../core/settings';
import type { Severity } from '../../core/types';
import { isInside } from '../discover';
import type { CheckReport } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifContext {
  rules: readonly Rule[];
  settings: AgentsmithSettings;
  /** Link to a rule's page (the shipped docs/rules/<id>.md). */
  ruleDocsUri(ruleId: string): string | undefined;
  /** The rule's doc page as Markdown, for `help`. */
  ruleHelp(ruleId: string): string | undefined;
}

export function formatSarif(report: CheckReport, context: SarifContext): string {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const rules = context.rules.map((rule) => ruleDescriptor(rule, context));
  const results = [];
  for (const file of report.files) {
    const artifactLocation = isInside(file.path, report.root)
      ? { uri: relativeUri(file.path.slice(report.root.length + 1)), uriBaseId: SRCROOT }
      : { uri: file.uri };
    for (const problem of file.problems) {
      const { start, end } = problem.range;
      results.push({
        ruleId: problem.ruleId,
        ...(ruleIndex.has(problem.ruleId) ? { ruleIndex: ruleIndex.get(problem.ruleId) } : {}),
        level: LEVEL[problem.severity],
        message: { text: problem.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        ...(problem.fixable ? { properties: { fixable: true } } : {}),
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'agentsmith', version: report.toolVersion, semanticVersion: report.toolVersion, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(report.root.endsWith('/') ? report.root : report.root + '/').href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(rule: Rule, context: SarifContext) {
  const configured = context.settings.rules[rule.id];
  const enabled = configured !== 'off';
  const level = LEVEL[configured && configured !== 'off' ? configured : rule.defaultSeverity];
  const helpUri = context.ruleDocsUri(rule.id);
  const help = context.ruleHelp(rule.id);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    ...(help ? { help: { text: help, markdown: help } } : {}),
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level, enabled },
    properties: { tags: ['agent-files', ...rule.profiles] },
  };
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
