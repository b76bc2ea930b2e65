import { editDistance } from './edit-distance';

export interface DidYouMeanOptions {
  /** Largest edit distance still counted as a typo; by default it grows with the input's length. */
  maxDistance?: number;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  // Short words are close to many others (`global` is two edits from `local`): one slip only.
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return 3;
}

/** Lower case without `-`, `_`, spaces and dots: `max_turns`, `Max-Turns` and `maxTurns` meet. */
export function looseForm(word: string): string {
  return word.toLowerCase().replace(/[-_\s.]/g, '');
}

/**
 * The candidate the input most likely meant, or undefined. A candidate equal to the input
 * after ignoring case and separators wins outright; otherwise the nearest within the typo
 * budget, and only when it is the single nearest (a tie is a guess, not a suggestion).
 */
export function didYouMean(input: string, candidates: Iterable<string>, options: DidYouMeanOptions = {}): string | undefined {
  // Rules re-run on every keystroke elsewhere in the frontmatter and ask again about the same
  // misspelt value; the answer depends only on the input, the candidates and the budget. Only
  // lists and sets are remembered (an iterator could not be read twice anyway).
  if (!(Array.isArray(candidates) || candidates instanceof Set)) return nearestCandidate(input, candidates, options);
  let answers = remembered.get(candidates);
  if (!answers) remembered.set(candidates, (answers = new Map()));
  const key = `${options.maxDistance ?? ''}\u0000${input}`;
  if (answers.has(key)) return answers.get(key);
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  const answer = nearestCandidate(input, candidates, options);
  answers.set(key, answer);
  return answer;
}

/** Answers per candidate list (its identity: schema lists live as long as their schema). */
const remembered = new WeakMap<object, Map<string, string | undefined>>();
/** A bound per list, so a stream of distinct typos cannot grow memory without end. */
const MAX_REMEMBERED = 256;

function nearestCandidate(input: string, candidates: Iterable<string>, options: DidYouMeanOptions): string | undefined {
  const loose = looseForm(input);
  if (loose.length === 0) return undefined;
  const list = [...candidates].filter((c) => c !== input);
  const sameLoose = list.find((c) => looseForm(c) === loose);
  if (sameLoose !== undefined) return sameLoose;
  const budget = options.maxDistance ?? typoBudget(loose.length);
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of list) {
    const distance = editDistance(loose, looseForm(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && looseForm(candidate) !== looseForm(best ?? '')) {
      tie = true;
    }
  }
  if (best === undefined || bestDistance > budget || tie) return undefined;
  // A very short input that needs as many edits as it has letters is not a typo of anything.
  if (bestDistance >= loose.length) return undefined;
  return best;
}
