import type { AgentDocument, FrontmatterField } from '../../document/model';
import type { FieldSpec } from '../../schema/profile-schema';
import type { Fix, Severity, TextEdit } from '../../types';
import { toKebabCase } from '../../util/kebab-case';
import { baseNameWithoutExtension } from '../../util/path-name';
import type { Rule, RuleContext } from '../rule';
import { fieldLines, insertLinesAfter, isEmptyValue, openingLineRange, textValue, firstField, yamlScalar } from './support/fields';

/** Why each required field matters: as a clause after "has no `key`," and as a sentence. */
const WHY_MISSING: Readonly<Record<string, string>> = {
  name: 'so Claude Code does not load this agent',
  description: 'so Claude Code does not load this agent',
  version: 'which CAMI uses to track every change of the agent',
  class: 'which CAMI uses to weigh the three phases and suggest a model',
  specialty: 'which CAMI uses to describe and group the agent',
};

const WHY_EMPTY: Readonly<Record<string, string>> = {
  name: 'Claude Code does not load an agent without a name',
  description: 'Claude Code does not load an agent without a description',
};

export const requiredField: Rule = {
  id: 'required-field',
  description: 'The frontmatter has `name` and `description` (three-phase agents also `version`, `class` and `specialty`).',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  check(context) {
    const { doc, schema } = context;
    const fm = doc.frontmatter;
    // Without a closed block `frontmatter-missing` speaks; without any readable field the YAML error does.
    if (!fm || fm.closeLine === undefined) return;
    if (!fm.valid && fm.fields.length === 0) return;
    for (const spec of schema.fields.values()) {
      if (!spec.required) continue;
      const present = fm.fields.filter((f) => f.key === spec.key);
      const severity: Severity = spec.required;
      if (present.length === 0) {
        context.report({
          range: openingLineRange(doc),
          severity,
          message: `The frontmatter has no \`${spec.key}\`, ${WHY_MISSING[spec.key] ?? 'which this profile requires'}; add \`${spec.key}:\`.`,
          fixes: [insertFieldFix(context, spec)],
        });
      } else if (present.every(isEmptyValue)) {
        const field = present[0];
        context.report({
          range: field.keyRange,
          severity,
          message: `\`${spec.key}\` is empty${WHY_EMPTY[spec.key] ? ` and ${WHY_EMPTY[spec.key]}` : ''}; give it a value.`,
          fixes: [fillFieldFix(context, field, spec)],
        });
      }
    }
  },
};

function placeholder(context: RuleContext, key: string): string {
  const { doc } = context;
  const name = toKebabCase(baseNameWithoutExtension(context.path)) || 'my-agent';
  switch (key) {
    case 'name':
      return name;
    case 'description':
      return 'Use this agent when …';
    case 'version':
      return '"1.0.0"';
    case 'class': {
      // The class that suits the model already chosen; technology-implementer otherwise.
      const model = textValue(firstField(doc, 'model'));
      const byModel = Object.entries(context.schema.classModel).find(([, m]) => m === model);
      return model === 'sonnet' || !byModel ? 'technology-implementer' : byModel[0];
    }
    case 'specialty':
      return yamlScalar(toKebabCase(textValue(firstField(doc, 'name')) ?? name) || name);
    default:
      return '';
  }
}

function insertFieldFix(context: RuleContext, spec: FieldSpec): Fix {
  const line = insertionLine(context.doc, [...context.schema.fields.keys()], spec.key);
  return {
    title: `Add \`${spec.key}\``,
    edits: [insertLinesAfter(context.doc, line, [`${spec.key}: ${placeholder(context, spec.key)}`])],
    isPreferred: true,
  };
}

function fillFieldFix(context: RuleContext, field: FrontmatterField, spec: FieldSpec): Fix {
  const value = placeholder(context, spec.key);
  const empty = field.valueRange.start.line === field.valueRange.end.line && field.valueRange.start.character === field.valueRange.end.character;
  const edit: TextEdit = { range: field.valueRange, newText: empty ? ` ${value}` : value };
  return { title: `Fill in \`${spec.key}\``, edits: [edit], isPreferred: true };
}

/**
 * After the last line of the nearest field that comes earlier in the canonical order, so a
 * missing `description` lands under `name`; right after the opening `---` otherwise.
 */
function insertionLine(doc: AgentDocument, canonical: string[], key: string): number {
  const fm = doc.frontmatter;
  const before = new Set(canonical.slice(0, Math.max(0, canonical.indexOf(key))));
  let line = fm?.openLine ?? 0;
  let best = -1;
  for (const field of fm?.fields ?? []) {
    if (!before.has(field.key)) continue;
    const last = fieldLines(field).last;
    if (last > best) best = last;
  }
  if (best >= 0) line = best;
  return line;
}
