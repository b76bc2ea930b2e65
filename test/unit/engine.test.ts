import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/core/create-service';
import type { Rule } from '../../server/src/core/rules/rule';
import { resolveSettings } from '../../server/src/core/settings';
import { input } from './support/documents';

const everyLineRule: Rule = {
  id: 'every-heading',
  description: 'Reports every heading (test rule).',
  defaultSeverity: 'warning',
  profiles: ['claude-code', 'three-phase'],
  check({ doc, report }) {
    for (const h of doc.body.headings) report({ range: h.range, message: `heading ${h.text}` });
  },
};

const throwingRule: Rule = {
  id: 'always-throws',
  description: 'Throws (test rule).',
  defaultSeverity: 'error',
  profiles: ['claude-code', 'three-phase'],
  check() {
    throw new Error('boom');
  },
};

const TEXT = '---\nname: a\ndescription: b\n---\n# One\n<!-- agentsmith-disable-next-line every-heading -->\n# Two\n# Three\n';

describe('rule engine', () => {
  it('logs a throwing rule with its id and still reports the others', () => {
    const logs: string[] = [];
    const service = createLanguageService({ log: (m) => logs.push(m) }, { rules: [throwingRule, everyLineRule] });
    const diagnostics = service.diagnose(input(TEXT), resolveSettings({}));
    assert.deepEqual(diagnostics.map((d) => d.message), ['heading One', 'heading Three']);
    assert.equal(logs.length, 1);
    assert.match(logs[0], /always-throws/);
  });

  it('applies the severity setting, `off`, and the per-rule cap', () => {
    const service = createLanguageService({ log: () => undefined }, { rules: [everyLineRule] });
    assert.deepEqual(service.diagnose(input(TEXT), resolveSettings({ rules: { 'every-heading': 'hint' } })).map((d) => d.severity), [4, 4]);
    assert.equal(service.diagnose(input(TEXT), resolveSettings({ rules: { 'every-heading': 'off' } })).length, 0);
    assert.equal(service.diagnose(input(TEXT), resolveSettings({ maxProblemsPerRule: 1 })).length, 1);
  });

  it('honours `# agentsmith-disable` in the frontmatter, for one rule or all', () => {
    const service = createLanguageService({ log: () => undefined }, { rules: [everyLineRule] });
    const one = TEXT.replace('name: a', 'name: a\n# agentsmith-disable every-heading');
    assert.equal(service.diagnose(input(one), resolveSettings({})).length, 0);
    const all = TEXT.replace('name: a', 'name: a\n# agentsmith-disable');
    assert.equal(service.diagnose(input(all, '/ws/.claude/agents/b.md'), resolveSettings({})).length, 0);
  });

  it('marks every diagnostic with our source, the rule id as code and a docs link', () => {
    const service = createLanguageService({ log: () => undefined, ruleDocsUri: (id) => `file:///docs/${id}.md` }, { rules: [everyLineRule] });
    const [d] = service.diagnose(input(TEXT), resolveSettings({}));
    assert.equal(d.source, 'agentsmith');
    assert.equal(d.code, 'every-heading');
    assert.equal(d.codeDescription?.href, 'file:///docs/every-heading.md');
  });

  it('reuses the parse for the same version and reparses a new one', () => {
    const service = createLanguageService({ log: () => undefined });
    const first = service.parse(input(TEXT, '/ws/.claude/agents/a.md', 1));
    assert.equal(service.parse(input(TEXT, '/ws/.claude/agents/a.md', 1)), first);
    assert.notEqual(service.parse(input(TEXT + 'x', '/ws/.claude/agents/a.md', 2)), first);
  });
});

describe('which files are agent files', () => {
  const service = createLanguageService({ log: () => undefined });
  const settings = resolveSettings({});
  const fm = '---\nname: x\ndescription: y\n---\n';
  const cases: [string, string, boolean][] = [
    ['/p/.claude/agents/a.md', 'no frontmatter at all', true],
    ['/p/.claude/agents/team/deep/a.md', fm, true],
    ['/p/.claude/agents/README.md', fm, false],
    ['/p/plugins/acme/agents/reviewer.md', fm, true],
    ['/p/plugins/acme/agents/notes.md', '# Just notes', false],
    ['/p/.github/agents/helper.agent.md', fm, false],
    ['/p/.claude/agents/x.agent.md', fm, false],
    ['/p/docs/notes.md', '# Notes\n', false],
    ['/p/src/specialist.md', fm + '## Three-Phase Specialist Methodology\n', true],
    ['/p/src/specialist.md', fm + 'no methodology here\n', false],
    ['/p/node_modules/pkg/.claude/agents/a.md', fm, false],
    ['/p/.claude/agents/a.txt', fm, false],
  ];
  for (const [path, text, expected] of cases) {
    it(`${expected ? 'checks' : 'ignores'} ${path}${text === fm ? '' : ` (${text.split('\n').find((l) => l.startsWith('#')) ?? 'other content'})`}`, () => {
      assert.equal(service.isAgentFile(input(text, path), settings), expected);
    });
  }

  it('follows include and exclude globs', () => {
    const custom = resolveSettings({ files: { include: ['**/personas/*.md'], exclude: ['**/drafts/**'] } });
    assert.equal(service.isAgentFile(input('hello', '/p/personas/a.md'), custom), true);
    assert.equal(service.isAgentFile(input(fm, '/p/.claude/agents/drafts/a.md'), custom), false);
    const copilot = resolveSettings({ files: { include: ['**/*.agent.md'] } });
    assert.equal(service.isAgentFile(input(fm, '/p/.github/agents/helper.agent.md'), copilot), true);
  });
});

describe('profiles', () => {
  const service = createLanguageService({ log: () => undefined });
  it('detects three-phase from the methodology heading or two CAMI keys, and honours overrides', () => {
    const plain = input('---\nname: a\ndescription: b\n---\nbody');
    const cami = input('---\nname: a\ndescription: b\nversion: "1.0.0"\ntags: [x]\n---\nbody');
    const oneKey = input('---\nname: a\ndescription: b\nversion: "1.0.0"\n---\nbody');
    const body = input('---\nname: a\ndescription: b\n---\n## Three-Phase Methodology\n');
    const auto = resolveSettings({});
    assert.equal(service.profileOf(plain, auto), 'claude-code');
    assert.equal(service.profileOf(cami, auto), 'three-phase');
    assert.equal(service.profileOf(oneKey, auto), 'claude-code');
    assert.equal(service.profileOf(body, auto), 'three-phase');
    assert.equal(service.profileOf(cami, resolveSettings({ profile: 'claude-code' })), 'claude-code');
    assert.equal(service.profileOf(plain, resolveSettings({ profiles: { '**/.claude/agents/**': 'three-phase' } })), 'three-phase');
  });
});
