/**
 * Body sentences that hand work to a named agent: "delegate to the `reviewer` agent",
 * "hand off to the code-reviewer subagent", "collaborate with QA agent", "delegate to
 * Frontend/Backend agents". Deliberately narrow — a reference that is not one would raise a
 * false "no such agent" — so only this grammar counts, on one line:
 *
 *     VERB [the] NAMES (agent | subagent | sub-agent)[s]
 *
 * - VERB: a hand-over verb followed by `to` (delegate, hand off / over, handoff, escalate,
 *   route, pass, defer, forward, refer, send, transfer, assign — up to two words may sit
 *   between it and `to`: "delegate schema work to"); a direct verb (use, invoke, call, consult,
 *   engage, spawn, launch, dispatch, ask, run); or a verb with `with` (collaborate,
 *   coordinate, work, partner, pair, check). Any letter case.
 * - NAMES: one NAME, or several joined by `/`, `,`, `or`, `and` ("`backend` or `auth`
 *   agent"). A single NAME followed by the plural `agents` is a category ("delegate to
 *   deployment agents"), not a reference.
 * - NAME: an identifier in backticks (`code`), a lowercase hyphenated word (`kebab`), one to
 *   three Capitalised words (`title`: "Architect", "API Integrator" → `api-integrator`), or a
 *   single lowercase word (`word`). Determiners and adjectives such as "this", "appropriate",
 *   "specialized", and product names such as "Claude" or "AI", are never names.
 *
 * Never in fenced code, HTML comments, inline code (unless the name itself is the backticked
 * part), or headings. The scan is one pass over the body looking for "gent"/"GENT", then a
 * bounded look back on that line; it is memoised per body-text token, so a keystroke in the
 * frontmatter does not repeat it.
 */
import type { AgentDocument } from '../document/model';
import type { DelegationForm, DelegationRef } from './agent-summary';

/** How far back on the line the verb may be. */
const WINDOW = 200;

const TO_VERB = String.raw`delegat(?:e|es|ed|ing)|hand(?:s|ed|ing)?(?:\s+(?:it|this|that|them|work|control))?\s+(?:off|over)|hand-?offs?|escalat(?:e|es|ed|ing)|rout(?:e|es|ed|ing)|pass(?:es|ed|ing)?|defer(?:s|red|ring)?|forward(?:s|ed|ing)?|refer(?:s|red|ring)?|send(?:s|ing)?|sent|transfer(?:s|red|ring)?|assign(?:s|ed|ing)?`;
const DIRECT_VERB = String.raw`us(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|call(?:s|ed|ing)?|consult(?:s|ed|ing)?|engag(?:e|es|ed|ing)|spawn(?:s|ed|ing)?|launch(?:es|ed|ing)?|dispatch(?:es|ed|ing)?|ask(?:s|ed|ing)?|run(?:s|ning)?|ran`;
const WITH_VERB = String.raw`collaborat(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|work(?:s|ed|ing)?|partner(?:s|ed|ing)?|pair(?:s|ed|ing)?|check(?:s|ed|ing)?`;
const VERBS = new RegExp(String.raw`\b(?:(${TO_VERB})|(${DIRECT_VERB})|(${WITH_VERB}))\b`, 'gi');

const CODE_NAME = '`[A-Za-z0-9][\\w.:@-]*`';
const KEBAB_NAME = '[a-z0-9]+(?:-[a-z0-9]+)+';
const TITLE_WORD = '[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*';
const TITLE_NAME = `${TITLE_WORD}(?: ${TITLE_WORD}){0,2}`;
const WORD_NAME = '[a-z][a-z0-9]*';
const NAME = `(?:${CODE_NAME}|${KEBAB_NAME}|${TITLE_NAME}|${WORD_NAME})`;
const JOIN = String.raw`(?:\s*/\s*|,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)`;
const NAMES = `${NAME}(?:${JOIN}${NAME}){0,3}`;
/** What must sit between the verb and the agent word, per verb kind (anchored at both ends). */
const THE = String.raw`(?:[Tt][Hh][Ee]\s+)?`;
const AFTER_TO_VERB = new RegExp(String.raw`^(?:\s+[a-z]+){0,2}?\s+[Tt][Oo]\s+${THE}(${NAMES})\s+$`);
const AFTER_DIRECT_VERB = new RegExp(String.raw`^\s+${THE}(${NAMES})\s+$`);
const AFTER_WITH_VERB = new RegExp(String.raw`^\s+[Ww][Ii][Tt][Hh]\s+${THE}(${NAMES})\s+$`);
const ONE_NAME = new RegExp(NAME, 'g');

