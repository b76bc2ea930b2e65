import { didYouMean } from '../../util/did-you-mean';
import type { Fix } from '../../types';
import { skillRefs } from '../../workspace/tool-specifiers';
import type { Rule } from '../rule';

export const unknownSkill: Rule = {
  id: 'unknown-skill',
  description: 'Every `skills` entry names a skill of the workspace (`.claude/skills/<name>/SKILL.md`).',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  fields: ['skills'],
  dependsOn: ['workspace'],
  check({ doc, workspace, report }) {
    const refs = skillRefs(doc);
    if (refs.length === 0) return;
    // Undefined: the host cannot list skills (no workspace, a bare CLI run): say nothing.
    const skills = workspace?.skills();
    if (!skills) return;
    const known = new Set(skills.map((s) => s.name));
    for (const ref of refs) {
      // `plugin:skill` comes from an installed plugin this workspace cannot see.
      if (known.has(ref.name) || ref.name.includes(':')) continue;
      const suggestion = didYouMean(ref.name, known);
      const fixes: Fix[] | undefined = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ range: ref.range, newText: suggestion }], isPreferred: true }] : undefined;
      report({
        range: ref.range,
        message: suggestion
          ? `No skill \`${ref.name}\` in this workspace (no \`.claude/skills/${ref.name}/SKILL.md\`), so Claude Code cannot preload it; did you mean \`${suggestion}\`?`
          : `No skill \`${ref.name}\` in this workspace (no \`.claude/skills/${ref.name}/SKILL.md\`), so Claude Code cannot preload it; create the skill or fix the name (skills in \`~/.claude/skills\` are not seen here).`,
        fixes,
      });
    }
  },
};
