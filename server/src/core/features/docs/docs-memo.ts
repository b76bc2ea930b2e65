/**
 * Documentation that depends only on the schema (a field's docs) or on a name (a tool's), built
 * once per language service and reused by every completion list: building the same Markdown
 * for every item of every request was most of what a key completion cost.
 */
import type { MarkupContent } from 'vscode-languageserver-types';
import type { FrontmatterField } from '../../document/model';
import type { FieldSpec, ProfileSchema } from '../../schema/profile-schema';
import { fieldMarkdown } from './field-docs';
import { toolSummary } from './tool-docs';

/** A tool name as a completion list offers it: everything about it that does not depend on the cursor. */
export interface ToolTemplate {
  name: string;
  /** 0: one of the common tools (offered first); 2: the rest. */
  group: 0 | 2;
  documentation: MarkupContent;
  /** Whether the name must be quoted as a plain YAML scalar / inside a flow list. */
  quotePlain: boolean;
  quoteFlow: boolean;
}

export class DocsMemo {
  /** Field specs are frozen objects of one schema each, so the spec alone identifies the docs. */
  private readonly fields = new WeakMap<FieldSpec, MarkupContent>();
  private readonly tools = new Map<string, MarkupContent>();
  private readonly toolLists = new WeakMap<ProfileSchema, readonly ToolTemplate[]>();
  /** The last entries read from a `tools` field, with the offset they were read at. */
  private readonly entries = new WeakMap<FrontmatterField, { offset: number; value: unknown }>();

  field(spec: FieldSpec, schema: ProfileSchema): MarkupContent {
    let doc = this.fields.get(spec);
    if (!doc) this.fields.set(spec, (doc = { kind: 'markdown', value: fieldMarkdown(spec, schema) }));
    return doc;
  }

  /**
   * The schema's tools in the order lists offer them (the common ones first, then the schema's
   * order), built once per schema: a value completion in `tools` lists them all on every request.
   */
  toolTemplates(schema: ProfileSchema, build: (schema: ProfileSchema) => readonly ToolTemplate[]): readonly ToolTemplate[] {
    let list = this.toolLists.get(schema);
    if (!list) this.toolLists.set(schema, (list = build(schema)));
    return list;
  }

  /**
   * What `read` makes of a field, kept while the field object is reused at the same offset
   * (fields are reused across versions, but an edit above them moves their offsets).
   */
  fieldReading<T>(field: FrontmatterField, offset: number, read: () => T): T {
    const cached = this.entries.get(field);
    if (cached && cached.offset === offset) return cached.value as T;
    const value = read();
    this.entries.set(field, { offset, value });
    return value;
  }

  tool(name: string): MarkupContent {
    let doc = this.tools.get(name);
    if (!doc) this.tools.set(name, (doc = { kind: 'markdown', value: `**\`${name}\`** — ${toolSummary(name)}` }));
    return doc;
  }
}
