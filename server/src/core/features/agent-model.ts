/**
 * The agent as the preview shows it: the frontmatter fields a person looks for, the
 * three-phase skeleton, and the problems — built from the cached parse of one document version
 * and the same diagnostics the editor gets for it. Plain data (JSON over the wire), every text
 * exactly as written: escaping is the renderer's job, never this one's.
 */
import type { AgentDocument, FrontmatterField, Heading, Label, ListItem } from '../document/model';
import { toolEntries } from '../rules/frontmatter/support/tool-entries';
import type { Finding, ProfileId, Severity } from '../types';

/** A piece of source text and the 0-based line it starts on, so the preview can reveal it. */
export interface LineText {
  text: string;
  line: number;
}

export interface AgentModelField {
  key: string;
  /** The value as a person reads it: strings as they are, lists joined, mappings summarised. */
  text: string;
  line: number;
}

export interface AgentModelCard {
  name?: LineText;
  description?: LineText;
  model?: LineText;
  color?: LineText;
  agentClass?: LineText;
  specialty?: LineText;
  version?: LineText;
  tags: LineText[];
  useCases: LineText[];
  /** Undefined when there is no `tools` field: the agent inherits every tool. */
  tools: LineText[] | undefined;
  disallowedTools: LineText[];
  /** The principle named by `## Core Philosophy: <principle>`. */
  corePhilosophy?: LineText;
  /** Every other frontmatter field, in source order. */
  otherFields: AgentModelField[];
}

export interface AgentModelPhase {
  /** The number in `Phase N`; undefined when the heading has none. */
  number: number | undefined;
  title: string;
  weight: number | undefined;
  line: number;
  /** The phase's `**Tools**:` text; undefined when the phase has no Tools line. */
  tools: LineText | undefined;
}

export interface AgentModelList {
  label: LineText;
  items: LineText[];
}

export interface AgentModelChecklistItem extends LineText {
  /** `' '` or `'x'` for `- [ ]` / `- [x]`; undefined for a plain bullet. */
  checkbox: string | undefined;
}

