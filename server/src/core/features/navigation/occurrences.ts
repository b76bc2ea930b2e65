/**
 * Where agent names occur: the declaration (`name` value) and the references (`Agent(x)`
 * specifiers, delegation sentences) of every indexed file, and what sits under the cursor.
 * The current document is read from its parse, never from the index (whose entry may be of an
 * older version); other files from their summaries, whose ranges are valid for the text that
 * was indexed (the newest diagnosed text of an open document, the disk text otherwise).
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { AgentDocument } from '../../document/model';
import type { AgentSummary, DelegationForm, NamedRange } from '../../workspace/agent-summary';
import { delegationReferences } from '../../workspace/delegation-references';
import { nameOf } from '../../workspace/summarize-agent';
import { skillRefs, specifierRefs } from '../../workspace/tool-specifiers';
import type { NavigationContext } from './context';

export type OccurrenceRole = 'declaration' | 'specifier' | 'delegation';

export interface Occurrence {
  uri: string;
  /** Covers the name's text only (inside quotes and backticks). */
  range: Range;
  /** The name as the summary holds it (a `title` delegation: lowercase, hyphen-joined). */
  name: string;
  role: OccurrenceRole;
  form?: DelegationForm;
}

/** The parts of the current document that name agents or skills, read fresh from its parse. */
export interface LocalNames {
  declaration: NamedRange | undefined;
  occurrences: Occurrence[];
  skills: NamedRange[];
}

export function localNames(doc: AgentDocument): LocalNames {
  const declaration = nameOf(doc, doc.frontmatter?.fields.find((f) => f.key === 'name'));
  const uri = doc.uri;
  const occurrences: Occurrence[] = [];
  if (declaration) occurrences.push({ uri, range: declaration.range, name: declaration.name, role: 'declaration' });
  for (const ref of specifierRefs(doc)) occurrences.push({ uri, range: ref.range, name: ref.name, role: 'specifier' });
  for (const ref of delegationReferences(doc)) occurrences.push({ uri, range: ref.range, name: ref.name, role: 'delegation', form: ref.form });
  return { declaration, occurrences, skills: skillRefs(doc) };
}

function summaryOccurrences(summary: AgentSummary): Occurrence[] {
  const { uri } = summary;
  const list: Occurrence[] = [];
  if (summary.name) list.push({ uri, range: summary.name.range, name: summary.name.name, role: 'declaration' });
  for (const ref of summary.specifierRefs) list.push({ uri, range: ref.range, name: ref.name, role: 'specifier' });
  for (const ref of summary.delegationRefs) list.push({ uri, range: ref.range, name: ref.name, role: 'delegation', form: ref.form });
  return list;
}

/** Whether an occurrence names the agent `name`: declarations and specifiers exactly, prose ignoring case. */
export function names(occurrence: Occurrence, name: string): boolean {
  return occurrence.role === 'delegation' ? occurrence.name.toLowerCase() === name.toLowerCase() : occurrence.name === name;
}

/** Every occurrence of the agent `name` in the workspace, the current document's from its parse. */
export function occurrencesOf(ctx: NavigationContext, local: LocalNames, name: string): Occurrence[] {
  const found = local.occurrences.filter((o) => names(o, name));
  for (const summary of ctx.index.all()) {
    if (summary.uri === ctx.doc.uri) continue;
    for (const o of summaryOccurrences(summary)) if (names(o, name)) found.push(o);
  }
  return found;
}

/** Declarations of agents named `name` (exactly, else ignoring case), the current document's from its parse. */
export function declarationsOf(ctx: NavigationContext, local: LocalNames, name: string): Occurrence[] {
  const all = (exact: boolean) => {
    const matches = (n: string) => (exact ? n === name : n.toLowerCase() === name.toLowerCase());
    const list: Occurrence[] = [];
    if (local.declaration && matches(local.declaration.name)) list.push({ uri: ctx.doc.uri, range: local.declaration.range, name: local.declaration.name, role: 'declaration' });
    const others = exact ? ctx.index.agentsNamed(name) : ctx.index.agentsNamedIgnoringCase(name);
    for (const s of others) if (s.uri !== ctx.doc.uri && s.name) list.push({ uri: s.uri, range: s.name.range, name: s.name.name, role: 'declaration' });
    return list;
  };
  const exact = all(true);
  return exact.length > 0 ? exact : all(false);
}

export type Target = { kind: 'agent'; occurrence: Occurrence; agentName: string } | { kind: 'skill'; skill: NamedRange };

/** The agent or skill name under the cursor, with the agent's name as declared when one matches. */
export function targetAt(ctx: NavigationContext, local: LocalNames): Target | undefined {
  const occurrence = local.occurrences.find((o) => contains(o.range, ctx.position));
  if (occurrence) {
    // Prose writes "Architect" for `architect`: name the agent as it is declared.
    const declared = occurrence.role === 'declaration' ? undefined : declarationsOf(ctx, local, occurrence.name)[0];
    return { kind: 'agent', occurrence, agentName: declared?.name ?? occurrence.name };
  }
  const skill = local.skills.find((s) => contains(s.range, ctx.position));
  return skill ? { kind: 'skill', skill } : undefined;
}

/** A cursor touching either end of a name is on it (VS Code puts it after the word as often as inside). */
export function contains(range: Range, position: Position): boolean {
  if (position.line < range.start.line || position.line > range.end.line) return false;
  if (position.line === range.start.line && position.character < range.start.character) return false;
  if (position.line === range.end.line && position.character > range.end.character) return false;
  return true;
}
