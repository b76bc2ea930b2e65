// Completion and hover latency: request → response, timed on the client side like the edits,
// against the agentsmith server and the echo server (which answers them at once, empty: the
// protocol floor). Four requests, on the unchanged document after the edit loop:
//  - completion at a frontmatter key position, nothing typed (start of the `tools` line: every
//    key not present),
//  - completion at a value position, nothing typed (before `Grep` in `tools: Read, Grep, …`:
//    every tool not listed yet — the longest list there is),
//  - completion at a value position after a typed word (the end of `…, Bash`: the server sends
//    only what matches it),
//  - hover on a key (`model`).
// The server's answers are checked, so the numbers cannot come from empty replies.
import { performance } from 'node:perf_hooks';

export const REQUEST_KINDS = [
  { id: 'completionKey', label: 'completion, key' },
  { id: 'completionValue', label: 'completion, value' },
  { id: 'completionValueTyped', label: 'completion, value after a typed word' },
  { id: 'hoverKey', label: 'hover, key' },
];

/** Requests per kind per run: enough for a stable p50, few enough to stay quick. */
export const DEFAULT_REQUEST_ITERATIONS = { '4k': 200, '1m': 100, '10m': 40 };

/** The three positions in a generated agent (its frontmatter is the same at every size). */
export function requestPositions(text) {
  const lines = text.split('\n');
  const toolsLine = lines.findIndex((l) => l.startsWith('tools:'));
  const modelLine = lines.findIndex((l) => l.startsWith('model:'));
  if (toolsLine < 0 || modelLine < 0) throw new Error('the generated agent has no tools: or model: line');
  const grep = lines[toolsLine].indexOf('Grep');
  if (grep < 0 || !lines[toolsLine].endsWith('Bash')) throw new Error('the generated agent\'s tools line changed');
  return {
    completionKey: { line: toolsLine, character: 0 },
    completionValue: { line: toolsLine, character: grep },
    completionValueTyped: { line: toolsLine, character: lines[toolsLine].length },
    hoverKey: { line: modelLine, character: 2 },
  };
}

function paramsFor(kind, uri, position) {
  if (kind === 'hoverKey') return ['textDocument/hover', { textDocument: { uri }, position }];
  return ['textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } }];
}

/** What the server must answer, so a fast empty reply is caught instead of measured. */
function checkAnswer(kind, result) {
  const labels = (result?.items ?? result ?? []).map?.((item) => item.label) ?? [];
  if (kind === 'completionKey' && !labels.includes('permissionMode')) return `key completion lacks permissionMode (got ${labels.length} items)`;
  if (kind === 'completionValue' && (!labels.includes('Edit') || labels.includes('Read'))) return `value completion should offer Edit and not Read (got ${labels.length} items)`;
  if (kind === 'completionValueTyped' && (!labels.includes('Bash') || labels.includes('Edit'))) return `completion after "Bash" should offer Bash and not Edit (got ${labels.join(', ')})`;
  if (kind === 'hoverKey' && !String(result?.contents?.value ?? '').includes('`model`')) return 'hover on the model key has no field docs';
  return undefined;
}

/**
 * Sends each request `iterations` times, interleaving the kinds, one at a time. Returns the
 * per-kind samples in ms, and problems with the server's answers (`checked` only for ours).
 */
export async function measureRequests(session, uri, positions, iterations, checked) {
  const samples = Object.fromEntries(REQUEST_KINDS.map((k) => [k.id, []]));
  const problems = [];
  for (let i = 0; i < iterations; i++) {
    for (const { id } of REQUEST_KINDS) {
      const [method, params] = paramsFor(id, uri, positions[id]);
      const t0 = performance.now();
      const result = await session.request(method, params);
      samples[id].push(performance.now() - t0);
      if (checked && (i === 0 || i === iterations - 1)) {
        const problem = checkAnswer(id, result);
        if (problem) problems.push(problem);
      }
    }
  }
  return { samples, problems };
}