export interface AgentModelProblem {
  severity: Severity;
  code: string;
  message: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface AgentModel {
  uri: string;
  version: number;
  profile: ProfileId;
  /** Whether Agentsmith checks this file as an agent file (problems are empty when not). */
  checked: boolean;
  frontmatter: 'missing' | 'unclosed' | 'invalid' | 'valid';
  card: AgentModelCard;
  methodology: { heading: LineText; phases: AgentModelPhase[] } | undefined;
  boundaries: { heading: LineText; do: AgentModelList | undefined; dont: AgentModelList | undefined } | undefined;
  checklist: { heading: LineText; items: AgentModelChecklistItem[] } | undefined;
  problems: {
    counts: Record<Severity, number>;
    /** The first `MAX_PROBLEM_ITEMS` problems in document order; `counts` covers all of them. */
    items: AgentModelProblem[];
  };
  body: {
    /** First line of the Markdown body (after the frontmatter); the preview renders from here. */
    startLine: number;
    lineCount: number;
    /**
     * Lines of headings written at column 0 outside code: each starts a new top-level block in
     * any CommonMark reading, so the preview may render the body in pieces split there.
     */
    blockStarts: number[];
  };
}

export const MAX_PROBLEM_ITEMS = 200;
const MAX_FIELD_TEXT = 300;
/** Descriptions of CAMI agents carry examples; show them whole up to a generous limit. */
const MAX_DESCRIPTION_TEXT = 4000;
const MAX_LIST_ITEMS = 200;
const CARD_KEYS = new Set(['name', 'description', 'model', 'color', 'class', 'specialty', 'version', 'tags', 'use_cases', 'tools', 'disallowedTools']);

export function buildAgentModel(doc: AgentDocument, profile: ProfileId, checked: boolean, findings: readonly Finding[]): AgentModel {
  const structure = doc.structure;
  return {
    uri: doc.uri,
    version: doc.version,
    profile,
    checked,
    frontmatter: !doc.frontmatter ? 'missing' : doc.frontmatter.closeLine === undefined ? 'unclosed' : doc.frontmatter.valid ? 'valid' : 'invalid',
    card: card(doc),
    methodology: structure.methodology && {
      heading: headingText(structure.methodology.heading),
      phases: structure.methodology.phases.map((phase) => ({
        number: phase.number,
        title: phase.title,
        weight: phase.weight,
        line: phase.heading.line,
        tools: phase.tools && toolsText(doc, phase.tools, phase.heading),
      })),
    },
    boundaries: structure.boundaries && boundaries(doc, structure.boundaries.heading, structure.boundaries.doList, structure.boundaries.dontList),
    checklist: structure.checklist && {
      heading: headingText(structure.checklist.heading),
      items: topLevel(structure.checklist.items).map((item) => ({ text: itemText(doc, item), line: item.line, checkbox: item.checkbox })),
    },
    problems: problems(findings),
    body: {
      startLine: doc.body.startLine,
      lineCount: doc.source.lineCount,
      blockStarts: doc.body.headings.filter((heading) => heading.range.start.character === 0).map((heading) => heading.line),
    },
  };
}

function card(doc: AgentDocument): AgentModelCard {
  const fields = doc.frontmatter?.fields ?? [];
  const first = (key: string): FrontmatterField | undefined => fields.find((field) => field.key === key);
  const scalar = (key: string, limit = MAX_FIELD_TEXT): LineText | undefined => {
    const field = first(key);
    const text = field && scalarText(field, limit);
    return field && text ? { text, line: field.keyRange.start.line } : undefined;
  };
  const toolsField = first('tools');
  const philosophy = doc.structure.corePhilosophy;
  const principle = philosophy?.text.replace(/^core\s+philosophy\s*[:.\-–—]?\s*/i, '').trim();
  const seen = new Set<string>();
  const otherFields: AgentModelField[] = [];
  for (const field of fields) {
    if (CARD_KEYS.has(field.key) || seen.has(field.key)) continue;
    seen.add(field.key);
    otherFields.push({ key: field.key, text: displayText(field), line: field.keyRange.start.line });
  }
  return {
    name: scalar('name'),
    description: scalar('description', MAX_DESCRIPTION_TEXT),
    model: scalar('model'),
    color: scalar('color'),
    agentClass: scalar('class'),
    specialty: scalar('specialty'),
    version: scalar('version'),
    tags: listValue(first('tags')),
    useCases: listValue(first('use_cases')),
    tools: toolsField ? toolList(doc, toolsField) : undefined,
    disallowedTools: first('disallowedTools') ? toolList(doc, first('disallowedTools')!) : [],
    corePhilosophy: philosophy && principle ? { text: principle, line: philosophy.line } : undefined,
    otherFields,
  };
}

/** Strings as written; numbers and booleans as their source (`version: 1.10` stays `1.10`). */
function scalarText(field: FrontmatterField, limit = MAX_FIELD_TEXT): string | undefined {
  if (typeof field.value === 'string') return clip(field.value.trim(), limit);
  if (typeof field.value === 'number' || typeof field.value === 'boolean') return clip(unquote(field.valueSource.trim()), limit);
  return undefined;
}

function displayText(field: FrontmatterField): string {
  const value = field.value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return clip(value.map((item) => (typeof item === 'object' && item !== null ? '{…}' : String(item))).join(', '));
  if (typeof value === 'object') return clip(`{ ${Object.keys(value as object).join(', ')} }`);
  return scalarText(field) ?? '';
}

/** `tags: [a, b]`, a block list, or a comma-separated string. */
function listValue(field: FrontmatterField | undefined): LineText[] {
  if (!field) return [];
  if (Array.isArray(field.value)) {
    const items = field.items ?? [];
    return field.value
      .slice(0, MAX_LIST_ITEMS)
      .map((value, index) => ({ text: clip(typeof value === 'object' && value !== null ? '{…}' : String(value ?? '')), line: items[index]?.range.start.line ?? field.keyRange.start.line }))
      .filter((item) => item.text.trim() !== '');
  }
  if (typeof field.value === 'string') {
    return field.value
      .split(',')
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .slice(0, MAX_LIST_ITEMS)
      .map((text) => ({ text: clip(text), line: field.keyRange.start.line }));
  }
  return [];
}

function toolList(doc: AgentDocument, field: FrontmatterField): LineText[] {
  return toolEntries(doc, field)
    .slice(0, MAX_LIST_ITEMS)
    .map((entry) => ({ text: clip(entry.text), line: doc.source.positionAt(entry.start).line }));
}

function headingText(heading: Heading): LineText {
  return { text: heading.text, line: heading.line };
}

/** The text after a `**Tools**:` label, or the list right under a `#### Tools` heading. */
function toolsText(doc: AgentDocument, label: Label, phase: Heading): LineText {
  const lineText = doc.source.lineText(label.line);
  const after = lineText.slice(label.range.end.character).replace(/^\s*:?\s*/, '').trim();
  if (after !== '') return { text: clip(after), line: label.line };
  const items = doc.body.listItems.filter((item) => item.line > label.line && item.line < phase.sectionEnd).slice(0, 12);
  return { text: clip(items.map((item) => itemText(doc, item)).join(', ')), line: label.line };
}

function boundaries(doc: AgentDocument, heading: Heading, doList: Label | Heading | undefined, dontList: Label | Heading | undefined): NonNullable<AgentModel['boundaries']> {
  const markers = [doList, dontList].filter((marker): marker is Label | Heading => marker !== undefined).map((marker) => marker.line);
  const list = (marker: Label | Heading | undefined): AgentModelList | undefined => {
    if (!marker) return undefined;
    const end = Math.min(heading.sectionEnd, ...markers.filter((line) => line > marker.line), 'sectionEnd' in marker ? marker.sectionEnd : Infinity);
    const items = topLevel(doc.body.listItems.filter((item) => item.line > marker.line && item.line < end)).slice(0, MAX_LIST_ITEMS);
    const labelText = 'level' in marker ? marker.text : marker.name;
    const inline = 'level' in marker ? '' : doc.source.lineText(marker.line).slice(marker.range.end.character).replace(/^\s*:?\s*/, '').trim();
    return {
      label: { text: labelText, line: marker.line },
      items: items.length > 0 || inline === '' ? items.map((item) => ({ text: itemText(doc, item), line: item.line })) : [{ text: clip(inline), line: marker.line }],
    };
  };
  return { heading: headingText(heading), do: list(doList), dont: list(dontList) };
}

/** A list item's text after its marker and checkbox, read from the source (the outline keeps positions only). */
function itemText(doc: AgentDocument, item: ListItem): string {
  return clip(doc.source.lineText(item.line).slice(item.markerRange.end.character).trim());
}

/** The items of the outermost list level (nested sub-items belong to their parent). */
function topLevel(items: readonly ListItem[]): ListItem[] {
  if (items.length === 0) return [];
  let indent = Infinity;
  for (const item of items) indent = Math.min(indent, item.indent);
  return items.filter((item) => item.indent === indent);
}

/** The same findings the editor's diagnostics are made of (one per diagnostic). */
function problems(findings: readonly Finding[]): AgentModel['problems'] {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const sorted = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const items: AgentModelProblem[] = [];
  for (const finding of sorted) {
    counts[finding.severity]++;
    if (items.length >= MAX_PROBLEM_ITEMS) continue;
    items.push({
      severity: finding.severity,
      code: finding.ruleId,
      message: finding.message,
      line: finding.range.start.line,
      character: finding.range.start.character,
      endLine: finding.range.end.line,
      endCharacter: finding.range.end.character,
    });
  }
  return { counts, items };
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function clip(text: string, limit = MAX_FIELD_TEXT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
