/**
 * `skills` entries: the skills of the document's workspace (`.claude/skills/<name>/SKILL.md`),
 * as the host lists them — the core reads no files — minus those already listed.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { splitTopLevel } from '../../rules/frontmatter/support/tool-entries';
import type { CompletionContextData } from './context';
import type { ValueSpot } from './frontmatter-spot';
import { order, slotItem } from './item-text';

export function skillItems(ctx: CompletionContextData, spot: ValueSpot): CompletionItem[] {
  const listed = listedNames(spot);
  const skills = ctx.skills().filter((s) => !listed.has(s.name));
  return skills.map((skill, index) =>
    slotItem(spot.slot, {
      label: skill.name,
      kind: CompletionItemKind.Module,
      detail: 'skill',
      documentation: skill.description ? `**${skill.name}** — ${skill.description}` : `The skill \`${skill.name}\` of this workspace.`,
      sortText: order(index),
      value: skill.name,
    }),
  );
}

function listedNames(spot: ValueSpot): Set<string> {
  const names = new Set<string>();
  const field = spot.field;
  if (!field) return names;
  const keep = (name: string) => {
    if (name !== '') names.add(name);
  };
  if (typeof field.value === 'string') {
    // Comma string: the entries other than the one under the cursor.
    const typed = spot.slot.token.trim();
    for (const piece of splitTopLevel(field.value)) if (piece.text !== typed) keep(piece.text);
  } else if (field.items) {
    for (const item of field.items) {
      const r = item.range;
      const slot = spot.slot.range;
      const underCursor = r.start.line === slot.start.line && r.start.character <= slot.end.character && slot.start.character <= r.end.character;
      if (!underCursor && typeof item.value === 'string') keep(item.value);
    }
  }
  return names;
}
