import type { AgentStructure, BodyOutline, Boundaries, CanonicalSection, Checklist, Heading, Label, Methodology, Phase } from './model';
import {
  BOUNDARIES_HEADING,
  CHECKLIST_HEADING,
  CORE_PHILOSOPHY_HEADING,
  DONT_LABEL,
  DO_LABEL,
  METHODOLOGY_HEADING,
  PHASE_HEADING,
  PHASE_WEIGHT,
  TOOLS_LABEL,
  sectionOf,
} from './section-patterns';

/** Sections of the skeleton are H2 in practice; H1 is accepted for files that use it. */
const MAX_SECTION_LEVEL = 2;

/** Finds the three-phase skeleton's parts in the outline. Missing parts stay undefined. */
export function findStructure(body: BodyOutline): AgentStructure {
  const sections: Partial<Record<CanonicalSection, Heading>> = {};
  let corePhilosophy: Heading | undefined;
  let methodologyHeading: Heading | undefined;
  let boundariesHeading: Heading | undefined;
  let checklistHeading: Heading | undefined;
  for (const heading of body.headings) {
    const text = heading.text;
    if (!methodologyHeading && heading.level <= 3 && METHODOLOGY_HEADING.test(text)) methodologyHeading = heading;
    if (heading.level > MAX_SECTION_LEVEL) continue;
    if (!corePhilosophy && CORE_PHILOSOPHY_HEADING.test(text)) corePhilosophy = heading;
    else if (!checklistHeading && CHECKLIST_HEADING.test(text)) checklistHeading = heading;
    else if (!boundariesHeading && BOUNDARIES_HEADING.test(text)) boundariesHeading = heading;
    else {
      const key = sectionOf(text);
      if (key && !sections[key]) sections[key] = heading;
    }
  }
  const firstSection = body.headings.find((h) => h.level <= MAX_SECTION_LEVEL && h.level > 1);
  const identity = body.firstParagraph && (!firstSection || body.firstParagraph.startLine < firstSection.line) ? body.firstParagraph : undefined;
  return {
    identity,
    corePhilosophy,
    methodology: methodologyHeading && findMethodology(body, methodologyHeading),
    boundaries: boundariesHeading && findBoundaries(body, boundariesHeading),
    checklist: checklistHeading && findChecklist(body, checklistHeading),
    sections,
  };
}

function inSection(heading: Heading, line: number): boolean {
  return line > heading.line && line < heading.sectionEnd;
}

function findMethodology(body: BodyOutline, heading: Heading): Methodology {
  const phases: Phase[] = [];
  for (const candidate of body.headings) {
    if (candidate.line >= heading.sectionEnd) break;
    if (!inSection(heading, candidate.line) || candidate.level <= heading.level) continue;
    const match = PHASE_HEADING.exec(candidate.text);
    if (!match) continue;
    // Only the shallowest phase headings are phases (a `#### Phase 1 checklist` inside is not).
    if (phases.length > 0 && candidate.level > phases[0].heading.level) continue;
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
  const label = firstInSection(body.labels, phase, (l) => TOOLS_LABEL.test(l.name));
  if (label) return label;
  const sub = firstInSection(body.headings, phase, (h) => TOOLS_LABEL.test(h.text));
  return sub && { line: sub.line, name: sub.text, range: sub.range, inList: false };
}

/**
 * First item (of a list sorted by line) inside the heading's section that matches. Binary
 * search to the section start keeps a file with thousands of phases linear, not quadratic.
 */
function firstInSection<T extends { line: number }>(items: readonly T[], heading: Heading, matches: (item: T) => boolean): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].line <= heading.line) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < items.length && items[i].line < heading.sectionEnd; i++) {
    if (matches(items[i])) return items[i];
  }
  return undefined;
}

function findBoundaries(body: BodyOutline, heading: Heading): Boundaries {
  let doList: Label | Heading | undefined;
  let dontList: Label | Heading | undefined;
  const consider = (name: string, item: Label | Heading) => {
    if (DONT_LABEL.test(name)) dontList ??= item;
    else if (DO_LABEL.test(name)) doList ??= item;
  };
  for (const label of body.labels) if (inSection(heading, label.line)) consider(label.name, label);
  for (const sub of body.headings) if (inSection(heading, sub.line)) consider(sub.text.replace(/:$/, ''), sub);
  return { heading, doList, dontList };
}

function findChecklist(body: BodyOutline, heading: Heading): Checklist {
  return { heading, items: body.listItems.filter((item) => inSection(heading, item.line)) };
}
