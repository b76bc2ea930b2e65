/** Completion in the frontmatter at marked cursor positions: keys, values, lists, quotes, CRLF. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../server/src/core/settings';
import { accept, byLabel, harness, labels, newText, sorted } from './support/cursor';

const h = harness();
const THREE_PHASE_HEAD = 'version: "1.0.0"\nclass: technology-implementer\nspecialty: release-notes\n';

describe('completion: frontmatter keys', () => {
  it('offers the missing keys, required first, each with its documentation', () => {
    const items = sorted(h.complete('---\nname: release-notes-writer\n|\n---\nBody.\n'));
    assert.equal(items[0].label, 'description', 'the missing required key comes first');
    assert.ok(!labels(items).includes('name'), 'a present key is not offered again');
    for (const key of ['tools', 'model', 'permissionMode', 'color', 'hooks', 'skills']) assert.ok(labels(items).includes(key), key);
    assert.ok(!labels(items).includes('class'), 'CAMI keys only in the three-phase profile');
    const model = byLabel(items, 'model');
    const doc = model.documentation as { kind: string; value: string };
    assert.equal(doc.kind, 'markdown');
    assert.match(doc.value, /Allowed/);
    assert.match(doc.value, /inherit/);
    assert.match(doc.value, /https:\/\//);
  });

  it('inserts `key: ` with a choice of the allowed values', () => {
    const marked = '---\nname: x\nmod|\n---\n';
    const model = byLabel(h.complete(marked), 'model');
    assert.match(newText(model), /^model: \$\{1\|inherit,sonnet,opus,haiku,fable\|\}$/);
    assert.deepEqual(model.textEdit && 'range' in model.textEdit ? model.textEdit.range : undefined, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    assert.equal(accept(marked, model), '---\nname: x\nmodel: inherit\n---\n');
    assert.equal(newText(byLabel(h.complete('---\nname: x\n|\n---\n'), 'maxTurns')), 'maxTurns: ${1:20}');
  });

  it('suggests the file name for `name` and a quoted version', () => {
    const items = h.complete('---\n|\n---\n');
    assert.equal(newText(byLabel(items, 'name')), 'name: ${1:release-notes-writer}');
    const threePhase = h.complete('---\nname: x\nclass: strategic-planner\nspecialty: y\n|\n---\n');
    assert.equal(newText(byLabel(threePhase, 'version')), 'version: "${1:1.0.0}"');
  });

  it('inserts only the key when the line already has its colon', () => {
    const marked = '---\nname: x\nmod|el: sonnet\n---\n';
    const model = byLabel(h.complete(marked), 'model');
    assert.equal(newText(model), 'model');
    assert.equal(accept(marked, model), '---\nname: x\nmodel: sonnet\n---\n');
  });

  it('offers the CAMI keys in a three-phase agent, with class values and their phase weights', () => {
    const items = h.complete('---\nname: x\ndescription: Use this agent to write notes.\nversion: "1.0.0"\nspecialty: notes\n|\n---\n\n## Three-Phase Specialist Methodology\n');
    const cls = byLabel(items, 'class');
    assert.match(newText(cls), /^class: \$\{1\|workflow-specialist,technology-implementer,strategic-planner,methodology-specialist\|\}$/);
    assert.ok(labels(items).includes('tags') && labels(items).includes('skill_aware'));
  });

  it('never offers keys inside a multi-line value, in the body, or in a comment', () => {
    assert.deepEqual(h.complete('---\nname: x\ndescription: >-\n  Writes notes\n  and mo|re\n---\n'), []);
    assert.deepEqual(h.complete('---\nname: x\n# a comm|ent\n---\n'), []);
    const body = h.complete('---\nname: x\n---\n\nmod|\n');
    assert.ok(!body.some((item) => item.kind === 10), 'no key items in the body');
  });
});

describe('completion: frontmatter values', () => {
  it('model: aliases and full ids, with a space after a bare colon', () => {
    const items = h.complete('---\nname: x\nmodel:|\n---\n', { triggerKind: 2, triggerCharacter: ':' });
    assert.ok(labels(items).includes('sonnet') && labels(items).includes('claude-opus-4-5'));
    assert.equal(newText(byLabel(items, 'opus')), ' opus');
    assert.equal(accept('---\nname: x\nmodel:|\n---\n', byLabel(items, 'opus')), '---\nname: x\nmodel: opus\n---\n');
  });

  it('replaces the word being typed and keeps the rest of the line', () => {
    const marked = '---\nname: x\nmodel: son| # pinned\n---\n';
    const sonnet = byLabel(h.complete(marked), 'sonnet');
    assert.equal(accept(marked, sonnet), '---\nname: x\nmodel: sonnet # pinned\n---\n');
  });

  it('extra models from the settings are offered', () => {
    const items = h.complete('---\nname: x\nmodel: |\n---\n', {}, resolveSettings({ extraModels: ['house-model'] }));
    assert.ok(labels(items).includes('house-model'));
  });

  it('on a complete value, every alternative stays visible', () => {
    const items = h.complete('---\nname: x\nmodel: sonnet|\n---\n');
    assert.equal(byLabel(items, 'opus').filterText, 'sonnet');
  });

  it('suggests the model of the class first', () => {
    const items = h.complete(`---\nname: x\n${THREE_PHASE_HEAD}model: |\n---\n`);
    const preselected = items.filter((i) => i.preselect);
    assert.deepEqual(labels(preselected), ['sonnet']);
  });

  it('color: Claude Code has eight; three-phase adds the CAMI palette with a note', () => {
    assert.equal(h.complete('---\nname: x\ncolor: |\n---\n').length, 8);
    const items = h.complete(`---\nname: x\n${THREE_PHASE_HEAD}color: |\n---\n`);
    assert.ok(items.length > 8);
    assert.match(String(byLabel(items, 'teal').detail), /Claude Code shows only its eight/);
    assert.equal(byLabel(items, 'blue').detail, undefined);
  });

  it('class: the v4 and v5 sets, v5 first in a skill-aware agent', () => {
    const v4 = sorted(h.complete(`---\nname: x\nversion: "1.0.0"\nspecialty: y\nclass: |\n---\n`));
    assert.deepEqual(labels(v4), ['workflow-specialist', 'technology-implementer', 'strategic-planner', 'methodology-specialist']);
    assert.match(JSON.stringify(v4[0].documentation), /15% · Phase 2 70% · Phase 3 15%/);
    const v5 = sorted(h.complete(`---\nname: x\nversion: "1.0.0"\nskill_aware: true\nclass: |\n---\n`));
    assert.equal(v5[0].label, 'methodology-specialist');
  });

  it('enumerated fields and booleans', () => {
    assert.ok(labels(h.complete('---\nname: x\npermissionMode: |\n---\n')).includes('acceptEdits'));
    assert.deepEqual(labels(h.complete('---\nname: x\neffort: |\n---\n')), ['low', 'medium', 'high', 'xhigh', 'max']);
    assert.deepEqual(labels(h.complete('---\nname: x\nmemory: |\n---\n')), ['user', 'project', 'local']);
    assert.deepEqual(labels(h.complete('---\nname: x\nisolation: |\n---\n')), ['worktree']);
    assert.deepEqual(labels(h.complete('---\nname: x\nbackground: |\n---\n')), ['true', 'false']);
    assert.deepEqual(h.complete('---\nname: x\ndescription: Use this: |\n---\n'), [], 'free text gets nothing');
  });

  it('version: the next patch, minor and major, quoted', () => {
    const quoted = '---\nname: x\nspecialty: y\nversion: "1.2.0|"\n---\n';
    const items = h.complete(quoted);
    assert.deepEqual(labels(sorted(items)), ['1.2.1', '1.3.0', '2.0.0']);
    assert.equal(accept(quoted, byLabel(items, '1.3.0')), '---\nname: x\nspecialty: y\nversion: "1.3.0"\n---\n');
    const plain = '---\nname: x\nspecialty: y\nversion: 1.2|\n---\n';
    assert.equal(accept(plain, byLabel(h.complete(plain), '2.0.0')), '---\nname: x\nspecialty: y\nversion: "2.0.0"\n---\n');
    const after = '---\nname: x\nspecialty: y\nversion: "0.9.1"|\n---\n';
    assert.equal(accept(after, byLabel(h.complete(after), '0.9.2')), '---\nname: x\nspecialty: y\nversion: "0.9.2"\n---\n');
    assert.deepEqual(labels(h.complete('---\nname: x\nspecialty: y\nversion: |\n---\n')), ['1.0.0']);
    assert.deepEqual(h.complete('---\nname: x\nversion: |\n---\n'), [], 'a Claude Code subagent has no version field');
  });
});

describe('completion: quoting', () => {
  it('inside a quoted string: replaces inside the quotes, closes an unclosed one', () => {
    const closed = '---\nname: x\nmodel: "son|"\n---\n';
    assert.equal(accept(closed, byLabel(h.complete(closed), 'sonnet')), '---\nname: x\nmodel: "sonnet"\n---\n');
    const open = "---\nname: x\nmodel: 'hai|\n---\n";
    assert.equal(accept(open, byLabel(h.complete(open), 'haiku')), "---\nname: x\nmodel: 'haiku'\n---\n");
  });

  it('nothing after a closed quoted value or before a value', () => {
    assert.deepEqual(h.complete('---\nname: x\nmodel: "sonnet" |\n---\n'), []);
    assert.deepEqual(h.complete('---\nname: x\nmodel:| sonnet\n---\n'), []);
  });
});

describe('completion: tools and skills', () => {
  const current = (items: ReturnType<typeof h.complete>) => labels(items).filter((l) => /^[A-Z]/.test(l) && !l.endsWith('(…)'));

  it('comma string: not the tools already listed, no renamed or legacy names, specifier snippets', () => {
    const marked = '---\nname: x\ntools: Read, Grep,|\n---\n';
    const items = h.complete(marked, { triggerKind: 2, triggerCharacter: ',' });
    assert.ok(!current(items).includes('Read') && !current(items).includes('Grep'));
    for (const gone of ['Task', 'MultiEdit', 'LS', 'BashOutput']) assert.ok(!labels(items).includes(gone), gone);
    assert.ok(current(items).includes('Agent') && current(items).includes('Glob'));
    assert.equal(accept(marked, byLabel(items, 'Glob')), '---\nname: x\ntools: Read, Grep, Glob\n---\n');
    const bash = byLabel(items, 'Bash(…)');
    assert.equal(newText(bash), ' Bash(${1:npm run *})');
    assert.equal(bash.insertTextFormat, 2);
    assert.equal(newText(byLabel(items, 'Agent(…)')), ' Agent(${1:agent-name})');
    assert.ok(labels(items).includes('mcp__…'));
  });

  it('the entry being typed is replaced and does not count as listed', () => {
    const marked = '---\nname: x\ntools: Read, Gre|, Bash\n---\n';
    const items = h.complete(marked);
    assert.ok(current(items).includes('Grep') && !current(items).includes('Bash'));
    assert.equal(accept(marked, byLabel(items, 'Grep')), '---\nname: x\ntools: Read, Grep, Bash\n---\n');
  });

  it('flow list: the item under the cursor, and nothing inside a specifier', () => {
    const marked = '---\nname: x\ntools: [Read, Gl|]\n---\n';
    const items = h.complete(marked);
    assert.ok(!current(items).includes('Read'));
    assert.equal(accept(marked, byLabel(items, 'Glob')), '---\nname: x\ntools: [Read, Glob]\n---\n');
    const quoted = '---\nname: x\ntools: ["Read", "Wr|"]\n---\n';
    assert.equal(accept(quoted, byLabel(h.complete(quoted), 'Write')), '---\nname: x\ntools: ["Read", "Write"]\n---\n');
    assert.deepEqual(h.complete('---\nname: x\ntools: [Read, Bash(npm |)]\n---\n'), []);
    assert.ok(labels(h.complete('---\nname: x\ntools: [|\n---\n', { triggerKind: 2, triggerCharacter: '[' })).includes('Read'));
  });

  it('block list: `- ` items, with a space after a bare dash', () => {
    const marked = '---\nname: x\ndisallowedTools:\n  - Bash\n  -|\n---\n';
    const items = h.complete(marked, { triggerKind: 2, triggerCharacter: '-' });
    assert.ok(!current(items).includes('Bash'));
    assert.equal(accept(marked, byLabel(items, 'Write')), '---\nname: x\ndisallowedTools:\n  - Bash\n  - Write\n---\n');
  });

  it('Bash(…) is not offered when all of Bash is already granted', () => {
    const items = h.complete('---\nname: x\ntools: Bash, |\n---\n');
    assert.ok(!labels(items).includes('Bash(…)') && labels(items).includes('Agent(…)'));
  });

  it('skills come from the host, minus those listed', () => {
    const withSkills = harness({ skills: [{ name: 'release-notes', description: 'Writes release notes.' }, { name: 'changelog' }] });
    const items = withSkills.complete('---\nname: x\nskills: [release-notes, |]\n---\n');
    assert.deepEqual(labels(items), ['changelog']);
    const block = withSkills.complete('---\nname: x\nskills:\n  - |\n---\n');
    assert.match(JSON.stringify(byLabel(block, 'release-notes').documentation), /Writes release notes/);
  });

  it('a host that fails to list skills costs the skills only', () => {
    const logged: string[] = [];
    const failing = harness({ host: { listSkills: () => { throw new Error('disk gone'); }, log: (m) => void logged.push(m) } });
    assert.deepEqual(failing.complete('---\nname: x\nskills: [|]\n---\n'), []);
    assert.match(logged.join('\n'), /disk gone/);
  });
});

describe('completion: CRLF and clients without snippets', () => {
  it('CRLF: same ranges, multi-line inserts use CRLF', () => {
    const marked = '---\r\nname: x\r\ntools: Read,|\r\n---\r\n';
    const items = h.complete(marked, { triggerKind: 2, triggerCharacter: ',' });
    assert.equal(accept(marked, byLabel(items, 'Glob')), '---\r\nname: x\r\ntools: Read, Glob\r\n---\r\n');
    const keys = h.complete('---\r\nname: x\r\nmcp|\r\n---\r\n');
    assert.equal(newText(byLabel(keys, 'mcpServers')), 'mcpServers:\r\n  - ${1:server-name}');
  });

  it('without snippet support, items insert their defaults as plain text', () => {
    const items = h.complete('---\nname: x\n|\n---\n', { snippets: false });
    assert.ok(items.every((item) => item.insertTextFormat !== 2 && !newText(item).includes('${')));
    assert.equal(newText(byLabel(items, 'model')), 'model: inherit');
  });

  it('keys for list fields reopen the suggest widget when the client has a command for it', () => {
    const items = h.complete('---\nname: x\n|\n---\n', { retriggerCommand: 'editor.action.triggerSuggest' });
    assert.equal(byLabel(items, 'tools').command?.command, 'editor.action.triggerSuggest');
    assert.equal(byLabel(items, 'model').command, undefined, 'a choice snippet needs no second list');
  });
});

describe('completion: the typed word', () => {
  it('narrows the list and marks it incomplete, so the editor asks again as the word changes', () => {
    const typed = h.list('---\nname: x\nmodel: son|\n---\n');
    assert.equal(typed.isIncomplete, true);
    assert.ok(typed.items.length > 0 && typed.items.every((item) => /s.*o.*n/i.test(item.label)));
    const empty = h.list('---\nname: x\nmodel: |\n---\n');
    assert.equal(empty.isIncomplete, false);
    const tools = h.list('---\nname: x\ntools: Read, wf|\n---\n');
    assert.deepEqual(labels(tools.items), ['WebFetch', 'WaitForMcpServers', 'Workflow', 'WebFetch(…)'], 'w…f as a subsequence');
  });
});

describe('completion: agent names in Agent(…)', () => {
  const agent = (name: string, description: string) => `---\nname: ${name}\ndescription: ${description}\n---\nBody.\n`;
  const h2 = harness({
    agents: [
      { path: '/ws/.claude/agents/reviewer.md', text: agent('reviewer', 'Use this agent to review a change.') },
      { path: '/ws/.claude/agents/team/planner.md', text: agent('planner', 'Use this agent to plan work.') },
      { path: '/ws/.claude/agents/release-notes-writer.md', text: agent('release-notes-writer', 'The file being edited, as indexed from disk.') },
    ],
  });
  const typedParen = { triggerKind: 2, triggerCharacter: '(' };

  it('offers the workspace agents, then the built-in ones, right after `Agent(`', () => {
    const marked = '---\nname: release-notes-writer\ntools: Read, Agent(|\n---\n';
    const items = sorted(h2.complete(marked, typedParen));
    assert.deepEqual(labels(items).slice(0, 2), ['planner', 'reviewer'], 'workspace agents first, by name; not the file itself');
    assert.ok(labels(items).includes('general-purpose') && labels(items).includes('Explore'), 'built-in agents too');
    assert.ok(!labels(items).includes('release-notes-writer'));
    const planner = byLabel(items, 'planner');
    assert.equal(planner.detail, 'team/planner.md');
    assert.match((planner.documentation as { value: string }).value, /plan work/);
    assert.equal(byLabel(items, 'Explore').detail, 'built-in agent');
    assert.equal(accept(marked, planner), '---\nname: release-notes-writer\ntools: Read, Agent(planner\n---\n');
  });

  it('replaces only the name under the cursor, and leaves out the names already given', () => {
    const typed = '---\nname: x\ntools: Read, Agent(rev|), Bash\n---\n';
    const items = h2.complete(typed);
    assert.deepEqual(labels(items), ['reviewer']);
    assert.equal(accept(typed, items[0]), '---\nname: x\ntools: Read, Agent(reviewer), Bash\n---\n');
    const second = '---\nname: x\ntools: Agent(reviewer, |)\n---\n';
    const more = h2.complete(second, { triggerKind: 2, triggerCharacter: ',' });
    assert.ok(!labels(more).includes('reviewer') && labels(more).includes('planner'));
    assert.equal(accept(second, byLabel(more, 'planner')), '---\nname: x\ntools: Agent(reviewer, planner)\n---\n');
  });

  it('works in flow and block lists, in quotes, in disallowedTools and for the old name Task', () => {
    const flow = '---\nname: x\ntools: [Read, Agent(pl|)]\n---\n';
    assert.equal(accept(flow, byLabel(h2.complete(flow), 'planner')), '---\nname: x\ntools: [Read, Agent(planner)]\n---\n');
    const block = '---\nname: x\ntools:\n  - Read\n  - Agent(|)\n---\n';
    assert.equal(accept(block, byLabel(h2.complete(block, typedParen), 'reviewer')), '---\nname: x\ntools:\n  - Read\n  - Agent(reviewer)\n---\n');
    const quoted = '---\nname: x\ntools: "Read, Agent(|)"\n---\n';
    assert.equal(accept(quoted, byLabel(h2.complete(quoted, typedParen), 'reviewer')), '---\nname: x\ntools: "Read, Agent(reviewer)"\n---\n');
    assert.ok(labels(h2.complete('---\nname: x\ndisallowedTools: Task(|)\n---\n', typedParen)).includes('planner'));
  });

  it('offers nothing inside other specifiers, and `(` opens nothing elsewhere', () => {
    assert.deepEqual(h2.complete('---\nname: x\ntools: Bash(|\n---\n', typedParen), []);
    assert.deepEqual(h2.complete('---\nname: x\ndescription: Reviews code (|\n---\n', typedParen), []);
    assert.deepEqual(h2.complete('---\nname: x(|\n---\n', typedParen), []);
    assert.deepEqual(h2.complete('---\nname: x\n---\n\nSome prose (|\n', typedParen), []);
    assert.deepEqual(h2.complete('---\nname: x\n---\n\n**Tools**: Read, Agent(|\n', typedParen), []);
  });

  it('the `Agent(…)` snippet leaves the cursor in the parentheses and reopens the list where the editor can', () => {
    const marked = '---\nname: x\ntools: Read, |\n---\n';
    const vscode = byLabel(h2.complete(marked, { retriggerCommand: 'editor.action.triggerSuggest' }), 'Agent(…)');
    assert.equal(newText(vscode), 'Agent($1)');
    assert.deepEqual(vscode.command, { title: 'Suggest agents', command: 'editor.action.triggerSuggest' });
    const other = byLabel(h2.complete(marked), 'Agent(…)');
    assert.equal(newText(other), 'Agent(${1:agent-name})');
    assert.equal(other.command, undefined);
  });
});
