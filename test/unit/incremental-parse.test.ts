/**
 * The incremental parse must equal a full parse after any edit. Random edits (typing,
 * deleting, pasting fences, headings and line breaks, in the frontmatter and the body) are
 * applied one by one; after each, the incremental result is compared with a fresh parse.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AgentDocument } from '../../server/src/core/document/model';
import { parseAgentDocument } from '../../server/src/core/document/parse';
import { createLanguageService } from '../../server/src/core/create-service';
import type { DocumentInput, TextChange } from '../../server/src/core/service';
import { resolveSettings } from '../../server/src/core/settings';

const BASE = [
  '---',
  'name: sample',
  'description: Use this agent for samples.',
  'tools: Read, Grep',
  '---',
  '',
  'You are the Sample Specialist.',
  '',
  '## Core Philosophy: Small Steps',
  '',
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1: Look (30%)',
  'Prose here.',
  '**Tools**: Read',
  '',
  '```markdown',
  '## Not a heading',
  '```tsx',
  'const a = 1;',
  '```',
  '',
  '### Phase 2: Build',
  '- **Tools**: Edit',
  '<!-- agentsmith-disable-next-line phase-tools -->',
  '### Phase 3: Check',
  '',
  '<!--',
  '## Commented out',
  '-->',
  '## Boundaries and Limitations',
  '**You DO**:',
  '- things',
  "**You DON'T**:",
  '- other things',
  '',
  '## Self-Verification Checklist',
  '- [ ] one',
  '- [x] two',
  '',
].join('\n');

const SNIPPETS = ['You do NOT:\n', 'You DO:\n- a thing\n', 'plain prose ', '\n\nmore prose\n', 'tools: Task, Bash(npm *)\n', 'name: Bad:Name\n', 'version: 1.1\n', 'model: opus\n', 'hooks: []\n', 'description: Use this agent\n', 'skills:\n  - notes\n', 'tools:\r\n  - Read\r\n', 'hooks:\n', '\n', '\n\n', '```', '```ts\n', '~~~\n', '## Quality Standards\n', '### Phase 4: More\n', '- [ ] item\n', '**Tools**: X\n', '<!--', '-->', 'word ', '# ', 'x', '\r\n', ''];

/** A small deterministic PRNG so failures reproduce. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function comparable(doc: AgentDocument) {
  const { body, frontmatter, structure } = doc;
  return {
    frontmatter: frontmatter && { close: frontmatter.closeLine, fields: frontmatter.fields.map((f) => [f.key, f.value, f.keyRange, f.valueRange, f.valueSource, f.style, f.items, f.lenient]), errors: frontmatter.errors },
    body: {
      startLine: body.startLine,
      headings: body.headings,
      fences: body.fences,
      listItems: body.listItems,
      labels: body.labels,
      firstParagraph: body.firstParagraph,
      hidden: body.hiddenHeadings,
      disabled: [...body.disabledLines].map(([l, ids]) => [l, [...ids]]),
      opaque: body.opaqueRanges,
    },
    structure,
  };
}

describe('incremental parse', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`matches a full parse after random edits (seed ${seed})`, () => {
      const next = random(seed);
      let textDoc = TextDocument.create('file:///a.md', 'markdown', 1, BASE);
      let doc = parseAgentDocument('file:///a.md', 1, BASE);
      for (let step = 0; step < 150; step++) {
        const text = textDoc.getText();
        const batch = 1 + Math.floor(next() * 3);
        const changes = [];
        for (let i = 0; i < batch; i++) {
          const current = textDoc.getText();
          const a = Math.floor(next() * (current.length + 1));
          const b = Math.min(current.length, a + (next() < 0.5 ? 0 : Math.floor(next() * 12)));
          const insert = SNIPPETS[Math.floor(next() * SNIPPETS.length)];
          const change = { range: { start: textDoc.positionAt(a), end: textDoc.positionAt(b) }, text: insert };
          changes.push(change);
          textDoc = TextDocument.update(textDoc, [change], textDoc.version + 1);
        }
        const newText = textDoc.getText();
        const incremental = parseAgentDocument('file:///a.md', textDoc.version, newText, { previous: { doc, changes } });
        const full = parseAgentDocument('file:///a.md', textDoc.version, newText);
        assert.deepEqual(comparable(incremental), comparable(full), `seed ${seed} step ${step}\n--- before ---\n${text}\n--- after ---\n${newText}`);
        doc = incremental;
      }
    });
  }
});

describe('frontmatter fields as parts', () => {
  it('reads a `key:` line with its indented list as a field of its own, kept while another field is edited', () => {
    const text = ['---', 'name: sample', 'description: Use this agent for samples.', 'tools:', '  - Read', '  - Grep', 'skills:\r', '  - notes\r', '---', 'Body.', ''].join('\n');
    // The first reading keeps no per-field parts (opening a file reads it once); the edits after it do.
    let doc = parseAgentDocument('file:///a.md', 1, text);
    let current = text;
    const versions: AgentDocument[] = [];
    for (let version = 2; version <= 3; version++) {
      const at = current.indexOf('samples.');
      current = current.slice(0, at) + 'more ' + current.slice(at);
      const start = { line: 2, character: at - current.indexOf('description') };
      doc = parseAgentDocument('file:///a.md', version, current, { previous: { doc, changes: [{ range: { start, end: start }, text: 'more ' }] } });
      versions.push(doc);
    }
    const [first, second] = versions;
    const field = (d: AgentDocument, key: string) => d.frontmatter!.fields.find((f) => f.key === key);
    assert.deepEqual(field(second, 'tools')?.value, ['Read', 'Grep']);
    assert.deepEqual(field(second, 'skills')?.value, ['notes']);
    assert.equal(field(second, 'tools'), field(first, 'tools'), 'the tools field is reused, not read again');
    assert.equal(field(second, 'skills'), field(first, 'skills'), 'a CRLF `key:` line starts a field too');
    assert.notEqual(field(second, 'description'), field(first, 'description'));
  });
});

describe('incremental diagnostics', () => {
  for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
    it(`equal a fresh service's after random edits, rule memory included (seed ${seed})`, () => {
      const next = random(seed);
      const settings = resolveSettings({});
      const incremental = createLanguageService({ log: (m) => assert.fail(m) });
      const uri = 'file:///ws/.claude/agents/sample.md';
      const history: { version: number; changes: TextChange[] }[] = [];
      let textDoc = TextDocument.create(uri, 'markdown', 1, BASE.replace('---\n\nYou', 'version: "1.0.0"\nclass: strategic-planner\n---\n\nYou'));
      const inputOf = (doc: TextDocument): DocumentInput => {
        const text = doc.getText();
        return {
          uri,
          version: doc.version,
          path: '/ws/.claude/agents/sample.md',
          getText: () => text,
          changesSince: (since) => history.filter((h) => h.version > since && h.version <= doc.version).flatMap((h) => h.changes),
        };
      };
      incremental.diagnose(inputOf(textDoc), settings);
      for (let step = 0; step < 120; step++) {
        const current = textDoc.getText();
        const inFrontmatter = next() < 0.4;
        const limit = inFrontmatter ? current.indexOf('\n---', 4) : current.length;
        const a = inFrontmatter ? 4 + Math.floor(next() * Math.max(1, limit - 4)) : Math.floor(next() * (current.length + 1));
        const b = Math.min(current.length, a + (next() < 0.6 ? 0 : Math.floor(next() * 6)));
        const insert = SNIPPETS[Math.floor(next() * SNIPPETS.length)];
        const change = { range: { start: textDoc.positionAt(a), end: textDoc.positionAt(b) }, text: insert };
        textDoc = TextDocument.update(textDoc, [change], textDoc.version + 1);
        history.push({ version: textDoc.version, changes: [change] });
        const fresh = createLanguageService({ log: (m) => assert.fail(m) });
        const input = inputOf(textDoc);
        const diagnostics = incremental.diagnose(input, settings);
        assert.deepEqual(diagnostics, fresh.diagnose(input, settings), `seed ${seed} step ${step}:\n${textDoc.getText()}`);
        // The fixes too: a reused finding must carry the edits a fresh run would compute.
        const whole = { start: { line: 0, character: 0 }, end: { line: textDoc.lineCount, character: 0 } };
        assert.deepEqual(
          incremental.codeActions(input, settings, whole, diagnostics),
          fresh.codeActions(input, settings, whole, diagnostics),
          `fixes differ at seed ${seed} step ${step}:\n${textDoc.getText()}`,
        );
      }
    });
  }
});
