import type { AgentDocument } from '../../../document/model';
import type { Range } from '../../../types';

/**
 * Where to point when the thing a rule wants does not exist at all: the first line of the
 * body that carries content. HTML comments are skipped so that an
 * `<!-- agentsmith-disable-next-line … -->` written above that line still applies to it.
 */
export function firstBodyLineRange(doc: AgentDocument): Range {
  const { source, body } = doc;
  let inComment = false;
  for (let line = body.startLine; line < source.lineCount; line++) {
    const text = source.lineText(line).trim();
    if (inComment) {
      if (text.includes('-->')) inComment = false;
      continue;
    }
    if (text === '') continue;
    if (text.startsWith('<!--')) {
      inComment = !text.includes('-->', 4);
      continue;
    }
    return source.trimmedLineRange(line);
  }
  // No body content: the end of the last line (just after the frontmatter, typically).
  const last = Math.max(0, source.lineCount - 1);
  const end = source.lineText(last).length;
  return source.lineRange(last, end, end);
}

/**
 * Where a missing skeleton section is reported, the same way in every rule: the methodology
 * heading (the heading that makes this a three-phase agent) when there is one, else the
 * first line of the body.
 */
export function missingSectionAnchor(doc: AgentDocument): Range {
  return doc.structure.methodology?.heading.range ?? firstBodyLineRange(doc);
}
