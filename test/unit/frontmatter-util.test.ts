/** The small pure helpers behind the frontmatter rules: typo distance, suggestions, names, value rewrites. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { didYouMean } from '../../server/src/core/util/did-you-mean';
import { editDistance } from '../../server/src/core/util/edit-distance';
import { isKebabCase, toKebabCase } from '../../server/src/core/util/kebab-case';
import { baseNameWithoutExtension } from '../../server/src/core/util/path-name';
import { foldPlainLines, foldedBlock, singleQuoted } from '../../server/src/core/rules/frontmatter/support/plain-value-rewrite';
import { splitTopLevel } from '../../server/src/core/rules/frontmatter/support/tool-entries';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    assert.equal(editDistance('model', 'model'), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('modle', 'model'), 1);
    assert.equal(editDistance('electorn', 'electron'), 1);
    assert.equal(editDistance('tool', 'tools'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

describe('didYouMean', () => {
  const keys = ['name', 'description', 'tools', 'model', 'permissionMode', 'maxTurns'];
  it('finds near misses and separator or case variants', () => {
    assert.equal(didYouMean('Model', keys), 'model');
    assert.equal(didYouMean('max_turns', keys), 'maxTurns');
    assert.equal(didYouMean('desciption', keys), 'description');
    assert.equal(didYouMean('tool', keys), 'tools');
  });
  it('does not guess for distant or tied words', () => {
    assert.equal(didYouMean('category', keys), undefined);
    assert.equal(didYouMean('global', ['user', 'project', 'local']), undefined);
    assert.equal(didYouMean('ab', ['ac', 'ad']), undefined);
    assert.equal(didYouMean('', keys), undefined);
  });
  it('answers the same when asked again, per list and per typo budget', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(didYouMean('desciption', keys), 'description');
      assert.equal(didYouMean('desciption', keys, { maxDistance: 0 }), undefined, 'the budget is part of the question');
      assert.equal(didYouMean('desciption', ['describe', 'descriptions']), 'descriptions', 'another list, another answer');
      assert.equal(didYouMean('tool', new Set(['tools', 'model'])), 'tools');
      assert.equal(didYouMean('tool', new Set(['toil', 'model'])), 'toil');
    }
  });
});

describe('kebab case', () => {
  it('recognises kebab-case', () => {
    assert.ok(isKebabCase('code-reviewer'));
    assert.ok(isKebabCase('k8s-checker-2'));
    assert.ok(!isKebabCase('Code-Reviewer'));
    assert.ok(!isKebabCase('code--reviewer'));
    assert.ok(!isKebabCase('-reviewer'));
    assert.ok(!isKebabCase('billing:reviewer'));
  });
  it('converts names and file names', () => {
    assert.equal(toKebabCase('CodeReviewer'), 'code-reviewer');
    assert.equal(toKebabCase('API Designer'), 'api-designer');
    assert.equal(toKebabCase('APIDesigner'), 'api-designer');
    assert.equal(toKebabCase('my_agent_v2'), 'my-agent-v2');
    assert.equal(toKebabCase('plugin:reviewer'), 'plugin-reviewer');
    assert.equal(toKebabCase('revisor-de-código'), 'revisor-de-codigo');
    assert.equal(toKebabCase('--'), '');
  });
  it('takes the file name without folders and extension', () => {
    assert.equal(baseNameWithoutExtension('/ws/.claude/agents/team/api-designer.md'), 'api-designer');
    assert.equal(baseNameWithoutExtension('C:\\ws\\agents\\x.agent.md'), 'x.agent');
    assert.equal(baseNameWithoutExtension('.hidden'), '.hidden');
  });
});

describe('plain value rewrites', () => {
  const cases: string[][] = [
    ['Use this agent: for reviews.'],
    ["It's the user's \\n literal: yes"],
    ['first line', 'second: line', '', 'after a blank line'],
    ['Examples:', '<example>', 'user: "hi"', '</example>'],
    ['#not a comment: really', '  @mention and `code`'],
  ];
  for (const lines of cases) {
    it(`both rewrites of ${JSON.stringify(lines)} parse to the folded text`, () => {
      const text = foldPlainLines(lines);
      for (const eol of ['\n', '\r\n']) {
        const quoted = parse(`key: ${singleQuoted(text, eol)}\n`) as { key: string };
        const block = parse(`key: ${foldedBlock(lines, eol)}\n`) as { key: string };
        assert.equal(quoted.key, text);
        assert.equal(block.key, text);
      }
    });
  }
  it('folds like YAML: lines joined by spaces, blank lines kept as breaks', () => {
    assert.equal(foldPlainLines(['a ', '  b', '', '', 'c', '']), 'a b\n\nc');
  });
});

describe('tool list splitting', () => {
  it('splits on commas outside parentheses', () => {
    assert.deepEqual(
      splitTopLevel('Read, Agent(a, b),Bash(npm run *) , mcp__x__*,').map((p) => p.text),
      ['Read', 'Agent(a, b)', 'Bash(npm run *)', 'mcp__x__*'],
    );
    assert.deepEqual(splitTopLevel('  Read').map((p) => p.offset), [2]);
  });
});
