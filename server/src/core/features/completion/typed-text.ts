/**
 * The one matching rule for "does this item fit what was typed": the typed text, ignoring case,
 * is a subsequence of the item's filter text. Editors' fuzzy matchers show a subset of these,
 * so filtering with it on the server never hides an item an editor would have shown.
 */
export function matchesTyped(typed: string, candidate: string): boolean {
  if (typed === '') return true;
  const t = typed.toLowerCase();
  const c = candidate.toLowerCase();
  let at = 0;
  for (let i = 0; i < t.length; i++) {
    at = c.indexOf(t[i], at) + 1;
    if (at === 0) return false;
  }
  return true;
}
