import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { AgentDocument, Heading, Label } from '../document/model';

/**
 * The Outline: the frontmatter with its fields, then the heading tree, where the parts of the
 * three-phase skeleton get their own kinds and details (phase weight and tools, checklist
 * item count, the DO / DON'T lists).
 */
export function documentSymbols(doc: AgentDocument): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const frontmatter = frontmatterSymbol(doc);
  if (frontmatter) symbols.push(frontmatter);
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  for (const heading of doc.body.headings) {
    const symbol = headingSymbol(doc, heading);
    while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) (parent.symbol.children ??= []).push(symbol);
    else roots.push(symbol);
    stack.push({ level: heading.level, symbol });
  }
  return symbols.concat(roots);
}

function frontmatterSymbol(doc: AgentDocument): DocumentSymbol | undefined {
  const fm = doc.frontmatter;
  if (!fm) return undefined;
  const endLine = fm.closeLine ?? Math.max(0, doc.source.positionAt(fm.contentEnd).line - 1);
  const range = { start: { line: 0, character: 0 }, end: { line: endLine, character: doc.source.lineText(endLine).length } };
  const name = fm.fields.find((f) => f.key === 'name' && typeof f.value === 'string')?.value as string | undefined;
  const children: DocumentSymbol[] = fm.fields.map((field) => ({
    name: field.key,
    detail: preview(field.value),
    kind: SymbolKind.Property,
    range: { start: field.keyRange.start, end: maxPos(field.keyRange.end, field.valueRange.end) },
    selectionRange: field.keyRange,
  }));
  return { name: 'Frontmatter', detail: name ?? '', kind: SymbolKind.Module, range, selectionRange: doc.source.lineRange(0), children };
}

function headingSymbol(doc: AgentDocument, heading: Heading): DocumentSymbol {
  const { structure } = doc;
  let kind: SymbolKind = SymbolKind.String;
  let detail = '';
  let children: DocumentSymbol[] | undefined;
  const phase = structure.methodology?.phases.find((p) => p.heading === heading);
  if (structure.methodology?.heading === heading) {
    kind = SymbolKind.Module;
    detail = `${structure.methodology.phases.length} phases`;
  } else if (phase) {
    kind = SymbolKind.Method;
    detail = [phase.weight !== undefined ? `${phase.weight}%` : '', phase.tools ? '' : 'no Tools line'].filter(Boolean).join(' · ');
  } else if (structure.checklist?.heading === heading) {
    kind = SymbolKind.Array;
    const n = structure.checklist.items.length;
    detail = `${n} item${n === 1 ? '' : 's'}`;
  } else if (structure.boundaries?.heading === heading) {
    kind = SymbolKind.Interface;
    children = [structure.boundaries.doList, structure.boundaries.dontList]
      .filter((l): l is Label => l !== undefined && !('level' in l))
      .map((label) => ({ name: label.name, kind: SymbolKind.Key, range: doc.source.lineRange(label.line), selectionRange: label.range }));
  } else if (structure.corePhilosophy === heading) {
    kind = SymbolKind.Constant;
  }
  const symbol: DocumentSymbol = { name: heading.text || '#'.repeat(heading.level), detail, kind, range: sectionRange(doc, heading), selectionRange: heading.range };
  if (children && children.length > 0) symbol.children = children;
  return symbol;
}

function sectionRange(doc: AgentDocument, heading: Heading): Range {
  let last = heading.sectionEnd - 1;
  while (last > heading.line && doc.source.lineText(last).trim() === '') last--;
  return { start: { line: heading.line, character: 0 }, end: { line: last, character: doc.source.lineText(last).length } };
}

function preview(value: unknown): string {
  const text = Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : typeof value === 'object' ? '{…}' : String(value);
  return text.length > 60 ? text.slice(0, 59) + '…' : text;
}

function maxPos(a: Range['start'], b: Range['start']): Range['start'] {
  return a.line > b.line || (a.line === b.line && a.character >= b.character) ? a : b;
}
