/**
 * Validation of `.agentsmith.json`: each kind of mistake is reported on the exact text at
 * fault with a message that says what to write, and whatever is valid still applies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ConfigProblem, globProblem, settingsLayerFromValue, validateConfig } from '../../server/src/core/config/index';

/** The range of the `occurrence`-th appearance of `needle` in `text` (single-line needles). */
function rangeOf(text: string, needle: string, occurrence = 1) {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not in the text`);
  const before = text.slice(0, offset).split('\n');
  const line = before.length - 1;
  const character = before[line]!.length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

function only(text: string): ConfigProblem {
  const { problems } = validateConfig(text);
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
  return problems[0]!;
}

describe('validateConfig', () => {
  it('a clean config, with comments and trailing commas, gives its settings and no problems', () => {
    const text = `{
  // shared by the team
  "$schema": "./node_modules/agentsmith/schemas/agentsmith.schema.json",
  "profile": "auto",
  "profiles": { "cami/**": "three-phase" },
  "rules": { "name-file-mismatch": "off", "unknown-tool": "error", },
  "extraTools": ["DeployPreview"],
  "extraModels": ["claude-next"],
  "files": { "include": ["prompts/**/*.md"], "exclude": ["**/README.md", "drafts/"] },
  /* keep big files quick */
  "maxProblemsPerRule": 50,
}`;
    const { settings, problems } = validateConfig(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      profile: 'auto',
      profiles: { 'cami/**': 'three-phase' },
      rules: { 'name-file-mismatch': 'off', 'unknown-tool': 'error' },
      extraTools: ['DeployPreview'],
      extraModels: ['claude-next'],
      files: { include: ['prompts/**/*.md'], exclude: ['**/README.md', 'drafts/'] },
      maxProblemsPerRule: 50,
    });
  });

  it('an empty file (or only comments) is an empty config', () => {
    assert.deepEqual(validateConfig(''), { settings: {}, problems: [] });
    assert.deepEqual(validateConfig('  // nothing yet\n'), { settings: {}, problems: [] });
  });

  it('broken JSON: the gap is marked, and what could be read still applies', () => {
    const text = '{\n  "rules": { "name-format": "off" }\n  "profile": "three-phase"\n}';
    const problem = only(text);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /Expected `,` between two entries/);
    assert.deepEqual(problem.range.start, rangeOf(text, '"profile"').start);
    assert.deepEqual(validateConfig(text).settings, { rules: { 'name-format': 'off' }, profile: 'three-phase' });
  });

  it('an unclosed object is reported once at the end', () => {
    const text = '{ "rules": { "name-format": "off" ';
    const { problems, settings } = validateConfig(text);
    assert.deepEqual(problems.map((p) => p.message), ['Expected `}` to close the object.']);
    assert.deepEqual(settings, { rules: { 'name-format': 'off' } });
  });

  it('a config that is not an object', () => {
    const text = '["rules"]';
    const problem = only(text);
    assert.deepEqual(problem.range, rangeOf(text, text));
    assert.match(problem.message, /one JSON object/);
  });

  it('unknown keys: did you mean, or the list of keys; VS Code spellings are explained', () => {
    let text = '{ "rule": {} }';
    let problem = only(text);
    assert.deepEqual(problem.range, rangeOf(text, '"rule"'));
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, 'Unknown key `rule`: did you mean `rules`?');
    text = '{ "colour": "red" }';
    assert.match(only(text).message, /^Unknown key `colour`: the keys here are `profile`, `profiles`, `rules`, `extraTools`, `extraModels`, `files` or `maxProblemsPerRule`\.$/);
    text = '{ "agentsmith.rules": {} }';
    assert.match(only(text).message, /Write `rules` without the `agentsmith\.` prefix/);
    text = '{ "agentsmith": { "rules": {} } }';
    assert.match(only(text).message, /at the top level of this file/);
    text = '{ "files": { "includes": [] } }';
    problem = only(text);
    assert.equal(problem.message, 'Unknown key `files.includes`: did you mean `files.include`?');
    assert.deepEqual(problem.range, rangeOf(text, '"includes"'));
  });

  it('a key written twice: the earlier one is marked, the last one applies', () => {
    const text = '{ "profile": "claude-code", "profile": "three-phase" }';
    const problem = only(text);
    assert.deepEqual(problem.range, rangeOf(text, '"profile"', 1));
    assert.match(problem.message, /appears more than once and only the last one applies/);
    assert.equal(validateConfig(text).settings.profile, 'three-phase');
  });

  it('values of the wrong type are marked and left to the defaults', () => {
    const cases: [string, string, RegExp][] = [
      ['{ "profile": 3 }', '3', /`profile` takes a string: `auto`, `claude-code` or `three-phase`\./],
      ['{ "profile": "three_phase" }', '"three_phase"', /`three_phase` is not a profile: did you mean `three-phase`\?/],
      ['{ "profile": "everything" }', '"everything"', /is not a profile: use `auto`, `claude-code` or `three-phase`\./],
      ['{ "rules": ["name-format"] }', '["name-format"]', /`rules` takes an object, e\.g\./],
      ['{ "profiles": "cami/**" }', '"cami/**"', /`profiles` takes an object/],
      ['{ "extraTools": "Deploy" }', '"Deploy"', /`extraTools` takes a list of strings, e\.g\. `\["DeployPreview"\]`/],
      ['{ "files": ["a"] }', '["a"]', /`files` takes an object with `include` or `exclude`/],
      ['{ "files": { "include": "a/**" } }', '"a/**"', /`files\.include` takes a list of strings, e\.g\. `\["agents\/\*\*\/\*\.md"\]`/],
      ['{ "maxProblemsPerRule": 0 }', '0', /whole number of at least 1/],
      ['{ "maxProblemsPerRule": 2.5 }', '2.5', /whole number of at least 1/],
      ['{ "maxProblemsPerRule": "100" }', '"100"', /whole number of at least 1/],
      ['{ "$schema": 1 }', '1', /`\$schema` takes a string/],
    ];
    for (const [text, at, message] of cases) {
      const problem = only(text);
      assert.match(problem.message, message, text);
      assert.deepEqual(problem.range, rangeOf(text, at), text);
      assert.equal(problem.severity, 'error', text);
      assert.deepEqual(validateConfig(text).settings, {}, text);
    }
  });

  it('rules: unknown ids are a warning with did-you-mean; bad severities an error; good entries apply', () => {
    const text = '{ "rules": { "name-fromat": "off", "unknown-tool": "warn", "name-format": "info", "empty-hooks": 2, "fence-unclosed": "error", "zzz": "off" } }';
    const { problems, settings } = validateConfig(text);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.message, p.range]),
      [
        ['warning', 'Unknown rule `name-fromat`: did you mean `name-format`?', rangeOf(text, '"name-fromat"')],
        ['error', '`warn` is not a severity: did you mean `warning`?', rangeOf(text, '"warn"')],
        ['error', '`info` is not a severity: did you mean `information`?', rangeOf(text, '"info"')],
        ['error', 'A severity is a string: `off`, `hint`, `information`, `warning` or `error`.', rangeOf(text, '2')],
        ['warning', "Unknown rule `zzz`: the rule ids are listed in the README's rules table.", rangeOf(text, '"zzz"')],
      ],
    );
    // Unknown ids are kept (they change nothing, and a newer version may know them).
    assert.deepEqual(settings.rules, { 'name-fromat': 'off', 'fence-unclosed': 'error', zzz: 'off' });
  });

  it('lists keep their valid entries; a list with no valid entry falls back to the default', () => {
    const text = '{ "extraTools": ["A", 3, "", "B"], "extraModels": [1], "files": { "exclude": [] } }';
    const { problems, settings } = validateConfig(text);
    assert.deepEqual(
      problems.map((p) => [p.message, p.range]),
      [
        ['Each entry of `extraTools` is a string in double quotes.', rangeOf(text, '3')],
        ['An empty name: remove the entry.', rangeOf(text, '""')],
        ['Each entry of `extraModels` is a string in double quotes.', rangeOfPrefix(text, '1]')],
      ],
    );
    assert.deepEqual(settings, { extraTools: ['A', 'B'], files: { exclude: [] } });
  });

  it('bad globs in files.* and profiles keys, each with what to do', () => {
    const text = '{ "files": { "include": ["agents/{a,b", "../shared/*.md", "ok/*.md"] }, "profiles": { "C:/x/**": "three-phase", "cami/**": "claude-code" } }';
    const { problems, settings } = validateConfig(text);
    assert.deepEqual(
      problems.map((p) => [p.range, p.message]),
      [
        [rangeOf(text, '"agents/{a,b"'), 'The glob has an unclosed `{`: close it, or escape it as `\\{` to match the character itself.'],
        [rangeOf(text, '"../shared/*.md"'), 'A glob cannot reach outside the folder of `.agentsmith.json` (`..`): move the config up, or list the files from there.'],
        [rangeOf(text, '"C:/x/**"'), 'Write globs relative to the folder of `.agentsmith.json`, not as absolute paths.'],
      ],
    );
    assert.deepEqual(settings, { files: { include: ['ok/*.md'] }, profiles: { 'cami/**': 'claude-code' } });
  });

  it('globProblem names each kind of bad glob', () => {
    assert.match(globProblem('')!, /empty glob/);
    assert.match(globProblem(' a/*.md')!, /spaces around/);
    assert.match(globProblem('!drafts/**')!, /Negated globs/);
    assert.match(globProblem('~/agents/*.md')!, /relative to the folder/);
    assert.match(globProblem('agents\\reviewer.md')!, /Use `\/` between folders/);
    assert.match(globProblem('a/[bc')!, /unclosed `\[`/);
    assert.equal(globProblem('a/\\[literal\\].md'), undefined, 'escaped brackets are fine');
    for (const ok of ['**/*.md', 'agents/', '/top.md', './x.md', 'README.md', 'a/{b,c}/*.md', 'a/@(x|y).md']) assert.equal(globProblem(ok), undefined, ok);
  });

  it('never throws, whatever the text (every prefix of a config)', () => {
    const text = '{ "rules": { "name-format": "off" }, "files": { "include": ["a/**"] }, "profile": "three-phase", "extraTools": ["x"] }';
    for (let end = 0; end <= text.length; end++) validateConfig(text.slice(0, end));
    for (const junk of ['{', '}', '"', '{"a":', 'null', 'true', '1e999', '\u0000', '{"rules":{"a":{"b":{}}}}', '/*']) validateConfig(junk);
  });
});

/** The one-character range at the start of `needle` (a number inside a list). */
function rangeOfPrefix(text: string, needle: string) {
  const range = rangeOf(text, needle);
  return { start: range.start, end: { line: range.start.line, character: range.start.character + 1 } };
}

describe('settingsLayerFromValue (what an editor client sent)', () => {
  it('keeps valid values, drops invalid ones, keeps globs as written', () => {
    assert.deepEqual(
      settingsLayerFromValue({
        profile: 'nope',
        rules: { 'name-format': 'off', x: 'loud' },
        files: { include: ['/abs/**', '**/x.md'] },
        profiles: { '**/cami/**': 'three-phase' },
        unknown: true,
      }),
      { rules: { 'name-format': 'off' }, files: { include: ['/abs/**', '**/x.md'] }, profiles: { '**/cami/**': 'three-phase' } },
    );
    assert.deepEqual(settingsLayerFromValue(null), {});
    assert.deepEqual(settingsLayerFromValue('junk'), {});
  });
});
