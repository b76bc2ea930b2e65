import { isSemver } from '../../schema/validators';
import type { Rule } from '../rule';
import { fieldsNamed } from './support/fields';

/** `1`, `1.2`, `v1.2.3`, `1.2.3` with stray spaces: things a person meant as a version. */
const VERSION_LIKE = /^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/i;

export const versionFormat: Rule = {
  id: 'version-format',
  description: '`version` is a semantic version string such as `"1.2.0"`.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'frontmatter',
  fields: ['version'],
  check({ doc, report }) {
    for (const field of fieldsNamed(doc, 'version')) {
      const value = field.value;
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      if (typeof value === 'string' && isSemver(value)) continue;
      // A lenient reading cannot tell a number from a string: trust only what looks semver.
      if (field.lenient && isSemver(String(value).replace(/^["']|["']$/g, ''))) continue;
      // The source text, not the parsed value: YAML reads `1.10` as the number 1.1.
      const written = field.style === 'single' || field.style === 'double' ? String(value) : field.valueSource.trim();
      const match = VERSION_LIKE.exec(written);
      const semver = match ? `${Number(match[1])}.${Number(match[2] ?? 0)}.${Number(match[3] ?? 0)}` : undefined;
      const isNumber = typeof value === 'number';
      report({
        range: field.valueRange,
        message: isNumber
          ? `YAML reads the version \`${written}\` as a number, not a semantic version; write it quoted with three parts${semver ? `, e.g. \`"${semver}"\`` : ''}.`
          : `The version \`${written}\` is not a semantic version (MAJOR.MINOR.PATCH); write it like \`"${semver ?? '1.0.0'}"\`.`,
        fixes: semver ? [{ title: `Change to "${semver}"`, edits: [{ range: field.valueRange, newText: `"${semver}"` }], isPreferred: true, safe: true }] : undefined,
      });
    }
  },
};
