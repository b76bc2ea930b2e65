/**
 * Documentation that depends only on the schema (a field's docs) or on a name (a tool's), built
 * once per language service and reused by every completion list: building the same Markdown
 * for every item of every request was most of what a key completion cost.
 */
import type { MarkupContent } from 'vscode-languageserver-types';
import type { FieldSpec, ProfileSchema } from '../../schema/profile-schema';
import { fieldMarkdown } from './field-docs';
import { toolSummary } from './tool-docs';

export class DocsMemo {
  /** Field specs are frozen objects of one schema each, so the spec alone identifies the docs. */
  private readonly fields = new WeakMap<FieldSpec, MarkupContent>();
  private readonly tools = new Map<string, MarkupContent>();

  field(spec: FieldSpec, schema: ProfileSchema): MarkupContent {
    let doc = this.fields.get(spec);
    if (!doc) this.fields.set(spec, (doc = { kind: 'markdown', value: fieldMarkdown(spec, schema) }));
    return doc;
  }

  tool(name: string): MarkupContent {
    let doc = this.tools.get(name);
    if (!doc) this.tools.set(name, (doc = { kind: 'markdown', value: `**\`${name}\`** — ${toolSummary(name)}` }));
    return doc;
  }
}