/** Words that fill a NAME slot in ordinary prose ("use this agent", "consult the appropriate agent"). */
const NOT_NAMES = new Set(
  (
    'a an the this that these those each every any another other others same next previous first last one some all both either ' +
    'my your our their its his her it them me you us him whatever whichever which what ' +
    'appropriate relevant right correct proper suitable best specialized specialised specialist specialty dedicated respective ' +
    'corresponding main parent primary original calling general new existing assigned selected recommended available current ' +
    'target chosen configured designated needed required specific individual separate different multiple several external internal human custom single relevant ' +
    'sub subagent agent agents task tasks ' +
    'claude claude-code ai llm gpt mcp copilot openai anthropic gemini codex cursor sdk api code'
  ).split(' '),
);

interface Memo {
  refs: DelegationRef[];
}
/** Per body-text token (replaced whenever a body line may have changed); the key is the cache's lifetime. */
const memo = new WeakMap<object, Memo>();

/** The document's delegation references, computed once per body text. */
export function delegationReferences(doc: AgentDocument): readonly DelegationRef[] {
  let entry = memo.get(doc.bodyText);
  if (!entry) memo.set(doc.bodyText, (entry = { refs: scan(doc) }));
  return entry.refs;
}

function scan(doc: AgentDocument): DelegationRef[] {
  const { source, body } = doc;
  const text = source.text;
  if (body.startLine >= source.lineCount) return [];
  const from = source.lineStart(body.startLine);
  const refs: DelegationRef[] = [];
  // Every agent word contains "gent" (agent, Agent, subagent) or "GENT" (AGENT): two fast literal searches.
  for (const needle of ['gent', 'GENT']) {
    for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 4)) {
      const word = agentWordAt(text, at - 1);
      if (word) collectAt(doc, word, refs);
    }
  }
  if (refs.length > 1) refs.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return refs;
}

interface AgentWord {
  /** Offset where "agent" / "subagent" / "sub-agent" starts. */
  start: number;
  plural: boolean;
}

