import type { AgentDocument, FrontmatterField } from '../../document/model';
import type { TextEdit } from '../../types';
import type { Rule } from '../rule';
import { fieldLines } from './support/fields';
import { startsField } from './support/plain-value-rewrite';

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  description: 'Each frontmatter key appears once.',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  check({ doc, report }) {
    const fm = doc.frontmatter;
    if (!fm) return;
    const first = new Map<string, FrontmatterField>();
    for (const field of fm.fields) {
      // When the YAML failed, `user:` lines of an example dialogue read as keys; only keys
      // that plausibly are fields count then.
      if (field.lenient && !startsField(field.key)) continue;
      const earlier = first.get(field.key);
      if (!earlier) {
        first.set(field.key, field);
        continue;
      }
      const earlierLine = earlier.keyRange.start.line + 1;
      const laterLine = field.keyRange.start.line + 1;
      report({
        range: field.keyRange,
        message: `\`${field.key}\` is already set on line ${earlierLine}; strict YAML readers reject duplicate keys, so Claude Code may skip this agent — keep only one.`,
        related: [{ range: earlier.keyRange, message: `First \`${field.key}\`` }],
        fixes: [
          { title: `Remove this \`${field.key}\` (keep line ${earlierLine})`, edits: [removeField(doc, field)], isPreferred: true },
          { title: `Remove the first \`${field.key}\` (keep line ${laterLine})`, edits: [removeField(doc, earlier)] },
        ],
      });
    }
  },
};

/** Deletes a field's whole lines, line breaks included. */
function removeField(doc: AgentDocument, field: FrontmatterField): TextEdit {
  const { first, last } = fieldLines(field);
  const start = doc.source.positionAt(doc.source.lineStart(first));
  const end = last + 1 < doc.source.lineCount ? doc.source.positionAt(doc.source.lineStart(last + 1)) : doc.source.positionAt(doc.source.lineEnd(last));
  return { range: { start, end }, newText: '' };
}
