/** What the hover providers get. */
import type { AgentDocument } from '../../document/model';
import type { AgentChoice } from '../completion/agent-name-items';
import type { DocsMemo } from '../docs/docs-memo';
import type { ProfileSchema } from '../../schema/profile-schema';
import type { SkillInfo } from '../../service';
import type { Position, ProfileId, Range } from '../../types';

export interface HoverContextData {
  doc: AgentDocument;
  profile: ProfileId;
  schema: ProfileSchema;
  position: Position;
  skills(): readonly SkillInfo[];
  /** The workspace's other agents (from its index), for names inside `Agent(…)`. */
  agents(): readonly AgentChoice[];
  docs: DocsMemo;
}

/** One part of a hover: Markdown and the range it explains. */
export interface HoverPart {
  markdown: string;
  range: Range;
}

/** Whether `range` (half-open; an empty range holds its own start) contains `position`. */
export function rangeContains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character < range.end.character);
  const empty = range.start.line === range.end.line && range.start.character === range.end.character;
  return empty ? position.line === range.start.line && position.character === range.start.character : afterStart && beforeEnd;
}
