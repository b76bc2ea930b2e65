/**
 * Navigation between agents: definition, references, rename, workspace symbols. Reads the
 * current document's parse and the workspace index; protocol types only.
 * TODO(index): implement.
 */
import type { Location, Position, Range, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-types';
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

export function definition(_context: NavigationContext): Location[] {
  return [];
}

export function references(_context: NavigationContext, _includeDeclaration: boolean): Location[] {
  return [];
}

export function prepareRename(_context: NavigationContext): { range: Range; placeholder: string } | null {
  return null;
}

export function rename(_context: NavigationContext, _newName: string, _options: { renameFile?: boolean }): WorkspaceEdit | null {
  return null;
}

export function workspaceSymbols(_index: WorkspaceIndex, _query: string): WorkspaceSymbol[] {
  return [];
}
