/** Completion in the body (headings, Tools lines), in empty files, and where nothing belongs. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agentSnippets } from '../../server/src/core/snippets/index';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { input, strictService } from './support/documents';
import { accept, byLabel, cursorAt, harness, labels, newText, sorted } from './support/cursor';

const h = harness();

const FRONTMATTER = `---
name: release-notes-writer
description: Use this agent to turn merged pull requests into release notes.
version: "1.0.0"
class: technology-implementer
specialty: release-notes
model: sonnet
---
`;

/** A three-phase body with Phase 2, Documentation Strategy and Quality Standards missing. */
function body(cursorLine: string, eol = '\n'): string {
  return (
    FRONTMATTER +
    `
You are the Release Notes Writer, a careful editor of change logs.

## Core Philosophy: Readers First

## Three-Phase Specialist Methodology

### Phase 1: Gather

**Tools**: Read, Grep

### Phase 3: Publish

${cursorLine}

## Decision-Making Framework

## Boundaries and Limitations

**You DO**:
- Write notes

**You DON'T**:
- Tag releases

## Self-Verification Checklist

- [ ] Every change is listed
`
  ).replace(/\n/g, eol);
}

const headings = (items: ReturnType<typeof h.complete>) => labels(sorted(items)).filter((l) => l.startsWith('#'));

