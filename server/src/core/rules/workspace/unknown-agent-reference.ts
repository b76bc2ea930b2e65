import { isBuiltInAgent, BUILT_IN_AGENTS } from '../../schema/data/built-in-agents';
import type { Fix, Range } from '../../types';
import { didYouMean } from '../../util/did-you-mean';
import { delegationReferences } from '../../workspace/delegation-references';
import { specifierRefs } from '../../workspace/tool-specifiers';
import type { RuleWorkspace } from '../../workspace/workspace-index';
import type { Rule } from '../rule';

export const unknownAgentReference: Rule = {
  id: 'unknown-agent-reference',
  description: 'Every agent named in an `Agent(…)` specifier or a delegating sentence exists in the workspace or is built in.',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  dependsOn: ['workspace'],
  // Reads `tools` and the body; both parts are memoised where they are computed, so no `reads`.
  check({ doc, workspace, report }) {
    // With no other agent indexed (one file open, no index), everything would look missing.
    if (!workspace || !workspace.hasAgents) return;
    for (const ref of specifierRefs(doc)) {
      // `plugin:agent` lives in an installed plugin this workspace cannot see.
      if (ref.name.includes(':') || isBuiltInAgent(ref.name) || workspace.agentsNamed(ref.name).length > 0) continue;
      const suggestion = suggest(workspace, ref.name);
      const specifier = `${ref.field === 'disallowedTools' ? '`disallowedTools`' : '`tools`'}`;
      report({
        range: ref.range,
        message:
          `No agent in this workspace is named \`${ref.name}\`, and it is not a built-in agent, so this entry of ${specifier} names nothing Claude Code can start` +
          (suggestion ? `; did you mean \`${suggestion}\`?` : '; fix the name or create the agent.'),
        fixes: fixes(ref.range, suggestion),
      });
    }
    for (const ref of delegationReferences(doc)) {
      // A lone lowercase word ("delegate to backend agent") is too common in prose to call missing.
      if (ref.form === 'word' || ref.name.includes(':')) continue;
      if (isBuiltInAgent(ref.name) || workspace.agentsNamedIgnoringCase(ref.name).length > 0) continue;
      const suggestion = suggest(workspace, ref.name);
      report({
        range: ref.range,
        severity: 'information',
        message:
          `This line delegates to an agent named \`${ref.name}\`, but no agent in this workspace has that name` +
          (suggestion ? `; did you mean \`${suggestion}\`?` : '; create the agent, or name one that exists.'),
        // Capitalised prose ("Architect") is left for the author to reword.
        fixes: ref.form === 'title' ? undefined : fixes(ref.range, suggestion),
      });
    }
  },
};

function suggest(workspace: RuleWorkspace, name: string): string | undefined {
  return didYouMean(name, [...workspace.agentNames(), ...BUILT_IN_AGENTS]);
}

function fixes(range: Range, suggestion: string | undefined): Fix[] | undefined {
  return suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ range, newText: suggestion }], isPreferred: true }] : undefined;
}
