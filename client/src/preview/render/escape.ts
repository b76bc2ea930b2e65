/**
 * HTML escaping for every text that reaches the preview from an agent file. Escapes the five
 * characters that can end a text node or an attribute value (`&`, `<`, `>`, `"`, `'`), so the
 * same function is safe in both places as long as attributes are always double-quoted.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/g;

export function escapeHtml(text: string): string {
  return text.replace(NEEDS_ESCAPE, (ch) => ESCAPES[ch]!);
}

/**
 * A number from the model as an integer for markup. The model arrives as JSON from another
 * process; a non-number there must not become markup here.
 */
export function integer(value: unknown): number {
  const number = Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : 0;
}
