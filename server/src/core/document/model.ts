/**
 * The parsed shape of one agent file version. Produced once per document version by
 * `parseAgentDocument` and shared by every rule and feature; nothing here is recomputed
 * per rule.
 */
import type { Range } from '../types';
import type { YamlChunk } from './frontmatter-yaml';
import type { SourceText } from './source-text';

export interface AgentDocument {
  uri: string;
  version: number;
  source: SourceText;
  /** Undefined when the file does not start with a `---` line (after an optional BOM). */
  frontmatter: Frontmatter | undefined;
  body: BodyOutline;
  /**
   * A token that is replaced whenever a body line may have changed. `body` (the outline) is
   * kept as it is when an edit changes no structure, such as typing prose; rules that read
   * the body's text key on this token, rules that read only the outline on `body`.
   */
  bodyText: object;
  structure: AgentStructure;
}

export interface Frontmatter {
  /** Line of the opening `---`. Always the first line (0). */
  openLine: number;
  /** Line of the closing `---` (or `...`); undefined when never closed. */
  closeLine: number | undefined;
  /** Offsets of the YAML text between the delimiters (end is exclusive). */
  contentStart: number;
  contentEnd: number;
  /** Whether the strict YAML parse succeeded (no syntax errors). */
  valid: boolean;
  errors: YamlSyntaxError[];
  /** Top-level fields in source order, duplicates included (the YAML is read with uniqueKeys: false). */
  fields: FrontmatterField[];
  /** The YAML parsed per top-level field, kept for the next version to reuse; undefined after errors. */
  yamlChunks: readonly YamlChunk[] | undefined;
  /** Rule ids disabled by `# agentsmith-disable rule-id` comments; `*` disables all. */
  disabledRules: ReadonlySet<string>;
}

export interface YamlSyntaxError {
  range: Range;
  message: string;
  /** The yaml library's error code (e.g. `BLOCK_AS_IMPLICIT_KEY`), or `LENIENT` for our own. */
  code: string;
  /** Line of the top-level field the error belongs to, when known. */
  fieldLine?: number;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block-literal' | 'block-folded' | 'flow-seq' | 'block-seq' | 'map' | 'empty' | 'other';

export interface FrontmatterField {
  key: string;
  keyRange: Range;
  /**
   * The value as JavaScript (string, number, boolean, array, object, null). When the YAML
   * does not parse, a lenient line-based reading provides strings, and lists for `[a, b]`
   * and `- item` forms.
   */
  value: unknown;
  /** The value's source span; empty at the end of `key:` when there is no value. */
  valueRange: Range;
  /** The value's exact source text. */
  valueSource: string;
  style: ScalarStyle;
  /** For sequence values (flow or block): each item with its own range. */
  items?: FieldItem[];
  /** Whether this field came from the lenient reading (YAML failed). */
  lenient: boolean;
}

export interface FieldItem {
  value: unknown;
  range: Range;
  source: string;
}

/** A line-based, CommonMark-fence-aware outline of the Markdown body. */
export interface BodyOutline {
  /** First line of the body (line after the closing `---`, or 0 without frontmatter). */
  startLine: number;
  /** ATX headings outside code fences. */
  headings: Heading[];
  fences: Fence[];
  /** List items outside code fences. */
  listItems: ListItem[];
  /** Lines that start with a bold label such as `**Tools**:` or `- **You DO**:`. */
  labels: Label[];
  /** The first paragraph of the body (outside code, not a heading or list). */
  firstParagraph: Paragraph | undefined;
  /**
   * Heading-like lines swallowed by a fence that runs to the end of the file. They are not
   * structure, but rules use them to say "hidden by the unclosed fence" instead of "missing".
   */
  hiddenHeadings: Heading[];
  /** Lines whose content is inside a fenced code block (fence lines included). */
  isCode(line: number): boolean;
  /**
   * Sorted, inclusive line spans where nothing is structure: fenced code (fence lines
   * included) and HTML comments. Incremental rescans resynchronise outside these.
   */
  opaqueRanges: readonly (readonly [number, number])[];
  /** `<!-- agentsmith-disable-next-line rule-id -->`: lines whose diagnostics of those rules are dropped. */
  disabledLines: ReadonlyMap<number, ReadonlySet<string>>;
}

export interface Heading {
  level: number;
  /** Heading text without the `#` markers and closing sequence, trimmed. */
  text: string;
  line: number;
  /** The whole heading line's content range. */
  range: Range;
  /** Range of `text` only. */
  textRange: Range;
  /** Line after the section's last line: the next heading of the same or higher rank, or the end. */
  sectionEnd: number;
  /** What the heading text says it is, decided once when the heading is read. */
  role: HeadingRole | undefined;
}

export type HeadingRole = 'methodology' | 'phase' | 'core-philosophy' | 'boundaries' | 'checklist' | 'tools' | 'do' | 'dont' | CanonicalSection;

export interface Fence {
  openLine: number;
  /** Undefined when the fence runs to the end of the file. */
  closeLine: number | undefined;
  char: '`' | '~';
  length: number;
  indent: number;
  /** The info string (language tag), trimmed. */
  info: string;
  /** Range of the opening fence marker run. */
  markerRange: Range;
}

export interface ListItem {
  line: number;
  indent: number;
  /** `-`, `*`, `+`, or `1.`/`1)` for ordered items. */
  marker: string;
  /** `' '` or `'x'`/`'X'` for task items; undefined for plain bullets. */
  checkbox: string | undefined;
  /** Range of the whole line content (from the marker). */
  range: Range;
  /** Range of the marker plus checkbox, e.g. `- [ ]`, for fixes. */
  markerRange: Range;
}

export interface Label {
  line: number;
  /** Normalised label text: bold content without trailing colon, e.g. `Tools`, `You DO`. */
  name: string;
  /** Range of the bold run (`**Tools**:` or `**Tools:**`). */
  range: Range;
  /** Whether the label is written as a list item (`- **Tools**: …`). */
  inList: boolean;
}

export interface Paragraph {
  startLine: number;
  endLine: number;
  text: string;
  range: Range;
}

/** The three-phase skeleton as found in the body (sections may be missing). */
export interface AgentStructure {
  identity: Paragraph | undefined;
  corePhilosophy: Heading | undefined;
  methodology: Methodology | undefined;
  boundaries: Boundaries | undefined;
  checklist: Checklist | undefined;
  /** Other canonical sections found, by key. */
  sections: Partial<Record<CanonicalSection, Heading>>;
}

export type CanonicalSection = 'technology-stack' | 'documentation-strategy' | 'decision-making' | 'quality-standards';

export interface Methodology {
  heading: Heading;
  phases: Phase[];
}

export interface Phase {
  heading: Heading;
  /** The number in `Phase N`, or undefined when the heading has none. */
  number: number | undefined;
  title: string;
  /** Weight in percent from `(45%)` or `(Research 45%)`. */
  weight: number | undefined;
  /** The phase's Tools label, if any. */
  tools: Label | undefined;
}

export interface Boundaries {
  heading: Heading;
  doList: Label | Heading | undefined;
  dontList: Label | Heading | undefined;
}

export interface Checklist {
  heading: Heading;
  items: ListItem[];
}
