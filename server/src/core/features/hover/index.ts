/**
 * Hover for agent files: docs for what is under the cursor (a field, a value, a tool, a
 * skeleton heading or label) and, on a diagnostic, its rule's documentation. Markdown.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { Finding } from '../../types';
import { bodyHover } from './body-hover';
import type { HoverContextData } from './context';
import { diagnosticHover } from './diagnostic-hover';
import { frontmatterHover } from './frontmatter-hover';

export type { HoverContextData } from './context';

export function hover(ctx: HoverContextData, findings: readonly Finding[], ruleDocsUri?: (ruleId: string) => string | undefined): Hover | null {
  if (ctx.position.line < 0 || ctx.position.line >= ctx.doc.source.lineCount) return null;
  const main = frontmatterHover(ctx) ?? bodyHover(ctx);
  const rule = diagnosticHover(findings, ctx.position, ruleDocsUri);
  const parts = [main?.markdown, rule?.markdown].filter((part): part is string => part !== undefined && part !== '');
  const range = main?.range ?? rule?.range;
  if (parts.length === 0 || !range) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range };
}
