import { CAMI_FIELD_KEYS, FIELD_KEY_SYNONYMS } from '../../schema/field-keys';
import { didYouMean } from '../../util/did-you-mean';
import type { Rule } from '../rule';
import { startsField } from './support/plain-value-rewrite';

export const unknownField: Rule = {
  id: 'unknown-field',
  description: 'Every frontmatter key is one the profile knows; near misses of known keys are likely typos.',
  defaultSeverity: 'information',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  check({ doc, schema, profile, report }) {
    const fm = doc.frontmatter;
    if (!fm) return;
    const known = [...schema.fields.keys()];
    const present = new Set(fm.fields.map((f) => f.key));
    for (const field of fm.fields) {
      if (schema.fields.has(field.key)) continue;
      // A plain Claude Code agent may carry one or two CAMI keys (a version, tags): they are
      // meaningful metadata, not mistakes, and neither they nor their near misses are reported.
      if (profile === 'claude-code' && (CAMI_FIELD_KEYS.includes(field.key) || didYouMean(field.key, CAMI_FIELD_KEYS))) continue;
      // Dialogue lines (`user: …`) of a description whose YAML failed are not fields.
      if (field.lenient && !startsField(field.key)) continue;
      const synonym = FIELD_KEY_SYNONYMS[field.key];
      const suggestion = synonym && schema.fields.has(synonym) ? synonym : didYouMean(field.key, known);
      if (suggestion) {
        report({
          range: field.keyRange,
          severity: 'warning',
          message: `\`${field.key}\` is not a known field, so it is ignored; did you mean \`${suggestion}\`?`,
          fixes: present.has(suggestion)
            ? undefined
            : [{ title: `Rename to \`${suggestion}\``, edits: [{ range: field.keyRange, newText: suggestion }], isPreferred: true }],
        });
        continue;
      }
      // A lenient reading is a guess; only clear typos are worth saying then.
      if (field.lenient) continue;
      report({
        range: field.keyRange,
        message:
          profile === 'three-phase'
            ? `\`${field.key}\` is neither a Claude Code nor a CAMI field; both ignore it, so it serves only as a note.`
            : `\`${field.key}\` is not a Claude Code field; Claude Code ignores it, so it serves only as a note.`,
      });
    }
  },
};
