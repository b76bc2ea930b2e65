/** What every navigation request reads: the current document's parse, the cursor, the index. */
import type { Position } from 'vscode-languageserver-types';
import type { AgentDocument } from '../../document/model';
import type { SkillInfo } from '../../service';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

export interface NavigationContext {
  doc: AgentDocument;
  path: string;
  position: Position;
  index: WorkspaceIndex;
  /** Skills of this document's workspace (with their SKILL.md locations when the host knows them). */
  skills(): readonly SkillInfo[];
}
