import type { AgentDocument } from '../../document/model';
import type { Rule } from '../rule';
import type { Fix, Problem, RelatedInfo } from '../../types';
import { readFenceNesting, type NestingReading, type StrayFence } from './support/fence-nesting';
import { runawayFence } from './support/hidden';
import { headingSource, joinList, lineLabel } from './support/text';

/**
 * A fence that never closes turns the rest of the file into code: every heading after it stops
 * being structure. The usual cause is a tagged fence (```tsx) nested in another fence: it
 * cannot close anything, so its closing ``` ends the outer block, and the outer block's own
 * closing fence opens a new block — to the end of the file, or to the next bare fence. Both
 * cases are reported here (they have one cause and one cure: a longer outer fence).
 */
export const fenceUnclosed: Rule = {
  id: 'fence-unclosed',
  description: 'Every code fence in the body closes where its author meant it to, so no heading is swallowed by a block that runs to the end of the file.',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  reads: 'structure',
  check({ doc, report }) {
    const runaway = runawayFence(doc);
    const reading = readFenceNesting(doc);
    for (const stray of reading?.strays ?? []) report(strayProblem(doc, reading!, stray, stray.stray === runaway));
    if (runaway && !reading?.strays.some((s) => s.stray === runaway)) {
      const marker = runaway.char.repeat(Math.max(3, runaway.length));
      report({
        range: runaway.markerRange,
        message: `This code fence is never closed, so the rest of the file is code${hiding(doc)}; add a closing ${marker} where the block ends.`,
      });
    }
  },
};

function hiding(doc: AgentDocument): string {
  const hidden = doc.body.hiddenHeadings.map((h) => `\`${headingSource(h)}\``);
  return hidden.length > 0 ? ` and hides ${joinList(hidden)}` : '';
}

function strayProblem(doc: AgentDocument, reading: NestingReading, { stray, outer, nestedInfo }: StrayFence, isRunaway: boolean): Problem {
  const outerName = `${outer.char.repeat(outer.length)}${outer.info}`;
  const nestedName = `${outer.char.repeat(3)}${nestedInfo}`;
  const what = isRunaway ? `This fence runs to the end of the file${hiding(doc)}` : `This fence opens a code block that runs to line ${lineLabel(stray.closeLine ?? 0)} by mistake`;
  const because = `it was meant to close the ${outerName} fence on line ${lineLabel(outer.line)}, but the closing fence of the nested ${nestedName} block ended that one early`;
  const fix = reading.fix;
  if (!fix) return { range: stray.markerRange, message: `${what}: ${because}; make the outer fence longer than any fence inside it.` };

  const lines = fix.lengthen.map((l) => lineLabel(l.openLine));
  const target = fix.lengthen.length === 1 ? `the outer fence on line ${lines[0]}` : `the outer fences on lines ${joinList(lines, 10)}`;
  const marker = outer.char.repeat(Math.max(...fix.lengthen.map((l) => l.length)));
  const lengthen: Fix = { title: `Lengthen ${target} to ${marker}`, edits: fix.edits, isPreferred: true, safe: true };
  const related: RelatedInfo[] = fix.lengthen.map((l) => ({
    range: doc.source.trimmedLineRange(l.openLine),
    message: `Outer fence to lengthen to ${l.length} characters.`,
  }));
  return { range: stray.markerRange, message: `${what}: ${because}; lengthen ${target} to ${marker}.`, fixes: [lengthen], related };
}
