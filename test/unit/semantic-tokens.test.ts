/**
 * Semantic tokens: phase headings (weight apart), Tools labels and the tool names on their
 * line, DO/DON'T markers (labels and headings), checklist boxes. Nothing in the frontmatter or
 * in code blocks; positions in UTF-16; the LSP encoding is relative.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AgentSemanticToken,
  encodeSemanticTokens,
  SEMANTIC_TOKEN_TYPES,
  SEMANTIC_TOKENS_LEGEND,
  semanticTokenList,
} from '../../server/src/core/features/semantic-tokens';
import { resolveSettings } from '../../server/src/core/settings';
import { input, strictService } from './support/documents';

const settings = resolveSettings({});

const AGENT = [
  '---',
  'name: sample',
  'description: Use this agent when a sample is needed. Tools: Read',
  'tools: Read, Grep',
  '---',
  '',
  'You are the Sample Maker, who makes samples.',
  '',
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1: Research and Analysis (45%)',
  '',
  '**Tools**: Read, Grep, mcp__github__list_issues and NotATool',
  '',
  '### Phase 2 — Build ✨ (Build 30%) first pass',
  '',
  '- **Tools:** `Write`, Edit',
  '',
  '### Phase 3: Verify',
  '',
  '```markdown',
  '**Tools**: Bash',
  '- [ ] inside code',
  '```',
  '',
  '## Boundaries and Limitations',
  '',
  '**You DO**:',
  '- Samples',
  '',
  "**You DON'T** (delegate these):",
  '- Products',
  '',
  '### You DON\u2019T:',
  '- More products',
  '',
  '## Self-Verification Checklist',
  '',
  '- [ ] The sample is small',
  '- [x] Checked already',
  '- plain bullet',
  '',
].join('\n');

/** Tokens as `line:text=type` strings, easy to read in a failure. */
function describeTokens(text: string, tokens: readonly AgentSemanticToken[]): string[] {
  const lines = text.split(/\r?\n/);
  return tokens.map((t) => `${t.line}:${lines[t.line].slice(t.character, t.character + t.length)}=${t.type}${t.modifiers.length ? `+${t.modifiers.join('+')}` : ''}`);
}

function tokensOf(text: string): AgentSemanticToken[] {
  const doc = strictService().parse(input(text));
  return semanticTokenList(doc, (word) => ['Read', 'Grep', 'Write', 'Edit', 'Bash'].includes(word) || word.startsWith('mcp__'));
}

