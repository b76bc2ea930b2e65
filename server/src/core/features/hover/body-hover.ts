/**
 * Hovers on the three-phase skeleton in the body: what a section is for, what belongs in each
 * phase (with the class's share of effort), what the Tools line and the DO / DON'T lists are
 * for, and what makes a good checklist item. The text lives in `docs/section-docs.ts`.
 */
import type { AgentDocument, Heading, HeadingRole } from '../../document/model';
import { DONT_LABEL, DO_LABEL, PHASE_HEADING, TOOLS_LABEL } from '../../document/section-patterns';
import { SPECIALIST_CLASSES } from '../../schema/data/classes';
import { LABEL_DOCS, PHASE_DOCS, SECTION_DOCS } from '../docs/section-docs';
import { rangeContains, type HoverContextData, type HoverPart } from './context';

export function bodyHover(ctx: HoverContextData): HoverPart | undefined {
  const { doc, position } = ctx;
  const line = position.line;
  if (ctx.profile !== 'three-phase' || line < doc.body.startLine || line >= doc.source.lineCount || doc.body.isCode(line)) return undefined;
  const heading = onLine(doc.body.headings, line);
  if (heading && rangeContains(heading.range, position)) {
    const markdown = headingMarkdown(doc, heading);
    return markdown ? { markdown, range: heading.range } : undefined;
  }
  const label = onLine(doc.body.labels, line);
  if (label && rangeContains(label.range, position)) {
    const markdown = labelMarkdown(label.name);
    return markdown ? { markdown, range: label.range } : undefined;
  }
  const checklist = doc.structure.checklist;
  if (checklist && line > checklist.heading.line && line < checklist.heading.sectionEnd) {
    const item = onLine(checklist.items, line);
    if (item && rangeContains(item.markerRange, position)) return { markdown: LABEL_DOCS.checklistItem, range: item.markerRange };
  }
  return undefined;
}

function headingMarkdown(doc: AgentDocument, heading: Heading): string | undefined {
  const role: HeadingRole | undefined = heading.role;
  if (role === undefined) return undefined;
  if (role === 'phase') return phaseMarkdown(doc, heading);
  if (role === 'tools' || role === 'do' || role === 'dont') return LABEL_DOCS[role];
  const section = SECTION_DOCS[role];
  return section ? `**${section.label.replace(/^#+ /, '')}** — ${section.doc}` : undefined;
}

function phaseMarkdown(doc: AgentDocument, heading: Heading): string | undefined {
  const number = Number(PHASE_HEADING.exec(heading.text)?.[1]);
  if (number !== 1 && number !== 2 && number !== 3) return undefined;
  const parts = [`**Phase ${number}** — ${PHASE_DOCS[number]}`];
  const classId = doc.frontmatter?.fields.find((f) => f.key === 'class')?.value;
  const c = SPECIALIST_CLASSES.find((x) => x.id === classId);
  if (c?.phaseWeights) parts.push(`For a \`${c.id}\`, Phase ${number} takes about ${c.phaseWeights[number - 1]}% of the effort (${c.phaseWeights.join(' / ')}).`);
  parts.push('End the phase with a `**Tools**:` line.');
  return parts.join('\n\n');
}

function labelMarkdown(name: string): string | undefined {
  if (TOOLS_LABEL.test(name)) return `**Tools line** — ${LABEL_DOCS.tools}`;
  if (DONT_LABEL.test(name)) return `**You DON'T** — ${LABEL_DOCS.dont}`;
  if (DO_LABEL.test(name)) return `**You DO** — ${LABEL_DOCS.do}`;
  return undefined;
}

/** The element of a line-sorted list that sits on `line` (binary search). */
function onLine<T extends { line: number }>(items: readonly T[], line: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].line < line) lo = mid + 1;
    else if (items[mid].line > line) hi = mid - 1;
    else return items[mid];
  }
  return undefined;
}

