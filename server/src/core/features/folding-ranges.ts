import type { FoldingRange } from 'vscode-languageserver-types';
import type { AgentDocument } from '../document/model';

/** Folds the frontmatter, every heading's section and every closed code fence. */
export function foldingRanges(doc: AgentDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = doc.frontmatter;
  if (fm?.closeLine !== undefined && fm.closeLine > 0) ranges.push({ startLine: 0, endLine: fm.closeLine });
  for (const heading of doc.body.headings) {
    let last = heading.sectionEnd - 1;
    while (last > heading.line && doc.source.lineText(last).trim() === '') last--;
    if (last > heading.line) ranges.push({ startLine: heading.line, endLine: last });
  }
  for (const fence of doc.body.fences) {
    if (fence.closeLine !== undefined && fence.closeLine > fence.openLine) ranges.push({ startLine: fence.openLine, endLine: fence.closeLine });
  }
  return ranges;
}
