/**
 * Renders the agent's Markdown body in pieces ("chunks") split at the headings the server found
 * at column 0 outside code. A heading there starts a new top-level block in any CommonMark
 * reading, so each piece renders exactly as it would inside the whole document — except for
 * reference-style link definitions, which are document-wide: a body with any is rendered whole.
 *
 * A keystroke changes one piece; the others are taken from the previous render by their text,
 * so a live preview of a 1 MB agent re-renders a few hundred bytes per edit. Chunk HTML carries
 * `data-line` relative to its own first line, so a piece that moved keeps its HTML; the chunk's
 * absolute line travels next to it. State belongs to the instance (one per preview panel).
 */
import { createMarkdown, type Markdown } from './markdown';

export interface BodyChunk {
  /** Stable while the chunk's text is unchanged; unique within one render. */
  id: string;
  /** Absolute 0-based line of the chunk's first line in the document. */
  line: number;
  html: string;
}

/** `[label]: destination` at a block start: a link reference definition. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

export class ChunkedBodyRenderer {
  readonly md: Markdown;
  private cache = new Map<string, { id: string; html: string }>();
  private nextId = 1;

  constructor(md: Markdown = createMarkdown()) {
    this.md = md;
  }

  /**
   * @param body the document text from `startLine` on
   * @param startLine the body's first line in the document
   * @param blockStarts absolute lines where the body may be split (sorted; others are ignored)
   */
  render(body: string, startLine: number, blockStarts: readonly number[]): BodyChunk[] {
    const pieces = REFERENCE_DEFINITION.test(body) ? [{ line: startLine, text: body }] : split(body, startLine, blockStarts);
    const previous = this.cache;
    const next = new Map<string, { id: string; html: string }>();
    const used = new Set<string>();
    const chunks: BodyChunk[] = [];
    for (const piece of pieces) {
      let rendered = previous.get(piece.text) ?? next.get(piece.text);
      if (!rendered) rendered = { id: this.newId(), html: this.md.render(piece.text, {}) };
      // Two identical pieces share HTML but not an id: the webview places each id once.
      const id = used.has(rendered.id) ? this.newId() : rendered.id;
      used.add(id);
      if (!next.has(piece.text)) next.set(piece.text, rendered);
      chunks.push({ id, line: piece.line, html: rendered.html });
    }
    this.cache = next;
    return chunks;
  }

  private newId(): string {
    return `c${(this.nextId++).toString(36)}`;
  }
}

/** Cuts `body` at the given lines; one indexOf pass over the text. */
function split(body: string, startLine: number, blockStarts: readonly number[]): { line: number; text: string }[] {
  const pieces: { line: number; text: string }[] = [];
  let pieceStart = 0;
  let pieceLine = startLine;
  let line = startLine;
  let offset = 0;
  for (const target of blockStarts) {
    if (target <= pieceLine) continue;
    while (line < target) {
      const newline = body.indexOf('\n', offset);
      if (newline < 0) return finish(pieces, body, pieceStart, pieceLine);
      offset = newline + 1;
      line++;
    }
    pieces.push({ line: pieceLine, text: body.slice(pieceStart, offset) });
    pieceStart = offset;
    pieceLine = line;
  }
  return finish(pieces, body, pieceStart, pieceLine);
}

function finish(pieces: { line: number; text: string }[], body: string, from: number, line: number): { line: number; text: string }[] {
  if (from < body.length || pieces.length === 0) pieces.push({ line, text: body.slice(from) });
  return pieces;
}
