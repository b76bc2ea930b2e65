import type { Rule } from '../rule';
import { firstField } from './support/fields';

const USE_THIS_AGENT = /^\s*use this agent\b/i;

export const descriptionStyle: Rule = {
  id: 'description-style',
  description: 'A three-phase agent\'s description starts with "Use this agent …", saying when to delegate to it.',
  defaultSeverity: 'hint',
  profiles: ['three-phase'],
  check({ doc, report }) {
    const field = firstField(doc, 'description');
    if (!field || typeof field.value !== 'string' || field.value.trim() === '') return;
    if (USE_THIS_AGENT.test(field.value)) return;
    // Underline the first line only: a long description should not turn into a wall of dots.
    const start = field.valueRange.start;
    const end = field.valueRange.end.line === start.line ? field.valueRange.end : doc.source.positionAt(doc.source.lineEnd(start.line));
    report({
      range: { start, end },
      message: 'CAMI descriptions start with "Use this agent when …" so Claude knows when to delegate; rephrase the description that way.',
    });
  },
};
