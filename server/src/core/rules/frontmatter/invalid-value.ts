import type { FrontmatterField } from '../../document/model';
import type { FieldSpec } from '../../schema/profile-schema';
import type { Rule } from '../rule';
import {
  checkBoolean,
  checkEnum,
  checkPositiveInteger,
  checkStringList,
  checkText,
  checkWithValidator,
  type ValueProblem,
} from './support/value-checks';

/** Fields whose values other rules own: reporting them here too would say it twice. */
const OWNED_ELSEWHERE = new Set(['name', 'version']);

/** Fields Claude Code also reads as a comma-separated string. */
const COMMA_STRING_LISTS = new Set(['skills']);

/** A value the lenient reading can vouch for: one plain word, no quotes or comments. */
const SIMPLE_TOKEN = /^[\w.-]+$/;

export const invalidValue: Rule = {
  id: 'invalid-value',
  description: 'Each known field has a value of the right type from its allowed set.',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  check({ doc, schema, report }) {
    for (const field of doc.frontmatter?.fields ?? []) {
      const spec = schema.fields.get(field.key);
      if (!spec || OWNED_ELSEWHERE.has(spec.key)) continue;
      for (const problem of problemsOf(field, spec, schema)) report(problem);
    }
  },
};

function problemsOf(field: FrontmatterField, spec: FieldSpec, schema: Parameters<typeof checkEnum>[2]): ValueProblem[] {
  if (field.lenient) {
    // When the YAML failed, values are a line-based guess: only a single plain word is
    // trustworthy, and only its membership in an enum can be judged.
    if (spec.kind !== 'enum' || typeof field.value !== 'string' || !SIMPLE_TOKEN.test(field.value) || field.style !== 'plain') return [];
    const problem = checkEnum(field, spec, schema);
    return problem ? [problem] : [];
  }
  const one = (p: ValueProblem | undefined) => (p ? [p] : []);
  switch (spec.kind) {
    case 'enum':
      return one(checkEnum(field, spec, schema));
    case 'boolean':
      return one(checkBoolean(field, spec));
    case 'integer':
      return one(checkPositiveInteger(field, spec));
    case 'string-list':
      return checkStringList(field, spec, COMMA_STRING_LISTS.has(spec.key));
    case 'tool-list':
      // Entries are `unknown-tool`'s business; only the shape is checked here.
      return typeof field.value === 'string' ? [] : checkStringList(field, spec, true);
    case 'object':
      // `hooks: []` is `empty-hooks`'s (an error of its own).
      if (spec.key === 'hooks' && Array.isArray(field.value) && field.value.length === 0) return [];
      return one(checkWithValidator(field, spec));
    case 'string':
      return one(checkText(field, spec));
    default:
      return [];
  }
}
