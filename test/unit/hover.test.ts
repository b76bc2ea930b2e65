/** Hover at marked cursor positions: keys, values, tools, skills, skeleton headings, diagnostics. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { harness, hoverText } from './support/cursor';

const h = harness({ skills: [{ name: 'release-notes', description: 'Drafts release notes from merged pull requests.' }] });

const SPECIALIST = (cursorIn: { key?: string } = {}) => `---
name: release-notes-writer
description: Use this agent to turn merged pull requests into release notes.
version: "1.0.0"
class: technology-implementer
specialty: release-notes
${cursorIn.key ?? 'model: sonnet'}
---

You are the Release Notes Writer, a careful editor of change logs.

## Core Philosophy: Readers First

## Three-Phase Specialist Methodology

### Phase 1: Gather

**Tools**: Read, Grep

### Phase 2: Draft

**Tools**: Write

### Phase 3: Publish

**Tools**: Bash

## Boundaries and Limitations

**You DO**:
- Write notes

**You DON'T**:
- Tag releases

## Self-Verification Checklist

- [ ] Every change is listed
`;

describe('hover: frontmatter', () => {
  it('a key explains its field: what it does, allowed values, default, a link', () => {
    const hover = h.hover('---\nname: x\nmo|del: sonnet\n---\n');
    const text = hoverText(hover);
    assert.match(text, /\*\*`model`\*\*/);
    assert.match(text, /Allowed:.*`sonnet`/);
    assert.match(text, /When absent/);
    assert.match(text, /\(https:\/\/docs\.anthropic\.com[^)]*\)/);
    assert.deepEqual(hover?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
  });

  it('a CAMI key says Claude Code ignores it', () => {
    assert.match(hoverText(h.hover(SPECIALIST().replace('specialty:', 'spec|ialty:'))), /Claude Code ignores it/);
  });

  it('values: a model, a class with its phase weights, a colour of the CAMI palette, a mode', () => {
    assert.match(hoverText(h.hover('---\nname: x\nmodel: op|us\n---\n')), /most capable/);
    assert.match(hoverText(h.hover('---\nname: x\nmodel: claude-opus-4|-5\n---\n')), /full model id/);
    const cls = hoverText(h.hover(SPECIALIST().replace('class: technology-implementer', 'class: technology-imp|lementer')));
    assert.match(cls, /Phase 1 30% · Phase 2 55% · Phase 3 15%/);
    assert.match(cls, /Suggested model.*sonnet/);
    const teal = hoverText(h.hover(SPECIALIST({ key: 'color: te|al' })));
    assert.match(teal, /Claude Code shows only its eight/);
    assert.match(hoverText(h.hover('---\nname: x\npermissionMode: pl|an\n---\n')), /Read-only/);
  });

  it('tools: each entry, specifiers, MCP patterns, old names', () => {
    const marked = (cursor: string) => `---\nname: x\ntools: Read, ${cursor}, mcp__github__create_issue, Task\n---\n`;
    const bash = h.hover(marked('Ba|sh(npm run *)'));
    assert.match(hoverText(bash), /`Bash`.*shell/);
    assert.match(hoverText(bash), /commands matching `npm run \*`/);
    assert.deepEqual(bash?.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 28 } });
    assert.match(hoverText(h.hover('---\nname: x\ntools: [Read, mcp__github__cre|ate_issue]\n---\n')), /tool `create_issue` of the MCP server `github`/);
    assert.match(hoverText(h.hover('---\nname: x\ntools:\n  - Ta|sk\n---\n')), /old name of `Agent`/);
    assert.match(hoverText(h.hover('---\nname: x\ntools: MultiEd|it\n---\n')), /older Claude Code versions/);
  });

  it('a name inside `Agent(…)` shows that agent: its file and description, or that it is built in', () => {
    const withAgents = harness({ agents: [{ path: '/ws/.claude/agents/team/reviewer.md', text: '---\nname: reviewer\ndescription: Use this agent to review a change.\n---\nBody.\n' }] });
    const reviewer = withAgents.hover('---\nname: x\ntools: Read, Agent(planner, revi|ewer)\n---\n');
    assert.match(hoverText(reviewer), /\*\*Agent `reviewer`\*\* \(`team\/reviewer\.md`\) — Use this agent to review a change\./);
    assert.deepEqual(reviewer?.range, { start: { line: 2, character: 28 }, end: { line: 2, character: 36 } });
    assert.match(hoverText(withAgents.hover('---\nname: x\ntools: Agent(Expl|ore)\n---\n')), /built-in agents/);
    assert.match(hoverText(withAgents.hover('---\nname: x\ntools: Agent(plan|ner)\n---\n')), /`Agent`/, 'an unknown name: the tool entry\'s own hover');
  });

  it('skills show the skill description the host found', () => {
    assert.match(hoverText(h.hover('---\nname: x\nskills: [release-no|tes]\n---\n')), /Drafts release notes/);
  });

  it('nothing on an unknown key without a diagnostic, nor on the delimiters', () => {
    assert.equal(h.hover('--|-\nname: x\ndescription: Reviews code.\n---\n'), null);
    assert.equal(h.hover('---\nname: x\ndescription: Reviews code.\nflavour: mi|nt\n---\n'), null);
  });
});

