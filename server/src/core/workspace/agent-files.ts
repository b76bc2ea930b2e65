import type { AgentsmithSettings } from '../settings';
import { METHODOLOGY_HEADING } from '../document/section-patterns';
import { matchesGlob, normalizePath } from './glob';

/** Where Claude Code looks for agents: `.claude/agents/**` (recursively). */
export function isInClaudeAgentsFolder(path: string): boolean {
  return /(^|\/)\.claude\/agents\/(.+\/)?[^/]+\.md$/i.test(normalizePath(path));
}

/** A plugin's `agents/` folder (e.g. `plugins/acme/agents/reviewer.md`), not under `.github`. */
export function isInPluginAgentsFolder(path: string): boolean {
  const p = normalizePath(path);
  return /(^|\/)agents\/[^/]+\.md$/i.test(p) && !/(^|\/)\.github\/agents\//i.test(p) && !isInClaudeAgentsFolder(p);
}

/** VS Code / Copilot custom agents: a different format, left alone unless included. */
export function isCopilotAgentFile(path: string): boolean {
  const p = normalizePath(path);
  return /\.agent\.md$/i.test(p) || /(^|\/)\.github\/agents\//i.test(p);
}

const FRONTMATTER_OPEN = /^\uFEFF?---[ \t]*(\r?\n|\r)/;

/**
 * Decides whether Agentsmith checks a file. Order: exclude globs, include globs, Copilot
 * agents (no), Claude agent folders (yes), plugin `agents/` folders with frontmatter (yes),
 * and anywhere else a CAMI source: frontmatter with `name` and `description` and a body with
 * a three-phase methodology heading. The cheap tests run first so ordinary Markdown costs a
 * regex or two.
 */
export function isAgentFilePath(path: string, text: string, settings: AgentsmithSettings): boolean {
  return decideByPath(path, settings) ?? decideByContent(path, text);
}

/**
 * The part of the decision the path and settings settle on their own (most files), or
 * undefined when the content decides. Hosts may cache it per path and settings object.
 */
export function decideByPath(path: string, settings: AgentsmithSettings): boolean | undefined {
  const included = settings.files.include.some((g) => matchesGlob(path, g));
  if (!/\.md$/i.test(path) && !included) return false;
  if (settings.files.exclude.some((g) => matchesGlob(path, g))) return false;
  if (included) return true;
  if (isCopilotAgentFile(path)) return false;
  if (isInClaudeAgentsFolder(path)) return true;
  return undefined;
}

/** Plugin `agents/` folders need frontmatter; elsewhere only a CAMI source counts. */
export function decideByContent(path: string, text: string): boolean {
  const hasFrontmatter = FRONTMATTER_OPEN.test(text);
  if (isInPluginAgentsFolder(path)) return hasFrontmatter;
  return hasFrontmatter && looksLikeCamiSource(text);
}

function looksLikeCamiSource(text: string): boolean {
  const close = /(\r?\n|\r)---[ \t]*(\r?\n|\r|$)/.exec(text.slice(0, 200_000));
  if (!close) return false;
  const frontmatter = text.slice(0, close.index);
  if (!/^name[ \t]*:/m.test(frontmatter) || !/^description[ \t]*:/m.test(frontmatter)) return false;
  const headings = /^ {0,3}#{1,3}[ \t]+(.*)$/gm;
  headings.lastIndex = close.index;
  for (let m = headings.exec(text); m; m = headings.exec(text)) {
    if (METHODOLOGY_HEADING.test(m[1])) return true;
  }
  return false;
}
