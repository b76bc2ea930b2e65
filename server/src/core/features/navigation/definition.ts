/**
 * Go to definition: from a reference (`Agent(x)`, a delegation sentence) to the `name` of the
 * agent it names; from a `name` to every agent with that name (itself included, so duplicates
 * show side by side); from a `skills` entry to its SKILL.md, when the host knows where it is.
 */
import type { Location } from 'vscode-languageserver-types';
import type { NavigationContext } from './context';
import { declarationsOf, localNames, targetAt } from './occurrences';

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function definition(ctx: NavigationContext): Location[] {
  const local = localNames(ctx.doc);
  const target = targetAt(ctx, local);
  if (!target) return [];
  if (target.kind === 'skill') {
    const skill = ctx.skills().find((s) => s.name === target.skill.name);
    return skill?.uri ? [{ uri: skill.uri, range: FILE_START }] : [];
  }
  return declarationsOf(ctx, local, target.agentName).map((d) => ({ uri: d.uri, range: d.range }));
}
