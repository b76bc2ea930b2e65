import type { AgentDocument } from '../../document/model';
import type { Fix, Severity } from '../../types';
import { toKebabCase } from '../../util/kebab-case';
import { baseNameWithoutExtension } from '../../util/path-name';
import type { Rule, RuleContext } from '../rule';

/** Any line a YAML frontmatter could hold: a key, an indented continuation, a list item. */
const YAML_CONTENT_LINE = /^(?:[ \t]+\S|[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)|-[ \t])/;

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'An agent file starts with a `---` line, its YAML fields, and a closing `---` line.',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  check(context) {
    const { doc } = context;
    // Outside the agents folders the file may be an agent by our own detection only: a
    // warning, since Claude Code does not load it from there anyway.
    const severity: Severity = context.inAgentsFolder ? 'error' : 'warning';
    const fm = doc.frontmatter;
    if (!fm) {
      reportMissing(context, severity);
      return;
    }
    if (fm.closeLine !== undefined) return;
    const last = lastYamlContentLine(doc);
    context.report({
      range: doc.source.lineRange(fm.openLine),
      severity,
      message: 'The frontmatter opened by `---` is never closed, so Claude Code cannot read this agent; add a `---` line after the last field.',
      fixes: [
        {
          title: `Insert the closing \`---\` after line ${last + 1}`,
          edits: [insertAfter(doc, last, '---')],
          isPreferred: true,
        },
      ],
    });
  },
};

function reportMissing(context: RuleContext, severity: Severity): void {
  const { doc } = context;
  const leading = leadingBlankLines(doc);
  if (leading > 0 && doc.source.lineText(leading).trim() === '---') {
    // The block exists but blank lines push it off the first line, where it must be.
    const end = doc.source.positionAt(doc.source.lineStart(leading));
    context.report({
      range: doc.source.lineRange(leading),
      severity,
      message: 'The frontmatter must start on the first line, so Claude Code ignores this `---` block; remove the blank lines above it.',
      fixes: [{ title: 'Remove the blank lines before the frontmatter', edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: '' }], isPreferred: true, safe: true }],
    });
    return;
  }
  context.report({
    range: doc.source.lineRange(0),
    severity,
    message: 'This agent file has no frontmatter, so Claude Code cannot load it; start the file with `---`, `name:`, `description:` and a closing `---`.',
    fixes: [skeletonFix(context)],
  });
}

function skeletonFix(context: RuleContext): Fix {
  const { doc } = context;
  const eol = doc.source.eol;
  const name = toKebabCase(baseNameWithoutExtension(context.path)) || 'my-agent';
  const lines = ['---', `name: ${name}`];
  if (context.profile === 'three-phase') lines.push('version: "1.0.0"');
  lines.push('description: Use this agent when …', '---');
  // Keep a BOM in front of everything.
  const at = doc.source.hasBom ? 1 : 0;
  const position = doc.source.positionAt(at);
  const separator = doc.source.text.length > at ? eol : '';
  return {
    title: 'Insert a frontmatter skeleton (`name`, `description`)',
    edits: [{ range: { start: position, end: position }, newText: lines.join(eol) + eol + separator }],
    isPreferred: true,
  };
}

function leadingBlankLines(doc: AgentDocument): number {
  let line = 0;
  while (line < doc.source.lineCount - 1 && doc.source.lineText(line).replace(/^\uFEFF/, '').trim() === '') line++;
  return line;
}

/** The last line of the unclosed block that looks like YAML content (comments excluded: a `# Title` is more likely Markdown). */
function lastYamlContentLine(doc: AgentDocument): number {
  const fm = doc.frontmatter;
  if (!fm) return 0;
  const end = fm.contentEnd > fm.contentStart ? doc.source.positionAt(fm.contentEnd - 1).line : fm.openLine;
  let last = fm.openLine;
  for (let line = fm.openLine + 1; line <= end && line < doc.source.lineCount; line++) {
    if (YAML_CONTENT_LINE.test(doc.source.lineText(line))) last = line;
  }
  return last;
}

function insertAfter(doc: AgentDocument, line: number, text: string) {
  const at = doc.source.positionAt(doc.source.lineEnd(line));
  return { range: { start: at, end: at }, newText: doc.source.eol + text };
}
