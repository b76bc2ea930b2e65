/**
 * The client's cheap guess whether a document could be an agent file. It decides only when
 * the language server starts (users who never open an agent file pay nothing); the server
 * makes the real decision per document with the language service's `isAgentFile`. So this
 * guess may say yes too often (a Copilot agent with the same frontmatter), never too rarely
 * for the files the server checks by default:
 *   - any Markdown under `.claude/agents/` or a plugin's `agents/` folder;
 *   - any Markdown whose frontmatter has `name:` and `description:` (CAMI sources live anywhere);
 *   - any Markdown at all once the user configured `agentsmith.files.include`.
 * A project config file (`.agentsmith.json`) starts the server too (it reports the file's
 * problems in it), but is no agent file: `isProjectConfigFile`.
 * Pure (no `vscode` import) so that it is testable and cheap.
 */

/** The languages VS Code gives agent files: `markdown`, and `chatagent` for some agent folders. */
export const AGENT_FILE_LANGUAGES: readonly string[] = ['markdown', 'chatagent'];
/** Real files and unsaved buffers; not diff views, git blobs, notebook cells or output panes. */
export const AGENT_FILE_SCHEMES: readonly string[] = ['file', 'untitled'];

/** The project config file, whatever its folder; the server reads it and reports its problems. */
export const PROJECT_CONFIG_FILE_NAME = '.agentsmith.json';

/** How much of a document the frontmatter check looks at. */
export const HEAD_LINES = 200;

export interface CandidateDocument {
  languageId: string;
  scheme: string;
  /** Path with forward slashes (the URI path). */
  path: string;
  /** The first `HEAD_LINES` lines of the text, read only when the path alone does not decide. */
  readHead(): string;
}

/** `…/agents/…/x.md`: covers `.claude/agents/` (searched recursively) and plugin `agents/` folders. */
const AGENT_FOLDER = /(^|\/)agents\/(.+\/)?[^/]+\.md$/i;
const FRONTMATTER_OPEN = /^\uFEFF?---[ \t]*\r?$/;
const FRONTMATTER_CLOSE = /^(---|\.\.\.)[ \t]*\r?$/;

export function isInAgentFolder(path: string): boolean {
  return AGENT_FOLDER.test(path);
}

/** Whether the text opens with a frontmatter block that has top-level `name` and `description` keys. */
export function frontmatterNamesAnAgent(head: string): boolean {
  const lines = head.split('\n', HEAD_LINES);
  if (lines.length === 0 || !FRONTMATTER_OPEN.test(lines[0] ?? '')) return false;
  let hasName = false;
  let hasDescription = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FRONTMATTER_CLOSE.test(line)) break;
    if (/^name[ \t]*:/.test(line)) hasName = true;
    else if (/^description[ \t]*:/.test(line)) hasDescription = true;
    if (hasName && hasDescription) return true;
  }
  return false;
}

/** `.agentsmith.json` on disk (the server reads configs from files only). */
export function isProjectConfigFile(document: Pick<CandidateDocument, 'scheme' | 'path'>): boolean {
  return document.scheme === 'file' && document.path.endsWith(`/${PROJECT_CONFIG_FILE_NAME}`);
}

/** `hasIncludePatterns` is asked only for Markdown documents the path does not decide. */
export function couldBeAgentFile(document: CandidateDocument, options: { hasIncludePatterns(): boolean }): boolean {
  if (!AGENT_FILE_LANGUAGES.includes(document.languageId) || !AGENT_FILE_SCHEMES.includes(document.scheme)) return false;
  if (isInAgentFolder(document.path) || options.hasIncludePatterns()) return true;
  return frontmatterNamesAnAgent(document.readHead());
}
