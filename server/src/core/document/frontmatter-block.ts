import type { SourceText } from './source-text';

/** Where the frontmatter delimiters are, before any YAML is read. */
export interface FrontmatterBlockLocation {
  closeLine: number | undefined;
  contentStart: number;
  contentEnd: number;
}

const DELIMITER = /^---[ \t]*$/;

/**
 * Finds the `---` … `---` block at the very top of the file (after an optional BOM). The
 * opening line must be exactly `---`: `---js` or `--- yaml` open nothing, which is also why
 * no engine ever evaluates frontmatter as code here.
 */
export function locateFrontmatter(source: SourceText): FrontmatterBlockLocation | undefined {
  const first = source.lineText(0).replace(/^\uFEFF/, '');
  if (!DELIMITER.test(first)) return undefined;
  const contentStart = source.lineCount > 1 ? source.lineStart(1) : source.text.length;
  for (let line = 1; line < source.lineCount; line++) {
    const start = source.lineStart(line);
    // Cheap pre-check: only lines starting with '-' can close the block.
    if (source.text.charCodeAt(start) !== 45) continue;
    if (DELIMITER.test(source.lineText(line))) {
      return { closeLine: line, contentStart, contentEnd: start };
    }
  }
  return { closeLine: undefined, contentStart, contentEnd: endOfYamlLookingLines(source) };
}

const YAML_LOOKING = /^(?:[ \t]+\S|[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)|-[ \t]|#)/;

/**
 * For a block that is never closed, the YAML is taken to be the run of lines that look like
 * YAML (keys, indented continuations, list items, comments); the body starts after it. This
 * keeps a missing `---` from turning the whole Markdown body into YAML errors.
 */
function endOfYamlLookingLines(source: SourceText): number {
  for (let line = 1; line < source.lineCount; line++) {
    if (!YAML_LOOKING.test(source.lineText(line))) return source.lineStart(line);
  }
  return source.text.length;
}
