import type { AgentDocument } from '../document/model';
import type { ProfileSchema } from '../schema/profile-schema';
import type { AgentsmithSettings } from '../settings';
import type { Problem, ProfileId, Severity } from '../types';
import type { RuleWorkspace } from '../workspace/workspace-index';

/**
 * One rule = one file = one plain object. The file name, `id`, the diagnostic code and the
 * settings key (`agentsmith.rules.<id>`) are the same kebab-case string; ids are a contract.
 */
export interface Rule {
  id: string;
  /** One sentence: what the rule wants. Used in docs, hover and SARIF metadata. */
  description: string;
  defaultSeverity: Severity;
  /** Profiles the rule runs in. `claude-code` rules also run in `three-phase`. */
  profiles: readonly ProfileId[];
  /**
   * The one part of the document the rule looks at, when it looks at only one. The engine
   * then reuses the rule's last problems while that part is unchanged, which keeps a
   * keystroke's work proportional to what it changed. `body`: the body's text (any body edit
   * re-runs the rule); `structure`: only the outline and `doc.structure` — headings, fences,
   * list items, labels, the identity paragraph — never other body lines, not even to place a
   * fix (typing prose then re-runs nothing). Leave unset when in doubt.
   */
  reads?: 'frontmatter' | 'body' | 'structure';
  /**
   * With `reads: 'frontmatter'`: the only keys the rule looks at. Its findings are then
   * reused while those fields are unchanged, even when others change (a keystroke in
   * `description` does not re-check `tools`). List every key the rule reads, or leave unset.
   */
  fields?: readonly string[];
  /**
   * What the rule reads besides the document: `workspace` (other agent files, skills) or
   * `baseline` (the file's text at the last commit). The engine then also recomputes its
   * findings when the workspace's generation or the baseline changes.
   */
  dependsOn?: readonly ('workspace' | 'baseline')[];
  check(context: RuleContext): void;
}

export interface RuleContext {
  doc: AgentDocument;
  profile: ProfileId;
  /** The schema of the active profile, already extended with the user's extra tools/models. */
  schema: ProfileSchema;
  settings: AgentsmithSettings;
  /** Workspace-relative or absolute path of the file (forward slashes), for file-name rules. */
  path: string;
  /** Whether the file lives under `.claude/agents/` or a plugin `agents/` folder. */
  inAgentsFolder: boolean;
  /** The other agent files and skills, when the host indexes a workspace; undefined otherwise (stay silent). */
  workspace?: RuleWorkspace;
  /** The file at the last commit (git HEAD), when the host knows it; undefined otherwise (stay silent). */
  baseline?: Baseline;
  report(problem: Problem): void;
}

/**
 * The file's committed text. The service keeps one object per document while the committed
 * text stays the same, so what a rule derives from it is computed once, not per keystroke.
 */
export interface Baseline {
  /** The text at HEAD, as the host read it (a leading byte order mark removed). */
  readonly text: string;
  /** The committed text parsed, on first use, then kept. */
  readonly doc: AgentDocument;
  /** Room for facts a rule derives from this baseline (keyed by rule id), kept as long as the object. */
  readonly memo: Map<string, unknown>;
}
