import type { Heading } from '../../../document/model';

const MAX_HEADING_CHARS = 60;

/** A heading as the user wrote it (`## Core Philosophy`), shortened for messages. */
export function headingSource(heading: Heading): string {
  const text = heading.text.length > MAX_HEADING_CHARS ? `${heading.text.slice(0, MAX_HEADING_CHARS - 1)}…` : heading.text;
  return `${'#'.repeat(heading.level)} ${text}`;
}

/** `a`, `a and b`, `a, b and c`, `a, b, c and 2 more` — each item already formatted. */
export function joinList(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Messages count lines from 1, as editors display them. */
export function lineLabel(line: number): string {
  return String(line + 1);
}
