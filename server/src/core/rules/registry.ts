import { bodyRules } from './body/index';
import { frontmatterRules } from './frontmatter/index';
import type { Rule } from './rule';
import { workspaceRules } from './workspace/index';

/**
 * Every rule, explicitly listed (no discovery magic): the frontmatter rules first, then the
 * body rules, then the rules that read other files or the committed baseline. Docs, settings
 * and SARIF metadata are generated from this list.
 */
export const allRules: readonly Rule[] = Object.freeze([...frontmatterRules, ...bodyRules, ...workspaceRules]);

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
