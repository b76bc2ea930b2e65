import type { Rule } from '../rule';
import { fieldLines, fieldsNamed } from './support/fields';

export const emptyHooks: Rule = {
  id: 'empty-hooks',
  description: '`hooks` is a mapping of events to hooks, never an empty list.',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  fields: ['hooks'],
  check({ doc, report }) {
    for (const field of fieldsNamed(doc, 'hooks')) {
      if (!Array.isArray(field.value) || field.value.length > 0) continue;
      const { first, last } = fieldLines(field);
      const start = doc.source.positionAt(doc.source.lineStart(first));
      const end = last + 1 < doc.source.lineCount ? doc.source.positionAt(doc.source.lineStart(last + 1)) : doc.source.positionAt(doc.source.lineEnd(last));
      report({
        range: field.valueRange,
        message: '`hooks: []` makes Claude Code drop this agent; remove the line or write the hooks as a mapping of events.',
        fixes: [{ title: 'Remove the empty `hooks`', edits: [{ range: { start, end }, newText: '' }], isPreferred: true, safe: true }],
      });
    }
  },
};
