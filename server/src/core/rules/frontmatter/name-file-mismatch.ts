import type { Rule } from '../rule';
import { editDistance } from '../../util/edit-distance';
import { isKebabCase } from '../../util/kebab-case';
import { baseNameWithoutExtension } from '../../util/path-name';
import { firstField, isTrustworthyText, yamlScalar } from './support/fields';

/** Up to this many edits apart, a name and a file name are most likely one typo apart. */
const TYPO_DISTANCE = 2;

export const nameFileMismatch: Rule = {
  id: 'name-file-mismatch',
  description: '`name` matches the file name, so the agent is easy to find.',
  defaultSeverity: 'hint',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  fields: ['name'],
  check({ doc, path, report }) {
    const field = firstField(doc, 'name');
    if (!field || typeof field.value !== 'string' || !isTrustworthyText(field)) return;
    const name = field.value.trim();
    const fileName = baseNameWithoutExtension(path);
    if (name === '' || fileName === '') return;
    const nameLower = name.toLowerCase();
    const fileLower = fileName.toLowerCase();
    if (nameLower === fileLower) return;
    // Plugin collections prefix the name on purpose: `billing-reviewer` in `reviewer.md`.
    if (nameLower.endsWith(`-${fileLower}`) || nameLower.endsWith(`:${fileLower}`)) return;
    const distance = editDistance(nameLower, fileLower);
    // One name extending the other (`code-reviewer` / `code-reviewer-pro`) is a deliberate variant, not a slip.
    const extendsOther = nameLower.startsWith(fileLower) || fileLower.startsWith(nameLower) || nameLower.endsWith(fileLower) || fileLower.endsWith(nameLower);
    const likelyTypo = distance <= TYPO_DISTANCE && !extendsOther && Math.min(name.length, fileName.length) > TYPO_DISTANCE * 2;
    // With a typo either side may be the misspelled one, so the rename is offered but not preferred.
    const fixes = isKebabCase(fileName)
      ? [{ title: `Rename \`name\` to \`${fileName}\``, edits: [{ range: field.valueRange, newText: yamlScalar(fileName) }], isPreferred: !likelyTypo }]
      : undefined;
    report({
      range: field.valueRange,
      severity: likelyTypo ? 'warning' : 'hint',
      message: likelyTypo
        ? `The name \`${name}\` differs from the file name \`${fileName}\` by ${distance === 1 ? 'one edit' : 'two edits'}, which looks like a typo; check which one is misspelled and make them the same.`
        : `The name \`${name}\` differs from the file name \`${fileName}\`; using the same name for both makes the agent easier to find.`,
      fixes,
    });
  },
};
