import type { AgentDocument, Fence, Heading } from '../../../document/model';
import { inSuspectSpan, readFenceNesting } from './fence-nesting';

/** The fence that runs to the end of the file, if any (only the last fence can). */
export function runawayFence(doc: AgentDocument): Fence | undefined {
  const last = doc.body.fences[doc.body.fences.length - 1];
  return last && last.closeLine === undefined ? last : undefined;
}

const HEADING_LIKE = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Whether a heading like this one may exist but be misread because of a fence: swallowed by a
 * fence that runs to the end of the file, or inside a span that nested fences made CommonMark
 * read differently from the author. `fence-unclosed` reports those fences and names what they
 * hide, so the "missing section" rules stay quiet instead of reporting the same thing twice.
 */
export function isHiddenByFence(doc: AgentDocument, matches: (heading: Pick<Heading, 'level' | 'text'>) => boolean): boolean {
  if (doc.body.hiddenHeadings.some(matches)) return true;
  const reading = readFenceNesting(doc);
  if (!reading) return false;
  for (const [from, to] of reading.suspect) {
    for (let line = from; line <= to; line++) {
      const match = HEADING_LIKE.exec(doc.source.lineText(line));
      if (match && matches({ level: match[1].length, text: match[2].trim() })) return true;
    }
  }
  return false;
}

/**
 * Whether a fence problem may hide part of this heading's section (a Tools line, the DON'T
 * list, checklist items) or make the heading itself code misread as structure.
 */
export function fenceObscuresSection(doc: AgentDocument, heading: Heading): boolean {
  const fence = runawayFence(doc);
  if (fence && fence.openLine > heading.line && fence.openLine < heading.sectionEnd) return true;
  const reading = readFenceNesting(doc);
  if (!reading) return false;
  return inSuspectSpan(reading, heading.line) || reading.suspect.some(([from]) => from > heading.line && from < heading.sectionEnd);
}

/** Whether this heading sits where nested fences make CommonMark misread the text. */
export function isMisreadHeading(doc: AgentDocument, heading: Heading): boolean {
  return inSuspectSpan(readFenceNesting(doc), heading.line);
}
