import { scanBody } from './body-outline';
import { locateFrontmatter } from './frontmatter-block';
import { readFrontmatterYaml } from './frontmatter-yaml';
import type { AgentDocument, Frontmatter } from './model';
import { SourceText } from './source-text';
import { findStructure } from './structure';

/** Parses one version of an agent file. Never throws on user content. */
export function parseAgentDocument(uri: string, version: number, text: string): AgentDocument {
  const source = new SourceText(text);
  const frontmatter = parseFrontmatter(source);
  const body = scanBody(source, bodyStartLine(source, frontmatter));
  return { uri, version, source, frontmatter, body, structure: findStructure(body) };
}

function bodyStartLine(source: SourceText, frontmatter: Frontmatter | undefined): number {
  if (!frontmatter) return 0;
  if (frontmatter.closeLine !== undefined) return frontmatter.closeLine + 1;
  // Never closed: the body starts where the YAML-looking lines stop (or there is none).
  return frontmatter.contentEnd >= source.text.length ? source.lineCount : source.positionAt(frontmatter.contentEnd).line;
}

function parseFrontmatter(source: SourceText): Frontmatter | undefined {
  const location = locateFrontmatter(source);
  if (!location) return undefined;
  const reading = readFrontmatterYaml(source, location.contentStart, location.contentEnd);
  return {
    openLine: 0,
    closeLine: location.closeLine,
    contentStart: location.contentStart,
    contentEnd: location.contentEnd,
    valid: reading.errors.length === 0,
    errors: reading.errors,
    fields: reading.fields,
    yaml: reading.yaml,
    disabledRules: disabledRules(source, location.contentStart, location.contentEnd),
  };
}

const DISABLE_COMMENT = /^[ \t]*#[ \t]*agentsmith-disable\b(.*)$/;

/** `# agentsmith-disable rule-a, rule-b` (or bare, for all rules) anywhere in the frontmatter. */
function disabledRules(source: SourceText, start: number, end: number): ReadonlySet<string> {
  const ids = new Set<string>();
  if (!source.text.slice(start, end).includes('agentsmith-disable')) return ids;
  const first = source.positionAt(start).line;
  const last = source.positionAt(end).line;
  for (let line = first; line <= last && line < source.lineCount; line++) {
    const match = DISABLE_COMMENT.exec(source.lineText(line));
    if (!match) continue;
    const listed = match[1].split(/[\s,]+/).filter((id) => id !== '');
    if (listed.length === 0) ids.add('*');
    for (const id of listed) ids.add(id);
  }
  return ids;
}
