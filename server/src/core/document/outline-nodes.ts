/**
 * Compact implementations of the outline's node types. A 10 MB agent has tens of thousands
 * of headings, list items and fences; storing their ranges as plain numbers and building the
 * `Range` objects only when a rule or feature asks (rarely: for what it reports) keeps the
 * server's memory near the text's own size. Nodes never hold a slice of the document text
 * (see `detach`), so a node reused by a later version does not keep an old version alive.
 */
import type { Range } from '../types';
import type { Fence, Heading, HeadingRole, Label, ListItem } from './model';

function lineRange(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

/**
 * A copy of a (short) string that shares no memory with the text it was cut from: V8 keeps
 * longer substrings as views of their parent, which would pin a whole old document version.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

export class HeadingNode implements Heading {
  constructor(
    readonly level: number,
    readonly text: string,
    readonly line: number,
    private readonly from: number,
    private readonly to: number,
    private readonly textFrom: number,
    /** Written once by the scan that created the node (see `withSectionEnd`), then fixed. */
    public sectionEnd: number,
    readonly role: HeadingRole | undefined,
  ) {}

  /** Set while the scan that made this node is still assigning section ends. */
  private fresh = true;

  /** Ends the scan's ownership: from now on a different section end means a new node. */
  seal(): void {
    this.fresh = false;
  }

  get range(): Range {
    return lineRange(this.line, this.from, this.to);
  }

  get textRange(): Range {
    return lineRange(this.line, this.textFrom, this.textFrom + this.text.length);
  }

  /** Same heading at the same place (the section end is derived, so it is not compared). */
  sameAs(other: Heading): boolean {
    const o = other as HeadingNode;
    return o.line === this.line && o.level === this.level && o.text === this.text && o.from === this.from && o.to === this.to && o.textFrom === this.textFrom && o.role === this.role;
  }

  moved(lineDelta: number): HeadingNode {
    // A moved node belongs to the new outline alone until that outline is finished.
    return new HeadingNode(this.level, this.text, this.line + lineDelta, this.from, this.to, this.textFrom, this.sectionEnd, this.role);
  }

  /**
   * This node with another section end: the node itself while its scan is still running
   * (no garbage copy for each of a big file's headings), a copy once it may be shared with
   * an earlier version's outline.
   */
  withSectionEnd(sectionEnd: number): HeadingNode {
    if (this.fresh) {
      this.sectionEnd = sectionEnd;
      return this;
    }
    const copy = new HeadingNode(this.level, this.text, this.line, this.from, this.to, this.textFrom, sectionEnd, this.role);
    copy.seal();
    return copy;
  }
}

export class ListItemNode implements ListItem {
  constructor(
    readonly line: number,
    readonly indent: number,
    readonly marker: string,
    readonly checkbox: string | undefined,
    private readonly to: number,
    private readonly markerTo: number,
  ) {}

  get range(): Range {
    return lineRange(this.line, this.indent, this.to);
  }

  get markerRange(): Range {
    return lineRange(this.line, this.indent, this.markerTo);
  }

  sameAs(other: ListItem): boolean {
    const o = other as ListItemNode;
    return o.line === this.line && o.indent === this.indent && o.marker === this.marker && o.checkbox === this.checkbox && o.to === this.to && o.markerTo === this.markerTo;
  }

  moved(lineDelta: number): ListItemNode {
    return new ListItemNode(this.line + lineDelta, this.indent, this.marker, this.checkbox, this.to, this.markerTo);
  }
}

export class FenceNode implements Fence {
  constructor(
    readonly openLine: number,
    public closeLine: number | undefined,
    readonly char: '`' | '~',
    readonly length: number,
    readonly indent: number,
    readonly info: string,
  ) {}

  get markerRange(): Range {
    return lineRange(this.openLine, this.indent, this.indent + this.length);
  }

  moved(lineDelta: number): FenceNode {
    return new FenceNode(this.openLine + lineDelta, this.closeLine === undefined ? undefined : this.closeLine + lineDelta, this.char, this.length, this.indent, this.info);
  }
}

export class LabelNode implements Label {
  constructor(
    readonly line: number,
    readonly name: string,
    readonly inList: boolean,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get range(): Range {
    return lineRange(this.line, this.from, this.to);
  }

  sameAs(other: Label): boolean {
    const o = other as LabelNode;
    return o.line === this.line && o.name === this.name && o.inList === this.inList && o.from === this.from && o.to === this.to;
  }

  moved(lineDelta: number): LabelNode {
    return new LabelNode(this.line + lineDelta, this.name, this.inList, this.from, this.to);
  }
}
