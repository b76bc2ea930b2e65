import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAgentDocument } from '../../server/src/core/document/parse';

const parse = (text: string) => parseAgentDocument('file:///a.md', 1, text);

const AGENT = [
  '---',
  'name: sample',
  'description: Use this agent for samples.',
  '---',
  '',
  'You are the Sample Specialist, a master of examples.',
  '',
  '## Core Philosophy: Small Steps',
  '',
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1: Look (30%)',
  '**Tools**: Read',
  '',
  '### Phase 2: Build',
  '- **Tools Used**: Edit',
  '',
  '### Phase 3: Check',
  '**Tool Usage:** Bash',
  '',
  '## Boundaries and Limitations',
  '**You DO**:',
  '- things',
  "**You DON'T** (delegate to others):",
  '- other things',
  '',
  '## Self-Verification Checklist',
  '- [ ] one',
  '- [x] two',
  '- three',
  '',
].join('\n');

describe('parseAgentDocument', () => {
  it('reads frontmatter fields with exact positions', () => {
    const doc = parse(AGENT);
    assert.equal(doc.frontmatter?.closeLine, 3);
    assert.equal(doc.frontmatter?.valid, true);
    const name = doc.frontmatter!.fields[0];
    assert.equal(name.key, 'name');
    assert.equal(name.value, 'sample');
    assert.deepEqual(name.keyRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    assert.deepEqual(name.valueRange, { start: { line: 1, character: 6 }, end: { line: 1, character: 12 } });
  });

  it('finds the three-phase skeleton with its variants', () => {
    const { structure } = parse(AGENT);
    assert.match(structure.identity!.text, /^You are the Sample Specialist/);
    assert.equal(structure.corePhilosophy?.text, 'Core Philosophy: Small Steps');
    const phases = structure.methodology!.phases;
    assert.deepEqual(phases.map((p) => [p.number, p.title, p.weight, p.tools?.line]), [
      [1, 'Look', 30, 12],
      [2, 'Build', undefined, 15],
      [3, 'Check', undefined, 18],
    ]);
    assert.equal((structure.boundaries?.doList as { line: number }).line, 21);
    assert.equal((structure.boundaries?.dontList as { line: number }).line, 23);
    assert.deepEqual(structure.checklist?.items.map((i) => i.checkbox), [' ', 'x', undefined]);
  });

  it('treats CRLF and a BOM like LF', () => {
    const crlf = parse('\uFEFF' + AGENT.replace(/\n/g, '\r\n'));
    assert.equal(crlf.source.eol, '\r\n');
    assert.equal(crlf.frontmatter?.fields[1].value, 'Use this agent for samples.');
    assert.deepEqual(crlf.frontmatter?.fields[1].valueRange.end, { line: 2, character: 40 });
    assert.equal(crlf.structure.methodology?.phases.length, 3);
    assert.equal(crlf.structure.checklist?.items.length, 3);
  });

  it('handles an empty file and a file without frontmatter', () => {
    assert.equal(parse('').frontmatter, undefined);
    assert.equal(parse('').body.headings.length, 0);
    const plain = parse('# Title\n\nText');
    assert.equal(plain.frontmatter, undefined);
    assert.equal(plain.body.headings[0].text, 'Title');
  });

  it('keeps an unterminated frontmatter from swallowing the body', () => {
    const doc = parse('---\nname: x\ndescription: y\n\nYou are X.\n\n## Core Philosophy: Z\n');
    assert.equal(doc.frontmatter?.closeLine, undefined);
    assert.deepEqual(doc.frontmatter?.fields.map((f) => f.key), ['name', 'description']);
    assert.equal(doc.frontmatter?.errors.length, 0);
    assert.equal(doc.body.headings[0].text, 'Core Philosophy: Z');
  });

  it('does not treat `---js` as frontmatter, so nothing is ever evaluated', () => {
    let ran = false;
    (globalThis as Record<string, unknown>).__agentsmithPwned = () => (ran = true);
    const doc = parse('---js\n{ name: (globalThis.__agentsmithPwned(), "x") }\n---\nbody');
    assert.equal(doc.frontmatter, undefined);
    const asYaml = parse('---\nname: !!js/function "function(){ globalThis.__agentsmithPwned() }"\n---\n');
    assert.ok(asYaml.frontmatter);
    assert.equal(ran, false);
    delete (globalThis as Record<string, unknown>).__agentsmithPwned;
  });

  it('reads broken YAML leniently and pins the error on the offending `word:`', () => {
    const doc = parse('---\nname: helper\ndescription: Use this agent. Examples: <example>Context: x</example>\nmodel: opus\n---\n');
    const fm = doc.frontmatter!;
    assert.equal(fm.valid, false);
    assert.equal(fm.errors.length, 1);
    assert.deepEqual(fm.errors[0].range, { start: { line: 2, character: 29 }, end: { line: 2, character: 38 } });
    assert.equal(fm.errors[0].fieldLine, 2);
    assert.deepEqual(fm.fields.map((f) => [f.key, f.value, f.lenient]), [
      ['name', 'helper', true],
      ['description', 'Use this agent. Examples: <example>Context: x</example>', true],
      ['model', 'opus', true],
    ]);
  });

  it('keeps duplicate keys', () => {
    const doc = parse('---\nname: a\nname: b\n---\n');
    assert.deepEqual(doc.frontmatter?.fields.map((f) => f.value), ['a', 'b']);
    assert.equal(doc.frontmatter?.valid, true);
  });

  it('reads list items of flow and block sequences with their ranges', () => {
    const doc = parse('---\ntools: [Read, "Bash(npm *)"]\nskills:\n  - one\n  - two\n---\n');
    const [tools, skills] = doc.frontmatter!.fields;
    assert.deepEqual(tools.items?.map((i) => [i.value, i.range.start.character]), [['Read', 8], ['Bash(npm *)', 14]]);
    assert.deepEqual(skills.items?.map((i) => [i.value, i.range.start.line]), [['one', 3], ['two', 4]]);
  });

  it('ignores headings, checklist items and `---` inside code fences', () => {
    const doc = parse('---\nname: a\n---\n```markdown\n---\nname: inner\n---\n## Self-Verification Checklist\n- [ ] not real\n```\n## Real\n');
    assert.deepEqual(doc.body.headings.map((h) => h.text), ['Real']);
    assert.equal(doc.body.listItems.length, 0);
    assert.equal(doc.frontmatter?.fields.length, 1);
  });

  it('pairs fences by CommonMark rules: a tagged fence never closes, a longer run does', () => {
    const nested = parse('Intro\n\n```markdown\n```tsx\nx\n```\n## Hidden\n```\n## Also hidden\n');
    // ```tsx is content; the bare ``` closes the outer fence; `## Hidden` is a heading; the
    // last ``` opens a block that runs to the end of the file.
    assert.deepEqual(nested.body.fences.map((f) => [f.openLine, f.closeLine]), [[2, 5], [7, undefined]]);
    assert.deepEqual(nested.body.headings.map((h) => h.text), ['Hidden']);
    assert.deepEqual(nested.body.hiddenHeadings.map((h) => h.text), ['Also hidden']);
    const longer = parse('````markdown\n```tsx\nx\n```\n## Inside\n````\n## Outside\n');
    assert.deepEqual(longer.body.fences.map((f) => [f.openLine, f.closeLine]), [[0, 5]]);
    assert.deepEqual(longer.body.headings.map((h) => h.text), ['Outside']);
    const tilde = parse('~~~\n```\n~~~\n# After\n');
    assert.deepEqual(tilde.body.headings.map((h) => h.text), ['After']);
  });

  it('copes with NBSP, odd Unicode and binary junk', () => {
    const nbsp = parse('---\nname: caf\u00e9\u00a0agent\ndescription: "\u{1F600} emoji"\n---\n## Core\u00a0Philosophy: \u{1F600}\n');
    assert.equal(nbsp.frontmatter?.fields[0].value, 'caf\u00e9\u00a0agent');
    assert.equal(nbsp.body.headings.length, 1);
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    assert.doesNotThrow(() => parse(junk));
    assert.doesNotThrow(() => parse('---\n' + junk + '\n---\n' + junk));
  });

  it('reads agentsmith-disable comments', () => {
    const doc = parse('---\n# agentsmith-disable unknown-field, name-format\nname: a\n---\n<!-- agentsmith-disable-next-line phase-tools -->\n### Phase 1: x\n');
    assert.deepEqual([...doc.frontmatter!.disabledRules], ['unknown-field', 'name-format']);
    assert.deepEqual([...(doc.body.disabledLines.get(5) ?? [])], ['phase-tools']);
  });

  it('parses a 10 MB file', () => {
    const block = '### Phase 1: Look\n\nSome prose with **bold** and `code`.\n- item\n```ts\nconst x = 1;\n```\n';
    const text = '---\nname: big\ndescription: d\n---\n## Three-Phase Specialist Methodology\n' + block.repeat(Math.ceil(10_000_000 / block.length));
    const doc = parse(text);
    assert.ok(doc.source.text.length >= 10_000_000);
    assert.ok(doc.body.fences.every((f) => f.closeLine !== undefined));
    assert.ok(doc.structure.methodology!.phases.length > 100_000);
  });

  it('re-reads only the frontmatter field an edit touched', () => {
    const v1 = '---\nname: a\ndescription: "first"\ntools: [Read, Grep]\n---\nbody\n';
    const v2 = v1.replace('first', 'firs');
    const v3 = v1.replace('first', 'fir');
    const change = (text: string) => ({ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 19 } }, text });
    const d1 = parse(v1);
    const d2 = parseAgentDocument('file:///a.md', 2, v2, { previous: { doc: d1, changes: [change('firs')] } });
    const d3 = parseAgentDocument('file:///a.md', 3, v3, { previous: { doc: d2, changes: [change('fir')] } });
    const chunks2 = d2.frontmatter!.yamlChunks!;
    const chunks3 = d3.frontmatter!.yamlChunks!;
    assert.equal(chunks3.length, 3);
    assert.equal(chunks3[0].doc, undefined, 'a one-line plain value is read without the YAML parser');
    assert.notEqual(chunks3[1].doc, chunks2[1].doc);
    assert.equal(chunks3[2].doc, chunks2[2].doc);
    assert.deepEqual(d3.frontmatter!.fields, parse(v3).frontmatter!.fields);
  });

  it('reads one-line plain values exactly as YAML does', () => {
    for (const value of ['plain words', 'yes', 'Use this agent, then [that] {one}', "it's fine", 'a:b', 'x # y', 'true', 'Null', 'v1.2', 'a: b']) {
      const text = `---\nname: n\ndescription: ${value}\n---\n`;
      const edited = text.replace('name: n', 'name: m');
      const d1 = parse(text);
      const viaChunks = parseAgentDocument('file:///a.md', 3, text, {
        previous: { doc: parseAgentDocument('file:///a.md', 2, edited, { previous: { doc: d1, changes: [{ range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } }, text: 'm' }] } }), changes: [{ range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } }, text: 'n' }] },
      });
      assert.deepEqual(viaChunks.frontmatter?.fields, parse(text).frontmatter?.fields, value);
      assert.deepEqual(viaChunks.frontmatter?.errors, parse(text).frontmatter?.errors, value);
    }
  });
});
