import { isKebabCase } from '../../util/kebab-case';
import { baseNameWithoutExtension } from '../../util/path-name';
import { agentScope, pathInScope } from '../../workspace/agent-scope';
import { normalizePath } from '../../workspace/glob';
import { nameOf } from '../../workspace/summarize-agent';
import type { Fix, Range } from '../../types';
import type { Rule } from '../rule';
import { firstField, yamlScalar } from '../frontmatter/support/fields';

/** At most this many other files are named in the message; all of them are in the related information. */
const LISTED = 3;

export const duplicateName: Rule = {
  id: 'duplicate-name',
  description: 'No other agent that Claude Code loads together with this one has the same `name`.',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  fields: ['name'],
  dependsOn: ['workspace'],
  check({ doc, path, workspace, report }) {
    // Claude Code skips a file whose frontmatter does not parse: it clashes with nothing.
    if (!workspace || !doc.frontmatter?.valid) return;
    const field = firstField(doc, 'name');
    if (!field) return;
    const name = nameOf(doc, field);
    if (!name) return;
    const scope = agentScope(path);
    const self = normalizePath(path);
    const others = workspace
      .agentsNamed(name.name)
      .filter((s) => s.uri !== doc.uri && s.name !== undefined && normalizePath(s.path) !== self && agentScope(s.path).key === scope.key)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (others.length === 0) return;
    const shown = others.slice(0, LISTED).map((s) => `\`${pathInScope(scope, s.path)}\``);
    const more = others.length > LISTED ? ` and ${others.length - LISTED} more` : '';
    const where = `${shown.join(', ')}${more}`;
    report({
      range: name.range,
      message: `${others.length === 1 ? 'Another agent' : `${others.length} other agents`} loaded together with this one ${others.length === 1 ? 'is' : 'are'} also named \`${name.name}\` (${where}); Claude Code loads only one of them, and which one is not defined. Give each agent its own name.`,
      related: others.map((s) => ({ uri: s.uri, range: s.name!.range, message: `Also named \`${name.name}\`.` })),
      fixes: renameToFileName(name.name, path, field.valueRange, (candidate) => workspace.agentsNamed(candidate).length === 0),
    });
  },
};

/** `reviewer-v2.md` named `reviewer`: offer the file's name, when it is a valid name nobody has yet. */
function renameToFileName(name: string, path: string, range: Range, isFree: (name: string) => boolean): Fix[] | undefined {
  const fileName = baseNameWithoutExtension(path);
  if (fileName === name || !isKebabCase(fileName) || !isFree(fileName)) return undefined;
  return [{ title: `Rename to \`${fileName}\` (the file's name)`, edits: [{ range, newText: yamlScalar(fileName) }] }];
}
