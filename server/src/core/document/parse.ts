import type { TextChange } from '../service';
import { scanBody } from './body-outline';
import { updateBody, type DirtyLines } from './body-outline-update';
import { locateFrontmatter } from './frontmatter-block';
import { readFrontmatterYaml, type FrontmatterReading } from './frontmatter-yaml';
import type { AgentDocument, Frontmatter } from './model';
import { SourceText } from './source-text';
import { findStructure } from './structure';

export interface ParseOptions {
  /** The host's line index for `text`, when it keeps one. */
  lineStarts?: readonly number[];
  /** The previous version's parse and the edits since, for an incremental update. */
  previous?: { doc: AgentDocument; changes: readonly TextChange[] };
}

/**
 * Parses one version of an agent file. Never throws on user content. Given the previous
 * version and the edits since, only what changed is read again: the YAML when the
 * frontmatter text changed, the body lines around the edits otherwise.
 */
export function parseAgentDocument(uri: string, version: number, text: string, options: ParseOptions = {}): AgentDocument {
  const source = new SourceText(text, options.lineStarts);
  const previous = options.previous;
  const frontmatter = parseFrontmatter(source, previous?.doc.frontmatter, previous?.doc.source);
  const startLine = bodyStartLine(source, frontmatter);
  const dirty = previous ? dirtyLines(previous.changes) : undefined;
  const body = previous && dirty ? updateBody(previous.doc.body, source, startLine, dirty) : scanBody(source, startLine);
  const sameOutline = previous !== undefined && body === previous.doc.body;
  const structure = sameOutline ? previous.doc.structure : findStructure(body);
  // Only an edit confined to the frontmatter that moved no line leaves every body line as it was.
  const bodyTextKept = sameOutline && dirty !== undefined && dirty.delta === 0 && dirty.end < startLine;
  const bodyText = bodyTextKept ? previous.doc.bodyText : {};
  return { uri, version, source, frontmatter, body, bodyText, structure };
}

function bodyStartLine(source: SourceText, frontmatter: Frontmatter | undefined): number {
  if (!frontmatter) return 0;
  if (frontmatter.closeLine !== undefined) return frontmatter.closeLine + 1;
  // Never closed: the body starts where the YAML-looking lines stop (or there is none).
  return frontmatter.contentEnd >= source.text.length ? source.lineCount : source.positionAt(frontmatter.contentEnd).line;
}

function parseFrontmatter(source: SourceText, previous: Frontmatter | undefined, previousSource: SourceText | undefined): Frontmatter | undefined {
  const location = locateFrontmatter(source);
  if (!location) return undefined;
  // The frontmatter sits at the top, so the same text means the same positions: reuse it.
  if (
    previous &&
    previousSource &&
    previous.contentStart === location.contentStart &&
    previous.contentEnd === location.contentEnd &&
    previous.closeLine === location.closeLine &&
    previousSource.text.slice(previous.contentStart, previous.contentEnd) === source.text.slice(location.contentStart, location.contentEnd)
  ) {
    return previous;
  }
  const reading: FrontmatterReading = readFrontmatterYaml(source, location.contentStart, location.contentEnd, previous?.yamlChunks);
  return {
    openLine: 0,
    closeLine: location.closeLine,
    contentStart: location.contentStart,
    contentEnd: location.contentEnd,
    valid: reading.errors.length === 0,
    errors: reading.errors,
    fields: reading.fields,
    yamlChunks: reading.chunks,
    disabledRules: disabledRules(source, location.contentStart, location.contentEnd),
  };
}

/**
 * The span of lines the edits touched, in the new version's coordinates, widened by a line
 * on each side (an edit can split or join a `\r\n`), and the net number of lines added.
 */
function dirtyLines(changes: readonly TextChange[]): DirtyLines | undefined {
  if (changes.length === 0) return { start: 0, end: -1, delta: 0 };
  let start = Infinity;
  let end = -Infinity;
  let delta = 0;
  for (const change of changes) {
    const s = change.range.start.line;
    const e = change.range.end.line;
    const newEnd = s + countLineBreaks(change.text);
    const d = newEnd - e;
    if (start === Infinity) {
      start = s;
      end = newEnd;
    } else {
      const mappedEnd = end > e ? end + d : end >= s ? newEnd : end;
      const mappedStart = start > e ? start + d : start;
      start = Math.min(mappedStart, s);
      end = Math.max(mappedEnd, newEnd);
    }
    delta += d;
  }
  return { start: Math.max(0, start - 1), end: end + 1, delta };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
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
