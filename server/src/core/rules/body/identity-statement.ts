import { IDENTITY_OPENING } from '../../document/section-patterns';
import type { Rule } from '../rule';
import { firstBodyLineRange } from './support/anchors';
import { runawayFence } from './support/hidden';

/**
 * Accepted openings besides `You are …`: `You're …`, `**Role**: You are …`, `As the X, you …`,
 * `Your role is …`, `Act as …`. The model reads them all as an identity; only the CAMI wording
 * is canonical, and a false alarm here would be noise on a working agent.
 */
const LENIENT_IDENTITY = /\byou(?:\s+are|['’]re)\b|\byour\s+role\b|^(?:\W*)act\s+as\b|^(?:\W*)as\s+(?:an?|the)\s+[^,.]{1,80},\s*you\b/i;
const FIRST_SENTENCE_CHARS = 300;

function readsAsIdentity(text: string): boolean {
  if (IDENTITY_OPENING.test(text)) return true;
  const firstSentence = text.slice(0, FIRST_SENTENCE_CHARS).split(/(?<=[.!?])\s/)[0];
  return LENIENT_IDENTITY.test(firstSentence);
}

export const identityStatement: Rule = {
  id: 'identity-statement',
  description: 'The body opens with an identity paragraph: `You are the <Role>, …`.',
  defaultSeverity: 'warning',
  profiles: ['three-phase'],
  reads: 'structure',
  check({ doc, report }) {
    const { identity } = doc.structure;
    const first = doc.body.firstParagraph;
    if (first && readsAsIdentity(first.text)) return;
    if (identity) {
      const line = identity.startLine;
      report({
        range: doc.source.lineRange(line, identity.range.start.character, doc.source.lineText(line).trimEnd().length),
        message: 'The opening paragraph is not an identity statement; start the body with `You are the <Role>, …` so the agent knows who it is.',
      });
      return;
    }
    // Nothing before the first section; if a runaway fence ate the body, fence-unclosed says so.
    if (!first && runawayFence(doc)) return;
    report({
      range: firstBodyLineRange(doc),
      message: 'The body has no identity statement; open it with a paragraph such as `You are the <Role>, …` before the first section.',
    });
  },
};
