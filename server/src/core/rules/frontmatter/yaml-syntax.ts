import type { AgentDocument, FrontmatterField, YamlSyntaxError } from '../../document/model';
import type { Fix } from '../../types';
import type { Rule } from '../rule';
import { plainValueExtent, rewritePlainValue, startsField } from './support/plain-value-rewrite';

/** What to do, by the yaml library's error code, when no rewrite of a value applies. */
const ADVICE: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'quote the value that contains `: `',
  MULTILINE_IMPLICIT_KEY: 'quote the value or indent its continuation lines',
  TAB_AS_INDENT: 'indent with spaces instead of tabs',
  BAD_INDENT: 'fix the indentation of this line',
  BAD_SCALAR_START: 'quote the value, which may not start with this character unquoted',
  BAD_ALIAS: 'quote the value, since an unquoted `*` starts a YAML alias',
  MISSING_CHAR: 'add the missing quote or bracket',
  BAD_DQ_ESCAPE: 'use single quotes or escape the backslash as `\\\\`',
  NOT_A_MAPPING: 'write the frontmatter as `key: value` lines',
  MULTIPLE_DOCS: 'remove the extra `---` or `...` line',
};

/** Fields whose values are prose: only they may legitimately run over several lines. */
const FREE_TEXT_FIELDS = new Set(['description', 'initialPrompt']);

const MAX_VALUE_LINES = 80;

/** Characters that may not start a plain value; quoting the value fixes it. */
const RESERVED_START = /^[@`*&!%]/;

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'The frontmatter is valid YAML, so that Claude Code can load the agent.',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  reads: 'frontmatter',
  check({ doc, report }) {
    const fm = doc.frontmatter;
    if (!fm || fm.errors.length === 0) return;
    // Errors in one broken value share its fixes; computed once per owning field.
    const fixesByOwner = new Map<number, Fix[] | undefined>();
    for (const error of fm.errors) {
      const owner = ownerField(doc, error);
      const ownerLine = owner?.keyRange.start.line;
      if (owner && ownerLine !== undefined && !fixesByOwner.has(ownerLine)) fixesByOwner.set(ownerLine, valueFixes(doc, owner));
      const fixes = ownerLine !== undefined ? fixesByOwner.get(ownerLine) : undefined;
      const because = cause(doc, error, owner);
      const advice =
        owner && (fixes || ownerNeedsQuotes(doc, owner))
          ? `quote ${because.includes(`\`${owner.key}\``) ? 'the whole value' : `the \`${owner.key}\` value`} or write it as a \`>-\` block scalar`
          : ADVICE[error.code] ?? 'fix the YAML at this point';
      report({
        range: error.range,
        message: `${because}, so the frontmatter YAML does not parse and Claude Code will skip this agent; ${advice}.`,
        fixes,
      });
    }
  },
};

/** The cause in plain words where we can name it; the yaml library's own words otherwise. */
function cause(doc: AgentDocument, error: YamlSyntaxError, owner: FrontmatterField | undefined): string {
  const token = doc.source.text.slice(doc.source.offsetAt(error.range.start), doc.source.offsetAt(error.range.end)).trim();
  if (owner && error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:$/.test(token) && token.length <= 60) {
    return `The \`: \` after \`${token.slice(0, -1)}\` starts a new key inside the \`${owner.key}\` value`;
  }
  if (owner && error.code === 'MULTILINE_IMPLICIT_KEY' && error.range.start.line > owner.keyRange.start.line) {
    return `The \`${owner.key}\` value goes on over an unindented line`;
  }
  if (error.code === 'TAB_AS_INDENT') return 'A tab indents this line';
  if (error.code === 'BAD_ALIAS' && token.startsWith('*')) return 'An unquoted `*` starts a YAML alias';
  const text = error.message.trim().replace(/\.$/, '');
  return text.length > 0 ? `YAML reports "${text.charAt(0).toLowerCase() + text.slice(1)}"` : `YAML reports ${error.code}`;
}

/**
 * The field whose value the error is in. Errors inside a long description are often
 * attributed to a dialogue line like `user: …`; walk back to the line that starts a real field.
 */
function ownerField(doc: AgentDocument, error: YamlSyntaxError): FrontmatterField | undefined {
  const fm = doc.frontmatter;
  if (!fm || error.fieldLine === undefined) return undefined;
  const byLine = new Map(fm.fields.map((f) => [f.keyRange.start.line, f]));
  for (let line = error.fieldLine; line >= fm.openLine; line--) {
    const field = byLine.get(line);
    if (field && startsField(field.key)) return field;
    // A dialogue-looking line can still be the owner when nothing above it is a field.
  }
  return byLine.get(error.fieldLine);
}

function lastContentLine(doc: AgentDocument): number {
  const fm = doc.frontmatter;
  if (!fm || fm.contentEnd <= fm.contentStart) return fm?.openLine ?? 0;
  return doc.source.positionAt(fm.contentEnd - 1).line;
}

function ownerNeedsQuotes(doc: AgentDocument, field: FrontmatterField): boolean {
  if (field.style !== 'plain') return false;
  const extent = plainValueExtent(doc, field.keyRange.start.line, doc.source.offsetAt(field.valueRange.start), lastContentLine(doc));
  const first = extent.lines[0].trim();
  if (/^["'[{]/.test(first)) return false;
  // Lines after a `model:` or `name:` are not part of it: folding them in would hide the real damage.
  if (extent.lastLine > extent.keyLine && !FREE_TEXT_FIELDS.has(field.key)) return false;
  // A "value" this long is more likely a body swallowed by a lost closing `---` than a description.
  if (extent.lastLine - extent.keyLine > MAX_VALUE_LINES) return false;
  return extent.lastLine > extent.keyLine || /:(\s|$)/.test(extent.lines.join('\n')) || RESERVED_START.test(first);
}

function valueFixes(doc: AgentDocument, field: FrontmatterField): Fix[] | undefined {
  if (!ownerNeedsQuotes(doc, field)) return undefined;
  const extent = plainValueExtent(doc, field.keyRange.start.line, doc.source.offsetAt(field.valueRange.start), lastContentLine(doc));
  const rewrites = rewritePlainValue(doc, extent);
  // Both rewrites parse to the same text, so both are safe; a value spread over several lines
  // keeps its layout best as a block scalar, a one-line value reads best quoted.
  const multiLine = extent.lastLine > extent.keyLine;
  const quote: Fix | undefined = rewrites.quote && { title: `Quote the \`${field.key}\` value`, edits: [rewrites.quote], isPreferred: !multiLine, safe: true };
  const block: Fix | undefined = rewrites.block && { title: `Make \`${field.key}\` a block scalar (\`>-\`)`, edits: [rewrites.block], isPreferred: multiLine, safe: true };
  const fixes = (multiLine ? [block, quote] : [quote, block]).filter((f): f is Fix => f !== undefined);
  return fixes.length > 0 ? fixes : undefined;
}
