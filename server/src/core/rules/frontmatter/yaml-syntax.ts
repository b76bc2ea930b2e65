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

/** Characters that may not start a plain value; quoting the value fixes it. */
const RESERVED_START = /^[@`*&!%]/;

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'The frontmatter is valid YAML, so that Claude Code can load the agent.',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  check({ doc, report }) {
    const fm = doc.frontmatter;
    if (!fm || fm.errors.length === 0) return;
    const fixedOwners = new Set<number>();
    for (const error of fm.errors) {
      const owner = ownerField(doc, error);
      const rewrite = owner && !fixedOwners.has(owner.keyRange.start.line) ? valueFixes(doc, owner) : undefined;
      if (owner && rewrite) fixedOwners.add(owner.keyRange.start.line);
      const advice = rewrite
        ? `quote the \`${owner?.key}\` value or write it as a \`>-\` block scalar`
        : owner && ownerNeedsQuotes(doc, owner)
          ? `quote the \`${owner.key}\` value or write it as a \`>-\` block scalar`
          : ADVICE[error.code] ?? 'fix the YAML at this point';
      report({
        range: error.range,
        message: `The frontmatter YAML does not parse (${describe(error)}), so Claude Code will skip this agent; ${advice}.`,
        fixes: rewrite,
      });
    }
  },
};

function describe(error: YamlSyntaxError): string {
  const text = error.message.trim().replace(/\.$/, '');
  return text.length > 0 ? text.charAt(0).toLowerCase() + text.slice(1) : error.code;
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
  return extent.lastLine > extent.keyLine || /:(\s|$)/.test(extent.lines.join('\n')) || RESERVED_START.test(first);
}

function valueFixes(doc: AgentDocument, field: FrontmatterField): Fix[] | undefined {
  if (!ownerNeedsQuotes(doc, field)) return undefined;
  const extent = plainValueExtent(doc, field.keyRange.start.line, doc.source.offsetAt(field.valueRange.start), lastContentLine(doc));
  const rewrites = rewritePlainValue(doc, extent);
  const fixes: Fix[] = [];
  if (rewrites.quote) {
    fixes.push({ title: `Quote the \`${field.key}\` value`, edits: [rewrites.quote], isPreferred: true, safe: true });
  }
  if (rewrites.block) {
    fixes.push({ title: `Make \`${field.key}\` a block scalar (\`>-\`)`, edits: [rewrites.block] });
  }
  return fixes.length > 0 ? fixes : undefined;
}
