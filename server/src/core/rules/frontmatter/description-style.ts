import type { AgentDocument } from '../../document/model';
import type { Rule } from '../rule';
import { firstField } from './support/fields';

const USE_THIS_AGENT = /^\s*use this agent\b/i;

export const descriptionStyle: Rule = {
  id: 'description-style',
  description: 'A three-phase agent\'s description starts with "Use this agent …", saying when to delegate to it.',
  defaultSeverity: 'hint',
  profiles: ['three-phase'],
  reads: 'frontmatter',
  fields: ['description'],
  check({ doc, report }) {
    const field = firstField(doc, 'description');
    if (!field || typeof field.value !== 'string' || field.value.trim() === '') return;
    // A lenient reading of a broken value may keep an opening quote.
    const text = field.lenient ? field.value.replace(/^\s*["']/, '') : field.value;
    if (USE_THIS_AGENT.test(text)) return;
    // Underline the first line only: a long description should not turn into a wall of dots.
    // A block scalar's first line is only its `>-` indicator: point at the first text line.
    const isBlock = field.style === 'block-folded' || field.style === 'block-literal';
    const line = isBlock ? firstTextLine(doc, field.valueRange.start.line + 1, field.valueRange.end.line) : field.valueRange.start.line;
    const range =
      !isBlock && field.valueRange.end.line === line ? field.valueRange : isBlock ? doc.source.trimmedLineRange(line) : { start: field.valueRange.start, end: doc.source.positionAt(doc.source.lineEnd(line)) };
    report({
      range,
      message: 'CAMI descriptions start with "Use this agent when …" so Claude knows when to delegate; rephrase the description that way.',
    });
  },
};

function firstTextLine(doc: AgentDocument, from: number, to: number): number {
  for (let line = from; line <= to && line < doc.source.lineCount; line++) {
    if (doc.source.lineText(line).trim() !== '') return line;
  }
  return Math.max(0, from - 1);
}
