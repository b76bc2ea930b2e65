/**
 * Semantic tokens for the agent constructs a reader looks for: phase headings (and their
 * weights), `**Tools**:` labels and the tool names on their line, the DO / DON'T markers of
 * the boundaries, and the boxes of the Self-Verification Checklist. The server sends them for
 * agent files only, so ordinary Markdown keeps its look; they only add to the editor's
 * Markdown and YAML highlighting (nothing in the frontmatter is a token). The token types are
 * declared in package.json (`semanticTokenTypes`, `semanticTokenScopes`) so themes colour them.
 */
import type { AgentDocument, Heading, Label } from '../document/model';
import { DONT_LABEL, DO_LABEL, PHASE_WEIGHT, TOOLS_LABEL } from '../document/section-patterns';

/** Token types, in legend order (the index is what the protocol sends). */
export const SEMANTIC_TOKEN_TYPES = [
  'agentPhase',
  'agentPhaseWeight',
  'agentToolsLabel',
  'agentTool',
  'agentDoLabel',
  'agentDontLabel',
  'agentCheckbox',
] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** `checked` marks a ticked box (`- [x]`). */
export const SEMANTIC_TOKEN_MODIFIERS = ['checked'] as const;
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

/** One token, readable (tests and debugging); `encodeSemanticTokens` makes the protocol form. */
export interface AgentSemanticToken {
  line: number;
  character: number;
  length: number;
  type: SemanticTokenType;
  modifiers: readonly SemanticTokenModifier[];
}

/** Words that can be tool names: `Read`, `WebFetch`, `mcp__github__create_issue`. */
const TOOL_WORD = /[A-Za-z_][A-Za-z0-9_]*(?:__[A-Za-z0-9_*-]+)*/g;

/**
 * The tokens of one document, sorted by position, never overlapping. `isTool` says which words
 * on a Tools line are tool names (the profile's tools, extra tools, MCP names).
 */
export function semanticTokenList(doc: AgentDocument, isTool: (word: string) => boolean): AgentSemanticToken[] {
  const tokens: AgentSemanticToken[] = [];
  const push = (line: number, character: number, length: number, type: SemanticTokenType, modifiers: SemanticTokenModifier[] = []): void => {
    if (length > 0) tokens.push({ line, character, length, type, modifiers });
  };

  for (const phase of doc.structure.methodology?.phases ?? []) phaseHeadingTokens(doc, phase.heading, push);

  for (const label of doc.body.labels) {
    const role = labelRole(label.name);
    if (!role) continue;
    const { start, end } = label.range;
    push(start.line, start.character, end.character - start.character, role);
    if (role === 'agentToolsLabel') toolNameTokens(doc, label, isTool, push);
  }

  for (const heading of doc.body.headings) {
    if (heading.role !== 'do' && heading.role !== 'dont') continue;
    const { start, end } = heading.textRange;
    push(start.line, start.character, end.character - start.character, heading.role === 'do' ? 'agentDoLabel' : 'agentDontLabel');
  }

  for (const item of doc.structure.checklist?.items ?? []) {
    if (item.checkbox === undefined) continue;
    const end = item.markerRange.end;
    push(end.line, end.character - 3, 3, 'agentCheckbox', item.checkbox === ' ' ? [] : ['checked']);
  }

  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  return dropOverlaps(tokens);
}

/** The LSP encoding: five integers per token, positions relative to the previous token. */
export function encodeSemanticTokens(tokens: readonly AgentSemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    const deltaStart = deltaLine === 0 ? token.character - character : token.character;
    let modifiers = 0;
    for (const modifier of token.modifiers) modifiers |= 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier);
    data.push(deltaLine, deltaStart, token.length, SEMANTIC_TOKEN_TYPES.indexOf(token.type), modifiers);
    line = token.line;
    character = token.character;
  }
  return data;
}

type Push = (line: number, character: number, length: number, type: SemanticTokenType, modifiers?: SemanticTokenModifier[]) => void;

function labelRole(name: string): SemanticTokenType | undefined {
  if (TOOLS_LABEL.test(name)) return 'agentToolsLabel';
  if (DONT_LABEL.test(name)) return 'agentDontLabel';
  if (DO_LABEL.test(name)) return 'agentDoLabel';
  return undefined;
}

/** `Phase 1: Research and Analysis` as one token and `(45%)` as another. */
function phaseHeadingTokens(doc: AgentDocument, heading: Heading, push: Push): void {
  const { start, end } = heading.textRange;
  const text = doc.source.lineText(start.line).slice(start.character, end.character);
  const weight = PHASE_WEIGHT.exec(text);
  if (!weight) {
    push(start.line, start.character, text.length, 'agentPhase');
    return;
  }
  const before = text.slice(0, weight.index).trimEnd();
  push(start.line, start.character, before.length, 'agentPhase');
  push(start.line, start.character + weight.index, weight[0].length, 'agentPhaseWeight');
  const after = text.slice(weight.index + weight[0].length);
  const afterStart = after.length - after.trimStart().length;
  if (after.trim() !== '') push(start.line, start.character + weight.index + weight[0].length + afterStart, after.trim().length, 'agentPhase');
}

/** Tool names after a Tools label, on the label's line. */
function toolNameTokens(doc: AgentDocument, label: Label, isTool: (word: string) => boolean, push: Push): void {
  const line = label.range.end.line;
  const text = doc.source.lineText(line);
  const from = label.range.end.character;
  TOOL_WORD.lastIndex = from;
  for (let match = TOOL_WORD.exec(text); match; match = TOOL_WORD.exec(text)) {
    if (isTool(match[0])) push(line, match.index, match[0].length, 'agentTool');
  }
}

function dropOverlaps(sorted: AgentSemanticToken[]): AgentSemanticToken[] {
  const kept: AgentSemanticToken[] = [];
  for (const token of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.line === token.line && last.character + last.length > token.character) continue;
    kept.push(token);
  }
  return kept;
}
