import type { AgentSnippet } from './agent-snippet';

/** One entry of a VS Code snippet file (`snippets/*.json`), the format other editors read too. */
export interface SnippetFileEntry {
  prefix: string;
  body: string[];
  description: string;
}

/**
 * The snippets as a VS Code snippet file, keyed by label, for editors that load snippet files
 * (the extension itself does not contribute it: contributed snippets would show in every
 * Markdown file, while the server offers these in agent files only).
 */
export function toSnippetFile(snippets: readonly AgentSnippet[]): Record<string, SnippetFileEntry> {
  const file: Record<string, SnippetFileEntry> = {};
  for (const snippet of snippets) {
    file[snippet.label] = {
      prefix: snippet.prefix,
      body: snippet.body.split('\n'),
      description: `${snippet.description} (Agentsmith; ${whereText(snippet.where)})`,
    };
  }
  return file;
}

function whereText(where: AgentSnippet['where']): string {
  if (where === 'empty-file') return 'for an empty agent file';
  if (where === 'frontmatter') return 'inside the frontmatter';
  return 'in the body of a three-phase agent';
}

/** The file's exact text: two-space JSON and a final newline. */
export function renderSnippetFile(snippets: readonly AgentSnippet[]): string {
  return JSON.stringify(toSnippetFile(snippets), null, 2) + '\n';
}