/** The agent word whose "a" sits at `a`, when it is a whole word. */
function agentWordAt(text: string, a: number): AgentWord | undefined {
  if (a < 0 || (text[a] !== 'a' && text[a] !== 'A')) return undefined;
  let end = a + 5;
  const plural = text[end] === 's' || text[end] === 'S';
  if (plural) end++;
  if (isWordChar(text.charCodeAt(end)) || text[end] === '-' || text[end] === '(') return undefined;
  let start = a;
  const sub = (at: number) => text.slice(at, at + 3).toLowerCase() === 'sub';
  if (a >= 3 && sub(a - 3)) start = a - 3;
  else if (a >= 4 && text[a - 1] === '-' && sub(a - 4)) start = a - 4;
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before) || text[start - 1] === '-') return undefined;
  return { start, plural };
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function collectAt(doc: AgentDocument, word: AgentWord, out: DelegationRef[]): void {
  const { source, body } = doc;
  // Most agent words in prose follow "the", "this", "an", "each": settle those before any regex.
  if (!endsWithName(source.text, word.start)) return;
  const position = source.positionAt(word.start);
  const line = position.line;
  if (body.isCode(line)) return;
  const lineStart = source.lineStart(line);
  const windowStart = Math.max(lineStart, word.start - WINDOW);
  const prefix = source.text.slice(windowStart, word.start);
  // A heading (or a `#` line indented into code) is a title, not an instruction.
  if (windowStart === lineStart && /^\s*#/.test(prefix)) return;
  // An odd number of backticks before the word: it sits inside inline code.
  if (countBackticks(source.text, lineStart, word.start) % 2 === 1) return;
  const names = namesBefore(prefix);
  if (!names) return;
  const found: { text: string; offset: number }[] = [];
  ONE_NAME.lastIndex = 0;
  for (let m = ONE_NAME.exec(names.text); m; m = ONE_NAME.exec(names.text)) {
    if (m[0] === 'or' || m[0] === 'and') continue;
    found.push({ text: m[0], offset: names.offset + m.index });
  }
  // "delegate to deployment agents": one name with a plural is a kind of agent, not an agent.
  if (found.length === 0 || (word.plural && found.length === 1)) return;
  for (const piece of found) {
    const ref = toRef(piece.text);
    if (!ref) continue;
    const start = windowStart + piece.offset + ref.lead;
    out.push({ name: ref.name, form: ref.form, range: { start: source.positionAt(start), end: source.positionAt(start + ref.length) } });
  }
}

/** The NAMES text right before the agent word, with its offset in `prefix`, when a verb governs it. */
function namesBefore(prefix: string): { text: string; offset: number } | undefined {
  const verbs: { end: number; kind: 1 | 2 | 3 }[] = [];
  VERBS.lastIndex = 0;
  for (let m = VERBS.exec(prefix); m; m = VERBS.exec(prefix)) {
    verbs.push({ end: m.index + m[0].length, kind: m[1] ? 1 : m[2] ? 2 : 3 });
  }
  // The nearest verb first: "use X to decide, then delegate to Y agent" is about Y.
  for (let i = verbs.length - 1; i >= 0; i--) {
    const rest = prefix.slice(verbs[i].end);
    const pattern = verbs[i].kind === 1 ? AFTER_TO_VERB : verbs[i].kind === 2 ? AFTER_DIRECT_VERB : AFTER_WITH_VERB;
    const m = pattern.exec(rest);
    // The pattern ends with NAMES and then only spaces, so NAMES ends where the spaces start.
    if (m) return { text: m[1], offset: verbs[i].end + rest.trimEnd().length - m[1].length };
  }
  return undefined;
}

function toRef(text: string): { name: string; form: DelegationForm; lead: number; length: number } | undefined {
  if (text.startsWith('`')) {
    const name = text.slice(1, -1);
    return NOT_NAMES.has(name.toLowerCase()) ? undefined : { name, form: 'code', lead: 1, length: name.length };
  }
  if (/^[A-Z]/.test(text)) {
    const name = text.toLowerCase().replace(/ /g, '-');
    if (NOT_NAMES.has(name)) return undefined;
    return { name, form: 'title', lead: 0, length: text.length };
  }
  if (NOT_NAMES.has(text)) return undefined;
  return { name: text, form: text.includes('-') ? 'kebab' : 'word', lead: 0, length: text.length };
}

/** Whether the word before `at` (after spaces) could end a NAME: a backtick, or a word that is not a determiner. */
function endsWithName(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at || end === 0) return false;
  if (text[end - 1] === '`') return true;
  let start = end;
  while (start > 0 && end - start < 40 && (isWordChar(text.charCodeAt(start - 1)) || text[start - 1] === '-')) start--;
  return start < end && !NOT_NAMES.has(text.slice(start, end).toLowerCase());
}

function countBackticks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('`', from); i >= 0 && i < to; i = text.indexOf('`', i + 1)) count++;
  return count;
}

/** Whether a delegation reference names the agent `name` (prose is matched without regard to case). */
export function delegationNames(ref: DelegationRef, name: string): boolean {
  return ref.name.toLowerCase() === name.toLowerCase();
}