describe('semantic tokens', () => {
  it('mark phase headings, weights, Tools labels and tools, DO/DON’T markers and checklist boxes', () => {
    assert.deepEqual(describeTokens(AGENT, tokensOf(AGENT)), [
      '10:Phase 1: Research and Analysis=agentPhase',
      '10:(45%)=agentPhaseWeight',
      '12:**Tools**:=agentToolsLabel',
      '12:Read=agentTool',
      '12:Grep=agentTool',
      '12:mcp__github__list_issues=agentTool',
      '14:Phase 2 — Build ✨=agentPhase',
      '14:(Build 30%)=agentPhaseWeight',
      '14:first pass=agentPhase',
      '16:**Tools:**=agentToolsLabel',
      '16:Write=agentTool',
      '16:Edit=agentTool',
      '18:Phase 3: Verify=agentPhase',
      '27:**You DO**:=agentDoLabel',
      "30:**You DON'T**=agentDontLabel",
      '33:You DON\u2019T:=agentDontLabel',
      '38:[ ]=agentCheckbox',
      '39:[x]=agentCheckbox+checked',
    ]);
  });

  it('leave ordinary text, the frontmatter and code blocks alone', () => {
    const tokens = tokensOf(AGENT);
    assert.ok(tokens.every((t) => t.line > 4), 'nothing in the frontmatter');
    assert.ok(!tokens.some((t) => t.line >= 20 && t.line <= 23), 'nothing inside the code block');
    assert.deepEqual(tokensOf('---\nname: x\ndescription: y\n---\n\n# Notes\n\n- [ ] a task\n**Tools**: none here\n'), [
      { line: 8, character: 0, length: 10, type: 'agentToolsLabel', modifiers: [] },
    ]);
  });

  it('count characters in UTF-16 and keep CRLF documents on the same columns', () => {
    const crlf = AGENT.replace(/\n/g, '\r\n');
    assert.deepEqual(tokensOf(crlf), tokensOf(AGENT));
    const emoji = tokensOf(AGENT).find((t) => t.line === 14 && t.type === 'agentPhase')!;
    assert.equal(emoji.length, 'Phase 2 — Build ✨'.length);
  });

  it('are sorted and never overlap', () => {
    const tokens = tokensOf(AGENT);
    for (let i = 1; i < tokens.length; i++) {
      const [a, b] = [tokens[i - 1], tokens[i]];
      assert.ok(a.line < b.line || (a.line === b.line && a.character + a.length <= b.character), `${JSON.stringify(a)} before ${JSON.stringify(b)}`);
    }
  });

  it('encode as LSP relative integers with the legend’s indexes', () => {
    const data = encodeSemanticTokens([
      { line: 2, character: 4, length: 3, type: 'agentPhase', modifiers: [] },
      { line: 2, character: 10, length: 2, type: 'agentTool', modifiers: [] },
      { line: 5, character: 1, length: 3, type: 'agentCheckbox', modifiers: ['checked'] },
    ]);
    assert.deepEqual(data, [2, 4, 3, 0, 0, 0, 6, 2, 3, 0, 3, 1, 3, 6, 1]);
    assert.deepEqual(SEMANTIC_TOKENS_LEGEND.tokenTypes, [...SEMANTIC_TOKEN_TYPES]);
    assert.deepEqual(SEMANTIC_TOKENS_LEGEND.tokenModifiers, ['checked']);
  });

  it('the service resolves tool names from the profile and the extraTools setting', () => {
    const text = ['---', 'name: x', 'description: y', '---', '', '## Three-Phase Specialist Methodology', '', '### Phase 1: Go', '', '**Tools**: Read, Task, Frobnicate, Words'].join('\n');
    const decode = (data: number[]) => {
      const names: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
        names.push(`${text.split('\n')[line].slice(character, character + data[i + 2])}=${SEMANTIC_TOKEN_TYPES[data[i + 3]]}`);
      }
      return names;
    };
    const service = strictService();
    assert.deepEqual(decode(service.semanticTokens(input(text), settings)), ['Phase 1: Go=agentPhase', '**Tools**:=agentToolsLabel', 'Read=agentTool', 'Task=agentTool']);
    const withExtra = resolveSettings({ extraTools: ['Frobnicate'] });
    assert.deepEqual(decode(service.semanticTokens(input(text), withExtra)).slice(-2), ['Task=agentTool', 'Frobnicate=agentTool']);
  });

  it('stay fast on a big file', () => {
    const phase = (n: number) => [`### Phase ${n}: Step (10%)`, '', '**Tools**: Read, Grep, Bash', ''];
    const body = ['## Three-Phase Specialist Methodology', '', ...Array.from({ length: 3 }, (_, i) => phase(i + 1)).flat()];
    const filler = Array.from({ length: 20_000 }, (_, i) => `Line ${i} of prose with **bold** words and - dashes.`);
    const checklist = ['## Self-Verification Checklist', '', ...Array.from({ length: 2_000 }, (_, i) => `- [ ] item ${i}`)];
    const text = ['---', 'name: big', 'description: y', '---', '', ...body, ...filler, ...checklist, ''].join('\n');
    const service = strictService();
    service.parse(input(text));
    const started = performance.now();
    const data = service.semanticTokens(input(text), settings);
    const elapsed = performance.now() - started;
    // Per phase: heading, weight, label and three tools.
    assert.equal(data.length / 5, 3 * 6 + 2_000);
    assert.ok(elapsed < 200, `semantic tokens of a ${Math.round(text.length / 1024)} KB file took ${elapsed.toFixed(1)} ms`);
  });
});
