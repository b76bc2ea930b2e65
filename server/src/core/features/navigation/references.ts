/**
 * Find references: every `Agent(x)` specifier and delegation sentence that names the agent
 * under the cursor, across the indexed files, plus its declarations (`name` values) when the
 * client asks for them. Ordered by file, then position.
 */
import type { Location } from 'vscode-languageserver-types';
import type { NavigationContext } from './context';
import { localNames, occurrencesOf, targetAt } from './occurrences';

export function references(ctx: NavigationContext, includeDeclaration: boolean): Location[] {
  const local = localNames(ctx.doc);
  const target = targetAt(ctx, local);
  if (!target || target.kind !== 'agent') return [];
  return occurrencesOf(ctx, local, target.agentName)
    .filter((o) => includeDeclaration || o.role !== 'declaration')
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character))
    .map((o) => ({ uri: o.uri, range: o.range }));
}
