/**
 * The Agentsmith language service: a protocol-free object of feature methods. The LSP server,
 * the CLI and the tests all drive this one object. State (the parse cache) belongs to the
 * instance, never to the module.
 */
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import type { AgentDocument } from './document/model';
import type { AgentModel } from './features/agent-model';
import type { BumpLevel, NoVersionBump, VersionBump } from './features/bump-version';
import type { AgentsmithSettings } from './settings';
import type { ProfileId } from './types';
import type { WorkspaceIndex } from './workspace/workspace-index';

export interface LanguageServiceHost {
  /** Where a rule that throws, or other internal trouble, is reported. Never user-facing. */
  log(message: string): void;
  /** Link to a rule's doc page (the server points it at the shipped `docs/rules/<id>.md`). */
  ruleDocsUri?(ruleId: string): string | undefined;
  /**
   * Skills an agent in this document can preload (`skills:`): the `.claude/skills/<name>/SKILL.md`
   * folders of its workspace. The core reads no files, so the host lists them (cached on its side).
   */
  listSkills?(documentUri: string): readonly SkillInfo[];
  /**
   * The file's text at the last commit (git HEAD), when the host has it at hand (cached on its
   * side; fetched asynchronously, then `workspace.touch()` makes the service look again).
   * Undefined when unknown, not committed, or not in a repository: version rules stay silent.
   */
  baselineOf?(document: DocumentInput): string | undefined;
}

export interface SkillInfo {
  /** The skill's name: its folder name under `.claude/skills/`. */
  name: string;
  /** The `description` from its SKILL.md frontmatter, when it has one. */
  description?: string;
  /** The SKILL.md file's URI, when the host knows it (go to definition). */
  uri?: string;
}

/** How a completion was asked for (LSP `CompletionContext`), and what the client can take. */
export interface CompletionRequest {
  /** 1 invoked (Ctrl+Space), 2 typed trigger character, 3 re-trigger of an incomplete list. */
  triggerKind?: number;
  triggerCharacter?: string;
  /** Whether the client expands snippets (`${1:…}`); without, items insert their default text. Default true. */
  snippets?: boolean;
  /** A client command that reopens the suggest widget after a key is inserted (VS Code: `editor.action.triggerSuggest`). */
  retriggerCommand?: string;
}

/** One version of one document, as the host sees it. */
export interface DocumentInput {
  uri: string;
  version: number;
  /** File-system path (forward slashes) used for agent-folder and glob checks; the URI path for untitled. */
  path: string;
  getText(): string;
  /** Optional: the host's line index (offset where each line starts), so big files are not re-indexed per keystroke. */
  lineStarts?(): readonly number[];
  /**
   * Optional: the edits that turned version `version` into this one, in order (LSP
   * semantics: each range is in the coordinates left by the previous edit), or undefined when
   * unknown. Lets the service rescan only what changed.
   */
  changesSince?(version: number): readonly TextChange[] | undefined;
}

export interface TextChange {
  range: Range;
  text: string;
}

export interface AgentsmithLanguageService {
  /** Whether Agentsmith should check this file at all (agent folders, CAMI detection, include/exclude globs). */
  isAgentFile(document: DocumentInput, settings: AgentsmithSettings): boolean;
  /** Parses once per (uri, version); later calls for the same version reuse the result. */
  parse(document: DocumentInput): AgentDocument;
  profileOf(document: DocumentInput, settings: AgentsmithSettings): ProfileId;
  /** Diagnostics with `source: 'agentsmith'`, `code` = rule id, and the rule's fixes in `data`. */
  diagnose(document: DocumentInput, settings: AgentsmithSettings): Diagnostic[];
  /** What the preview shows: the agent's card, skeleton and problems, from the same parse and diagnostics (none when the file is not an agent file). */
  agentModel(document: DocumentInput, settings: AgentsmithSettings): AgentModel;
  /** Quick fixes for the given diagnostics (read from their `data`) plus source.fixAll when asked. */
  codeActions(document: DocumentInput, settings: AgentsmithSettings, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[];
  /** Edits of every safe fix, non-overlapping, for `source.fixAll.agentsmith` and `--fix`. */
  fixAll(document: DocumentInput, settings: AgentsmithSettings): TextEdit[];
  documentSymbols(document: DocumentInput): DocumentSymbol[];
  foldingRanges(document: DocumentInput): FoldingRange[];
  /** Semantic tokens of the agent constructs, LSP-encoded with `SEMANTIC_TOKENS_LEGEND` (features/semantic-tokens). */
  semanticTokens(document: DocumentInput, settings: AgentsmithSettings): number[];
  /** The edit that bumps the frontmatter's `version` by one level, or why there is none. */
  bumpVersion(document: DocumentInput, level: BumpLevel): VersionBump | NoVersionBump;
  /**
   * Completion at `position`: frontmatter keys not yet present and the allowed values of the
   * field under the cursor, body headings the skeleton lacks, tool names after a Tools label,
   * and the agent-file snippets. The caller decides whether the file is an agent file.
   */
  complete(document: DocumentInput, settings: AgentsmithSettings, position: Position, request?: CompletionRequest): CompletionList;
  /** Markdown docs for the key, value, tool or skeleton heading at `position`, plus the rule docs of diagnostics there. */
  hover(document: DocumentInput, settings: AgentsmithSettings, position: Position): Hover | null;
  /**
   * The workspace's agent files. Hosts add the files they read from disk with `indexFile`;
   * documents the service checks (open in an editor) overlay their newest text.
   */
  readonly workspace: WorkspaceIndex;
  /**
   * Indexes one file read from disk (parsed, summarised, not kept as a document). Ignored while
   * the document is open here (its newest text wins). Returns whether it is an agent file.
   */
  indexFile(uri: string, path: string, text: string, settings: AgentsmithSettings): boolean;
  /** Where the agent or skill named at `position` is defined: a `name` value, `Agent(x)`, a delegation reference, a `skills:` entry. */
  definition(document: DocumentInput, settings: AgentsmithSettings, position: Position): Location[];
  /** Every place that names the agent at `position`, across the workspace. */
  references(document: DocumentInput, settings: AgentsmithSettings, position: Position, includeDeclaration: boolean): Location[];
  /** The agent name at `position` that can be renamed, or null. */
  prepareRename(document: DocumentInput, settings: AgentsmithSettings, position: Position): { range: Range; placeholder: string } | null;
  /**
   * Renames the agent at `position` everywhere: its `name`, `Agent(x)` specifiers, delegation
   * references. With `renameFile`, a file named after the old name is renamed too (a
   * RenameFile operation, so the edit uses `documentChanges`).
   */
  rename(document: DocumentInput, settings: AgentsmithSettings, position: Position, newName: string, options?: { renameFile?: boolean }): WorkspaceEdit | null;
  /** The workspace's agents matching `query` (name, description, profile), for Ctrl+T. */
  workspaceSymbols(query: string): WorkspaceSymbol[];
  /** Drops cached state for a closed document (its index entry stays until the host re-indexes the file on disk). */
  forget(uri: string): void;
}

/** Code action kind for our fix-all; clients ask for it on save with `source.fixAll`. */
export const FIX_ALL_KIND = 'source.fixAll.agentsmith';
/** `source` of every diagnostic we publish; tests and users filter by it. */
export const DIAGNOSTIC_SOURCE = 'agentsmith';

export { createLanguageService } from './create-service';
