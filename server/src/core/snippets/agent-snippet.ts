/**
 * A snippet for agent files, in VS Code / LSP snippet syntax (`${1:placeholder}`,
 * `${2|a,b|}`, `$0`). Served by the language server as completion items, so snippets
 * appear in agent files only, never in ordinary Markdown.
 */
export interface AgentSnippet {
  /** Unique id, kebab-case, e.g. `phase`. */
  id: string;
  /** What the user types to find it, e.g. `phase`. */
  prefix: string;
  /** Label shown in the suggest widget. */
  label: string;
  /** Markdown documentation shown beside it. */
  description: string;
  /** Where it makes sense: a whole new file, inside the frontmatter, or in the body. */
  where: 'empty-file' | 'frontmatter' | 'body';
  /** Profiles it belongs to. */
  profiles: readonly ('claude-code' | 'three-phase')[];
  /** Snippet text; lines joined with `\n` (the server converts to the document's EOL). */
  body: string;
}
