/**
 * Body completions: at a heading position, the skeleton sections the body still lacks (in
 * canonical order); after a `**Tools**:` label, tool names. Never inside code blocks or HTML
 * comments. Works from the parsed outline, so a 10 MB body costs no scan per request.
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { AgentDocument, Heading } from '../../document/model';
import { PHASE_HEADING, TOOLS_LABEL } from '../../document/section-patterns';
import { SPECIALIST_CLASSES } from '../../schema/data/classes';
import { PHASE_DOCS, SECTION_DOCS, SECTION_ORDER } from '../docs/section-docs';
import type { CompletionContextData } from './context';
import { markdown, order, SNIPPET } from './item-text';
import { headingSnippetItems } from './snippet-items';
import { toolItems } from './tool-items';
import { scalarSlot } from './value-slot';

const HEADING_PREFIX = /^( {0,3})#{1,3}(?:[ \t]+[^#]*)?$/;
const LABEL = /^[ \t]*(?:[-*+][ \t]+)?\*\*([^*]+?)\*\*:?/;

export function bodyItems(ctx: CompletionContextData): CompletionItem[] {
  const { doc, position } = ctx;
  const line = position.line;
  if (line < doc.body.startLine || doc.body.isCode(line)) return [];
  const text = doc.source.lineText(line);
  const character = Math.min(position.character, text.length);
  const before = text.slice(0, character);
  const heading = HEADING_PREFIX.exec(before);
  if (heading) {
    if (ctx.profile !== 'three-phase') return [];
    const range = doc.source.lineRange(line, heading[1].length, Math.max(character, text.trimEnd().length));
    return [...headingItems(ctx, range), ...headingSnippetItems(ctx, range)];
  }
  if (text.trim() === '' && character === 0 && ctx.triggerKind === 1 && ctx.profile === 'three-phase') {
    return headingItems(ctx, doc.source.lineRange(line, 0, 0));
  }
  const label = LABEL.exec(text);
  if (label && TOOLS_LABEL.test(label[1].trim()) && character >= label[0].length) return toolsLineItems(ctx, line, label[0].length, character);
  return [];
}

function headingItems(ctx: CompletionContextData, range: Range): CompletionItem[] {
  const missing = missingParts(ctx.doc, range.start.line);
  const weights = classWeights(ctx.doc);
  return missing.map((part, index) => {
    const phase = typeof part === 'number' ? part : undefined;
    const label = phase ? `### Phase ${phase}` : SECTION_DOCS[part as keyof typeof SECTION_DOCS].label;
    const insert = phase ? `### Phase ${phase}: \${1:title}` : SECTION_DOCS[part as keyof typeof SECTION_DOCS].insert;
    let doc = phase ? PHASE_DOCS[phase as 1 | 2 | 3] : SECTION_DOCS[part as keyof typeof SECTION_DOCS].doc;
    if (phase && weights) doc += `\n\nFor a \`${weights.id}\`, Phase ${phase} takes about ${weights.phaseWeights[phase - 1]}% of the effort.`;
    return {
      label,
      kind: CompletionItemKind.Keyword,
      detail: 'missing from the three-phase skeleton',
      documentation: markdown(doc),
      sortText: order(index),
      textEdit: { range, newText: insert },
      insertTextFormat: SNIPPET,
    };
  });
}

type Part = (typeof SECTION_ORDER)[number] | 1 | 2 | 3;

/** The skeleton's parts the body lacks, in canonical order. The heading being typed does not count. */
function missingParts(doc: AgentDocument, cursorLine: number): Part[] {
  const s = doc.structure;
  const has = (heading: Heading | undefined): boolean => heading !== undefined && heading.line !== cursorLine;
  const present: Record<(typeof SECTION_ORDER)[number], boolean> = {
    'core-philosophy': has(s.corePhilosophy),
    'technology-stack': has(s.sections['technology-stack']) || classOf(doc) !== 'technology-implementer',
    methodology: has(s.methodology?.heading),
    'documentation-strategy': has(s.sections['documentation-strategy']),
    'decision-making': has(s.sections['decision-making']),
    boundaries: has(s.boundaries?.heading),
    'quality-standards': has(s.sections['quality-standards']),
    checklist: has(s.checklist?.heading),
  };
  const phases = new Set<number>();
  // Phases written outside a methodology section still exist; do not offer them twice.
  const phaseHeadings = s.methodology ? s.methodology.phases.map((p) => p.heading) : doc.body.headings.filter((h) => h.role === 'phase');
  for (const heading of phaseHeadings) {
    const number = Number(PHASE_HEADING.exec(heading.text)?.[1]);
    if (heading.line !== cursorLine && number >= 1 && number <= 3) phases.add(number);
  }
  const parts: Part[] = [];
  for (const part of SECTION_ORDER) {
    if (!present[part]) parts.push(part);
    if (part === 'methodology') for (const n of [1, 2, 3] as const) if (!phases.has(n)) parts.push(n);
  }
  return parts;
}

function classOf(doc: AgentDocument): unknown {
  return doc.frontmatter?.fields.find((f) => f.key === 'class')?.value;
}

function classWeights(doc: AgentDocument): { id: string; phaseWeights: readonly [number, number, number] } | undefined {
  const c = SPECIALIST_CLASSES.find((x) => x.id === classOf(doc));
  return c?.phaseWeights ? { id: c.id, phaseWeights: c.phaseWeights } : undefined;
}

/** After `**Tools**:`: the entry under the cursor, and the names the line already has. */
function toolsLineItems(ctx: CompletionContextData, line: number, labelEnd: number, character: number): CompletionItem[] {
  const source = ctx.doc.source;
  const text = source.lineText(line);
  const lineStart = source.lineStart(line);
  let valueStart = labelEnd;
  while (valueStart < text.length && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
  if (valueStart < text.length && valueStart > character) return [];
  const start = Math.min(valueStart, character);
  const slot = scalarSlot(source, lineStart + start, lineStart + character, source.lineEnd(line), { form: 'scalar', splitCommas: true, closedLater: false });
  if (!slot || slot.inSpecifier) return [];
  const names = new Set<string>();
  let offset = lineStart + labelEnd;
  for (const piece of text.slice(labelEnd).split(',')) {
    const pieceStart = offset;
    offset += piece.length + 1;
    if (pieceStart <= slot.end && slot.start <= offset - 1) continue;
    const name = /^[\s`]*([A-Za-z_][\w]*)/.exec(piece)?.[1];
    if (name) names.add(name);
  }
  return toolItems(ctx, slot, { names, whole: names }, false);
}