describe('completion: body headings', () => {
  it('offers the sections the skeleton lacks, in canonical order', () => {
    const items = h.complete(body('##|'), { triggerKind: 2, triggerCharacter: '#' });
    assert.deepEqual(headings(items), ['## Technology Stack', '### Phase 2', '## Documentation Strategy', '## Quality Standards']);
    const phase2 = byLabel(items, '### Phase 2');
    assert.equal(newText(phase2), '### Phase 2: ${1:title}');
    assert.match(JSON.stringify(phase2.documentation), /technology-implementer`, Phase 2 takes about 55%/);
  });

  it('replaces the heading being typed, from its first `#`', () => {
    const marked = body('## Docu|');
    const result = accept(marked, byLabel(h.complete(marked), '## Documentation Strategy'));
    assert.ok(result.includes('\n## Documentation Strategy\n'));
    assert.ok(!result.includes('Docu\n'));
  });

  it('the heading on the cursor line does not count as present', () => {
    const items = h.complete(body('## Quality Standards|'));
    assert.ok(headings(items).includes('## Quality Standards'));
  });

  it('an empty body line on Ctrl+Space offers the headings; typing elsewhere does not', () => {
    assert.ok(headings(h.complete(body('|'), { triggerKind: 1 })).includes('### Phase 2'));
    assert.deepEqual(h.complete(body('Note:|'), { triggerKind: 2, triggerCharacter: ':' }), []);
    assert.deepEqual(h.complete(body('- first, second,|'), { triggerKind: 2, triggerCharacter: ',' }), []);
  });

  it('an empty skeleton gets every section', () => {
    const items = h.complete(`${FRONTMATTER}\n## Three-Phase Specialist Methodology\n\n#|\n`, { triggerKind: 2, triggerCharacter: '#' });
    assert.deepEqual(headings(items), [
      '## Core Philosophy',
      '## Technology Stack',
      '### Phase 1',
      '### Phase 2',
      '### Phase 3',
      '## Documentation Strategy',
      '## Decision-Making Framework',
      '## Boundaries and Limitations',
      '## Quality Standards',
      '## Self-Verification Checklist',
    ]);
    assert.equal(newText(byLabel(items, '## Core Philosophy')), '## Core Philosophy: ${1:principle}');
  });

  it('nothing inside a code fence or an HTML comment', () => {
    assert.deepEqual(h.complete(body('```markdown\n##|\n```')), []);
    assert.deepEqual(h.complete(body('<!--\n##|\n-->')), []);
  });

  it('a Claude Code subagent (no skeleton) gets no skeleton headings', () => {
    assert.deepEqual(h.complete('---\nname: x\ndescription: Reviews code.\n---\n\nYou review code.\n\n##|\n'), []);
  });
});

describe('completion: after a Tools label', () => {
  it('tool names not yet on the line, for every label form', () => {
    for (const label of ['**Tools**:', '- **Tools**:', '**Tools:**', '**Tool Usage**:']) {
      const marked = body(`${label} Read, |`);
      const items = h.complete(marked);
      assert.ok(!labels(items).includes('Read') && labels(items).includes('Edit'), label);
      assert.ok(!labels(items).some((l) => l.endsWith('(…)')), 'no specifier snippets in prose');
      assert.ok(accept(marked, byLabel(items, 'Edit')).includes(`${label} Read, Edit\n`));
    }
  });

  it('right after the colon, the name gets its space', () => {
    const marked = body('**Tools**:|');
    const edit = byLabel(h.complete(marked, { triggerKind: 2, triggerCharacter: ':' }), 'Write');
    assert.ok(accept(marked, edit).includes('**Tools**: Write\n'));
  });

  it('nothing before the label or inside a code block', () => {
    assert.deepEqual(h.complete(body('**Too|ls**: Read')), []);
    assert.deepEqual(h.complete(body('```\n**Tools**: |\n```')), []);
  });
});

describe('completion: CRLF body', () => {
  it('headings and Tools lines work the same with CRLF line breaks', () => {
    const marked = body('##|', '\r\n');
    assert.ok(headings(h.complete(marked)).includes('### Phase 2'));
    const tools = body('**Tools**: Read, |', '\r\n');
    assert.ok(accept(tools, byLabel(h.complete(tools), 'Bash')).includes('**Tools**: Read, Bash\r\n'));
  });
});

describe('completion: snippets and non-agent files', () => {
  it('an empty agent file offers the whole-agent snippets', () => {
    const expected = agentSnippets.filter((s) => s.where === 'empty-file').map((s) => s.prefix);
    assert.deepEqual(labels(h.complete('|')).sort(), [...expected].sort());
    const dashes = h.complete('---|', { triggerKind: 2, triggerCharacter: '-' });
    assert.deepEqual(labels(dashes).sort(), [...expected].sort());
    for (const item of dashes) assert.ok(item.filterText?.startsWith('---'));
  });

  it('frontmatter snippets sit beside the keys, not when their key is present', () => {
    const frontmatterSnippets = agentSnippets.filter((s) => s.where === 'frontmatter');
    const items = h.complete('---\nname: x\n|\n---\n');
    for (const s of frontmatterSnippets) assert.ok(items.some((i) => i.kind === 15 && i.label === s.prefix), s.id);
    const withHooks = h.complete('---\nname: x\nhooks:\n  Stop: []\n|\n---\n');
    assert.ok(!withHooks.some((i) => i.kind === 15 && i.label === 'hooks'));
  });

  it('body snippets at a word on its own line, minus sections already there', () => {
    const items = h.complete(body('|'), { triggerKind: 1 });
    const snippetLabels = items.filter((i) => i.kind === 15).map((i) => i.label);
    assert.ok(!snippetLabels.includes('checklist'), 'the checklist exists');
    const expected = agentSnippets.filter((s) => s.where === 'body' && s.profiles.includes('three-phase') && !['methodology', 'boundaries', 'checklist'].includes(s.id));
    assert.deepEqual(snippetLabels.sort(), expected.map((s) => s.prefix).sort());
    assert.ok(headings(items).includes('### Phase 2'), 'the headings come with them');
    const typed = h.complete(body('chec|'));
    assert.ok(typed.every((item) => /c.*h.*e.*c/i.test(item.filterText ?? item.label)), 'only what matches the typed word');
  });

  it('a Markdown file outside the agent folders is not an agent file: the server asks for nothing', () => {
    const { text } = cursorAt('# Notes\n\n##|\n');
    assert.equal(strictService().isAgentFile(input(text, '/ws/docs/notes.md'), DEFAULT_SETTINGS), false);
    assert.equal(strictService().isAgentFile(input(text, '/ws/.claude/agents/README.md'), DEFAULT_SETTINGS), false);
  });
});
