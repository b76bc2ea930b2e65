/**
 * "Bump version": the next patch, minor or major version of the frontmatter's `version`, as an
 * edit of its value. Offered as a command and as a code action on the field. The value keeps
 * its quotes; a value that is not a semantic version yet (`1.1`, which YAML reads as a number,
 * or `v1.2`) becomes the quoted three-part version it stands for, bumped — the form the
 * `version-format` rule asks for.
 */
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import type { AgentDocument, FrontmatterField } from '../document/model';

export type BumpLevel = 'patch' | 'minor' | 'major';
export const BUMP_LEVELS: readonly BumpLevel[] = ['patch', 'minor', 'major'];

export function isBumpLevel(value: unknown): value is BumpLevel {
  return typeof value === 'string' && (BUMP_LEVELS as readonly string[]).includes(value);
}

/** Kind of the code actions: a rewrite of the value, listed under Refactor in VS Code. */
export const BUMP_VERSION_KIND = 'refactor.rewrite';

export interface VersionBump {
  level: BumpLevel;
  /** The version as written, without quotes. */
  from: string;
  /** The bumped version, without quotes. */
  to: string;
  edit: TextEdit;
}

/** Why there is nothing to bump, in a sentence for the user. */
export interface NoVersionBump {
  reason: string;
}

/** `1`, `1.2`, `v1.2.3`, `1.2.3-beta.1+build`: what a person writes as a version. */
const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/i;
const STRICT_SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: boolean;
}

function parseVersion(text: string): ParsedVersion | undefined {
  const match = VERSION.exec(text);
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch, prerelease: match[4] !== undefined };
}

/**
 * The next version, the way npm's semver counts: a pre-release of the version a bump would
 * reach is released rather than skipped (`2.0.0-rc.1` → major → `2.0.0`).
 */
function nextVersion(version: ParsedVersion, level: BumpLevel): string {
  const { major, minor, patch, prerelease } = version;
  if (level === 'major') return prerelease && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  if (level === 'minor') return prerelease && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
  return prerelease ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
}

/** The first `version` field, where a bump applies. */
export function versionField(doc: AgentDocument): FrontmatterField | undefined {
  return doc.frontmatter?.fields.find((field) => field.key === 'version');
}

/** The version text without its quotes, and the quote to put back; undefined for block or multi-line values. */
function readWritten(field: FrontmatterField): { text: string; quote: '"' | "'" | '' } | undefined {
  if (field.valueRange.start.line !== field.valueRange.end.line) return undefined;
  const source = field.valueSource.trim();
  const quote = source[0];
  if ((quote === '"' || quote === "'") && source.length >= 2 && source.endsWith(quote)) {
    return { text: source.slice(1, -1).trim(), quote };
  }
  if (field.style !== 'plain' && !field.lenient) return undefined;
  return { text: source, quote: '' };
}

export function planVersionBump(doc: AgentDocument, level: BumpLevel): VersionBump | NoVersionBump {
  if (!doc.frontmatter) return { reason: 'This file has no frontmatter, so it has no `version` to bump.' };
  const field = versionField(doc);
  if (!field) return { reason: 'The frontmatter has no `version` field; add one such as `version: "1.0.0"` first.' };
  const written = readWritten(field);
  const parsed = written && parseVersion(written.text);
  if (!written || !parsed) {
    const shown = field.valueSource.trim() || '(empty)';
    return { reason: `The version \`${shown}\` is not a version number that can be bumped; write it like \`"1.0.0"\`.` };
  }
  const to = nextVersion(parsed, level);
  // A plain semantic version stays plain (YAML reads it as text); anything else — a number
  // like 1.1, a `v` prefix — is rewritten quoted, the form the version-format rule asks for.
  const quote = written.quote || (STRICT_SEMVER.test(written.text) ? '' : '"');
  return { level, from: written.text, to, edit: { range: field.valueRange, newText: `${quote}${to}${quote}` } };
}

export function isVersionBump(result: VersionBump | NoVersionBump): result is VersionBump {
  return 'edit' in result;
}

/** Code actions on the `version` field (key or value under the cursor): one per level. */
export function bumpVersionActions(doc: AgentDocument, uri: string, range: Range): CodeAction[] {
  const field = versionField(doc);
  if (!field || !touches(field, range)) return [];
  const actions: CodeAction[] = [];
  for (const level of BUMP_LEVELS) {
    const bump = planVersionBump(doc, level);
    if (!isVersionBump(bump)) return [];
    actions.push({
      title: `Bump version to ${bump.to} (${level})`,
      kind: BUMP_VERSION_KIND,
      edit: { changes: { [uri]: [bump.edit] } },
    });
  }
  return actions;
}

/** Whether the requested range lies on the field's line, from its key to its value's end. */
function touches(field: FrontmatterField, range: Range): boolean {
  const start = field.keyRange.start;
  const end = field.valueRange.end;
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  return !before(range.end, start) && !before(end, range.start);
}
