/**
 * Shared vocabulary of the language service. Positions are LSP's: 0-based line, UTF-16
 * character. Nothing in `core/` knows about a connection, a file system or `vscode`.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';

export type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/** Severity words used in settings, rule metadata and docs. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** `claude-code` applies to every agent file; `three-phase` adds the CAMI specialist rules. */
export type ProfileId = 'claude-code' | 'three-phase';
export const PROFILE_IDS: readonly ProfileId[] = ['claude-code', 'three-phase'];

/**
 * A quick fix, computed when the problem is found and kept as data with the findings
 * so that code actions, fix-all and the CLI apply exactly what the rule meant.
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix the editor should pick for "auto fix" (Ctrl+.). */
  isPreferred?: boolean;
  /**
   * Safe fixes are mechanical and never change meaning (quote a value, lengthen a fence);
   * only they run in `source.fixAll` and `--fix`. Inserting a skeleton is not safe.
   */
  safe?: boolean;
}

export interface RelatedInfo {
  uri?: string;
  range: Range;
  message: string;
}

/** What a rule reports; the engine adds the rule id, severity and source. */
export interface Problem {
  range: Range;
  message: string;
  /** Overrides the rule's default severity for this one report (e.g. `required-field`). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInfo[];
  /** LSP diagnostic tags: 1 = unnecessary, 2 = deprecated. */
  tags?: (1 | 2)[];
}

/** A problem after the engine resolved its rule and effective severity. */
export interface Finding extends Problem {
  ruleId: string;
  severity: Severity;
}
