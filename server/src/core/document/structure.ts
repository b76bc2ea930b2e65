import type { AgentStructure, BodyOutline, Boundaries, CanonicalSection, Checklist, Heading, Label, Methodology, Phase } from './model';
import { DONT_LABEL, DO_LABEL, PHASE_HEADING, PHASE_WEIGHT, TOOLS_LABEL } from './section-patterns';

/** Sections of the skeleton are H2 in practice; H1 is accepted for files that use it. */
const MAX_SECTION_LEVEL = 2;
const CANONICAL = new Set<string>(['technology-stack', 'documentation-strategy', 'decision-making', 'quality-standards']);

/**
 * Finds the three-phase skeleton's parts in the outline. Missing parts stay undefined.
 * Heading roles were decided when the headings were read, so this is one cheap pass over
 * the headings plus binary searches into the sections it needs.
 */
export function findStructure(body: BodyOutline): AgentStructure {
  const sections: Partial<Record<CanonicalSection, Heading>> = {};
  let corePhilosophy: Heading | undefined;
  let methodologyHeading: Heading | undefined;
  let boundariesHeading: Heading | undefined;
  let checklistHeading: Heading | undefined;
  let firstSection: Heading | undefined;
  for (const heading of body.headings) {
    const role = heading.role;
    if (heading.level > 1 && heading.level <= MAX_SECTION_LEVEL) firstSection ??= heading;
    if (role === undefined) continue;
    if (role === 'methodology') {
      if (heading.level <= 3) methodologyHeading ??= heading;
      continue;
    }
    if (heading.level > MAX_SECTION_LEVEL) continue;
    if (role === 'core-philosophy') corePhilosophy ??= heading;
    else if (role === 'checklist') checklistHeading ??= heading;
    else if (role === 'boundaries') boundariesHeading ??= heading;
    else if (CANONICAL.has(role)) sections[role as CanonicalSection] ??= heading;
  }
  const paragraph = body.firstParagraph;
  const identity = paragraph && (!firstSection || paragraph.startLine < firstSection.line) ? paragraph : undefined;
  return {
    identity,
    corePhilosophy,
    methodology: methodologyHeading && findMethodology(body, methodologyHeading),
    boundaries: boundariesHeading && findBoundaries(body, boundariesHeading),
    checklist: checklistHeading && findChecklist(body, checklistHeading),
    sections,
  };
}

function findMethodology(body: BodyOutline, heading: Heading): Methodology {
  const phases: Phase[] = [];
  for (const candidate of inSection(body.headings, heading)) {
    if (candidate.level <= heading.level || candidate.role !== 'phase') continue;
    // Only the shallowest phase headings are phases (a `#### Phase 1 checklist` inside is not).
    if (phases.length > 0 && candidate.level > phases[0].heading.level) continue;
    const match = PHASE_HEADING.exec(candidate.text)!;
    const weight = PHASE_WEIGHT.exec(candidate.text);
    phases.push({
      heading: candidate,
      number: Number(match[1]),
      title: match[2].replace(PHASE_WEIGHT, '').trim(),
      weight: weight ? Number(weight[1]) : undefined,
      tools: undefined,
    });
  }
  for (const phase of phases) phase.tools = findToolsLabel(body, phase.heading);
  return { heading, phases };
}

function findToolsLabel(body: BodyOutline, phase: Heading): Label | undefined {
  const label = inSection(body.labels, phase).find((l) => TOOLS_LABEL.test(l.name));
  if (label) return label;
  const sub = inSection(body.headings, phase).find((h) => h.role === 'tools');
  return sub && { line: sub.line, name: sub.text, range: sub.range, inList: false };
}

function findBoundaries(body: BodyOutline, heading: Heading): Boundaries {
  let doList: Label | Heading | undefined;
  let dontList: Label | Heading | undefined;
  for (const label of inSection(body.labels, heading)) {
    if (DONT_LABEL.test(label.name)) dontList ??= label;
    else if (DO_LABEL.test(label.name)) doList ??= label;
  }
  for (const sub of inSection(body.headings, heading)) {
    if (sub.role === 'dont') dontList ??= sub;
    else if (sub.role === 'do') doList ??= sub;
  }
  return { heading, doList, dontList };
}

function findChecklist(body: BodyOutline, heading: Heading): Checklist {
  return { heading, items: inSection(body.listItems, heading) };
}

/**
 * The items (of a list sorted by line) inside the heading's section. Binary search to the
 * section start keeps a file with thousands of sections linear, not quadratic.
 */
function inSection<T extends { line: number }>(items: readonly T[], heading: Heading): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].line <= heading.line) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < items.length && items[end].line < heading.sectionEnd) end++;
  return items.slice(lo, end);
}