describe('hover: body skeleton', () => {
  const at = (needle: string, offset = 2) => {
    const text = SPECIALIST();
    const index = text.indexOf(needle) + offset;
    return text.slice(0, index) + '|' + text.slice(index);
  };

  it('a phase heading says what belongs in it, with the class weight', () => {
    const text = hoverText(h.hover(at('### Phase 1', 6)));
    assert.match(text, /Phase 1\*\* — Phase 1 is about understanding before acting/);
    assert.match(text, /technology-implementer`, Phase 1 takes about 30%/);
  });

  it('sections, labels and checklist items', () => {
    assert.match(hoverText(h.hover(at('## Self-Verification', 5))), /concrete and checkable/);
    assert.match(hoverText(h.hover(at('## Core Philosophy', 5))), /one principle/);
    assert.match(hoverText(h.hover(at('**You DO**', 3))), /takes on/);
    assert.match(hoverText(h.hover(at("**You DON'T**", 3))), /refuses or hands off/);
    assert.match(hoverText(h.hover(at('**Tools**: Write', 3))), /does not enforce it/);
    assert.match(hoverText(h.hover(at('- [ ] Every', 1))), /yes-or-no question/);
  });

  it('nothing in code blocks or for a Claude Code subagent', () => {
    const fenced = SPECIALIST().replace('## Boundaries and Limitations', '```markdown\n### Pha|se 1: Example\n```\n\n## Boundaries and Limitations');
    assert.equal(h.hover(fenced), null);
    assert.equal(h.hover('---\nname: x\ndescription: Reviews code.\n---\n\n## Bound|aries\n'), null);
  });

  it('CRLF files hover the same', () => {
    const text = hoverText(h.hover(at('### Phase 1', 6).replace(/\n/g, '\r\n')));
    assert.match(text, /Phase 1 is about understanding/);
  });
});

describe('hover: diagnostics', () => {
  it('on a diagnostic, the rule description and a link to its page', () => {
    const hover = h.hover('---\nname: x\ndescription: Reviews code.\nmodel: so|net\n---\n');
    const text = hoverText(hover);
    assert.match(text, /`invalid-value`/);
    assert.match(text, /right type from its allowed set/);
    assert.match(text, /\(file:\/\/\/docs\/rules\/invalid-value\.md\)/);
  });

  it('field docs and rule docs together on a misspelled value', () => {
    const text = hoverText(h.hover('---\nname: x\ndescription: Reviews code.\ncolor: te|al\n---\n'));
    assert.match(text, /invalid-value/);
  });
});
