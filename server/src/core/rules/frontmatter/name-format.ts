import type { Rule } from '../rule';
import { isKebabCase, toKebabCase } from '../../util/kebab-case';
import { fieldsNamed, isTrustworthyText, yamlScalar } from './support/fields';

export const nameFormat: Rule = {
  id: 'name-format',
  description: '`name` is kebab-case: lowercase letters, digits and single hyphens.',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  fields: ['name'],
  check({ doc, report }) {
    for (const field of fieldsNamed(doc, 'name')) {
      if (typeof field.value !== 'string' || !isTrustworthyText(field)) continue;
      const name = field.value.trim();
      if (name === '' || isKebabCase(name)) continue;
      const kebab = toKebabCase(name);
      const fixes = kebab
        ? [{ title: `Rename to \`${kebab}\``, edits: [{ range: field.valueRange, newText: yamlScalar(kebab) }], isPreferred: true }]
        : undefined;
      const breaksLoading = name.includes(':') || name.startsWith('-');
      const what = name.includes(':') ? 'contains `:`' : name.startsWith('-') ? 'starts with `-`' : undefined;
      report({
        range: field.valueRange,
        severity: breaksLoading ? 'error' : 'warning',
        message: breaksLoading
          ? `The name \`${name}\` ${what}, so Claude Code will not load this agent; use lowercase words joined by hyphens${kebab ? `, e.g. \`${kebab}\`` : ''}.`
          : `The name \`${name}\` is not kebab-case; Claude Code expects lowercase letters, digits and hyphens${kebab ? `, e.g. \`${kebab}\`` : ''}.`,
        fixes,
      });
    }
  },
};
