/** What every completion provider gets: the parsed document, its profile and schema, the cursor, the host's hooks. */
import type { AgentDocument } from '../../document/model';
import type { DocsMemo } from '../docs/docs-memo';
import type { AgentChoice } from './agent-name-items';
import type { ProfileSchema } from '../../schema/profile-schema';
import type { SkillInfo } from '../../service';
import type { Position, ProfileId } from '../../types';

export interface CompletionContextData {
  doc: AgentDocument;
  profile: ProfileId;
  schema: ProfileSchema;
  /** File-system path of the document (for the file-name default of `name`). */
  path: string;
  position: Position;
  /** LSP CompletionTriggerKind: 1 invoked (Ctrl+Space), 2 trigger character, 3 incomplete re-trigger. */
  triggerKind: number;
  triggerCharacter: string | undefined;
  /** The client's command that opens the suggest widget again (VS Code: `editor.action.triggerSuggest`). */
  retriggerCommand: string | undefined;
  /** Skills of the document's workspace, from the host (empty when it has none to offer). */
  skills(): readonly SkillInfo[];
  /** The workspace's other agents (from its index), for `Agent(…)`; empty without an index. */
  agents(): readonly AgentChoice[];
  /** Docs built once per service, shared by every list. */
  docs: DocsMemo;
}
