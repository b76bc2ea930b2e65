/**
 * What `summarizeAgent` reads from one file: the name (range of its text only), `Agent(x)`
 * specifiers in both `tools` forms, `skills`, and the body's delegation references — with
 * ranges that cover each name exactly, in LF, CRLF and BOM files.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AgentDocument } from '../../server/src/core/document/model';
import { parseAgentDocument } from '../../server/src/core/document/parse';
import type { NamedRange } from '../../server/src/core/workspace/agent-summary';
import { delegationReferences } from '../../server/src/core/workspace/delegation-references';
import { summarizeAgent } from '../../server/src/core/workspace/summarize-agent';

const URI = 'file:///ws/.claude/agents/lead.md';

function parse(text: string): AgentDocument {
  return parseAgentDocument(URI, 1, text);
}

function summarize(text: string) {
  return summarizeAgent(parse(text), '/ws/.claude/agents/lead.md', 'claude-code');
}

/** The source text each range covers. */
function covered(text: string, refs: readonly NamedRange[]): string[] {
  const doc = parse(text);
  return refs.map((r) => text.slice(doc.source.offsetAt(r.range.start), doc.source.offsetAt(r.range.end)));
}

function frontmatter(lines: string[], body = 'Body.'): string {
  return ['---', 'description: Coordinates changes.', ...lines, '---', '', body, ''].join('\n');
}

describe('summarizeAgent', () => {
  describe('name', () => {
    for (const [written, expected] of [
      ['name: reviewer', 'reviewer'],
      ['name: "reviewer"', 'reviewer'],
      ["name: 'reviewer'", 'reviewer'],
      ['name:   reviewer   # the reviewer', 'reviewer'],
      ['name: " reviewer "', 'reviewer'],
    ] as const) {
      it(`${written} → the range covers ${expected} only`, () => {
        const text = frontmatter([written]);
        const s = summarize(text);
        assert.equal(s.name?.name, expected);
        assert.deepEqual(covered(text, [s.name!]), [expected]);
      });
    }

    it('no name, an empty name or a non-string name: undefined', () => {
      assert.equal(summarize(frontmatter([])).name, undefined);
      assert.equal(summarize(frontmatter(['name: ""'])).name, undefined);
      assert.equal(summarize(frontmatter(['name: 42'])).name, undefined);
      assert.equal(summarize('No frontmatter at all.\n').name, undefined);
    });

    it('keeps description and profile', () => {
      const s = summarizeAgent(parse(frontmatter(['name: reviewer'])), '/p.md', 'three-phase');
      assert.equal(s.description, 'Coordinates changes.');
      assert.equal(s.profile, 'three-phase');
      assert.equal(s.path, '/p.md');
      assert.equal(s.uri, URI);
    });
  });

  describe('Agent(x) specifiers', () => {
    it('comma string: every name of every specifier, Task included, other tools ignored', () => {
      const text = frontmatter(['name: lead', 'tools: Read, Agent(reviewer, planner), Bash(npm run *), Task(security-auditor)']);
      const refs = summarize(text).specifierRefs;
      assert.deepEqual(refs.map((r) => r.name), ['reviewer', 'planner', 'security-auditor']);
      assert.deepEqual(covered(text, refs), ['reviewer', 'planner', 'security-auditor']);
      assert.ok(refs.every((r) => r.field === 'tools'));
    });

    it('block list with quoted items, and disallowedTools', () => {
      const text = frontmatter(['name: lead', 'tools:', '  - Read', '  - "Agent(reviewer)"', "  - 'Task( planner ,  Explore )'", 'disallowedTools: Agent(deployer)']);
      const refs = summarize(text).specifierRefs;
      assert.deepEqual(refs.map((r) => [r.name, r.field]), [
        ['reviewer', 'tools'],
        ['planner', 'tools'],
        ['Explore', 'tools'],
        ['deployer', 'disallowedTools'],
      ]);
      assert.deepEqual(covered(text, refs), ['reviewer', 'planner', 'Explore', 'deployer']);
    });

    it('flow list and plugin-qualified names', () => {
      const text = frontmatter(['name: lead', 'tools: [Read, "Agent(acme:reviewer, planner)"]']);
      const refs = summarize(text).specifierRefs;
      assert.deepEqual(covered(text, refs), ['acme:reviewer', 'planner']);
    });

    it('no agent names: bare Agent, Agent(*), an unclosed specifier, a name with spaces', () => {
      for (const tools of ['Agent', 'Agent(*)', 'Agent(reviewer', 'Agent(code reviewer)', 'Agent()']) {
        assert.deepEqual(summarize(frontmatter(['name: lead', `tools: ${tools}`])).specifierRefs, [], tools);
      }
    });

    it('CRLF and a BOM: ranges still cover the names', () => {
      const text = '\uFEFF---\r\nname: lead\r\ndescription: d\r\ntools: Read, Agent(reviewer)\r\nskills:\r\n  - release-notes\r\n---\r\n\r\nDelegate to the `planner` agent.\r\n';
      const s = summarize(text);
      assert.deepEqual(covered(text, [s.name!]), ['lead']);
      assert.deepEqual(covered(text, s.specifierRefs), ['reviewer']);
      assert.deepEqual(covered(text, s.skillRefs), ['release-notes']);
      assert.deepEqual(covered(text, s.delegationRefs), ['planner']);
    });
  });

  describe('skills', () => {
    it('a comma string, a block list and a flow list with quotes', () => {
      for (const lines of [['skills: changelog, semver-rules'], ['skills:', '  - changelog', "  - 'semver-rules'"], ['skills: ["changelog", semver-rules]']]) {
        const text = frontmatter(['name: lead', ...lines]);
        const refs = summarize(text).skillRefs;
        assert.deepEqual(refs.map((r) => r.name), ['changelog', 'semver-rules'], lines.join('\n'));
        assert.deepEqual(covered(text, refs), ['changelog', 'semver-rules']);
      }
    });
  });
});

describe('delegation references', () => {
  /** The names the body yields, as `form:name` and the text each range covers. */
  function refsOf(body: string): { found: string[]; covered: string[] } {
    const text = frontmatter(['name: lead'], body);
    const refs = summarize(text).delegationRefs;
    return { found: refs.map((r) => `${r.form}:${r.name}`), covered: covered(text, refs) };
  }

  const REFERENCES: [string, string[], string[]][] = [
    ['Delegate to the `reviewer` agent.', ['code:reviewer'], ['reviewer']],
    ['hand off to the code-reviewer subagent', ['kebab:code-reviewer'], ['code-reviewer']],
    ['Hand it off to the `planner` sub-agent.', ['code:planner'], ['planner']],
    ['Use the Architect agent for the design.', ['title:architect'], ['Architect']],
    ['(collaborate with API Integrator agent)', ['title:api-integrator'], ['API Integrator']],
    ['Invoke the `test-runner` sub-agent.', ['code:test-runner'], ['test-runner']],
    ['escalate to the Security Lead agent', ['title:security-lead'], ['Security Lead']],
    ['delegate schema work to the `database` agent', ['code:database'], ['database']],
    ['(delegate to Frontend/Backend agents)', ['title:frontend', 'title:backend'], ['Frontend', 'Backend']],
    ['(delegate to `backend` or `auth` agent)', ['code:backend', 'code:auth'], ['backend', 'auth']],
    ['- Migrations (delegate to database agent)', ['word:database'], ['database']],
    ['First use the tools, then delegate to QA agent.', ['title:qa'], ['QA']],
    ['DELEGATE TO THE `reviewer` AGENT', ['code:reviewer'], ['reviewer']],
    ['Consult the `reviewer` agent, then call the `planner` agent.', ['code:reviewer', 'code:planner'], ['reviewer', 'planner']],
  ];
  for (const [body, found, coveredText] of REFERENCES) {
    it(`finds ${found.join(', ')} in: ${body}`, () => {
      assert.deepEqual(refsOf(body), { found, covered: coveredText });
    });
  }

  const NOT_REFERENCES = [
    'Use this agent when the change touches billing.',
    'Use the agent to plan.',
    'Invoke this agent proactively.',
    'Delegate to the appropriate agent.',
    'Consult a specialized agent when unsure.',
    'Use a general-purpose agent.',
    'Delegate to deployment agents.',
    'Delegate to technology-implementer agents.',
    'Use Claude Code agents for this.',
    'Use the AI agent.',
    'I will spawn 4 image-generator agents.',
    'The reviewer agent checks diffs.',
    'Delegate to the\n`reviewer` agent.',
    'Inline code is not prose: `delegate to the reviewer agent`.',
    'Write code-reviewer-agent files and use the agent-architect.',
    'Delegate to the `reviewer` agentic workflow.',
    'Use Agent(reviewer) for reviews.',
    '```\ndelegate to the `reviewer` agent\n```',
    '~~~~markdown\nUse the Architect agent.\n~~~~',
    '<!--\ndelegate to the `reviewer` agent\n-->',
    '## Use Case Agent',
    '    # Delegate To Nobody Agent',
  ];
  for (const body of NOT_REFERENCES) {
    it(`finds nothing in: ${JSON.stringify(body)}`, () => {
      assert.deepEqual(refsOf(body).found, []);
    });
  }

  it('reads only the body: a delegation in the description is not one', () => {
    const text = '---\nname: lead\ndescription: Delegate to the `reviewer` agent.\n---\n\nBody.\n';
    assert.deepEqual(summarize(text).delegationRefs, []);
  });

  it('is computed once per body text: a frontmatter edit that moves no line reuses it', () => {
    const before = '---\nname: lead\ndescription: a\n---\n\nDelegate to the `reviewer` agent.\n';
    const after = before.replace('description: a', 'description: ab');
    const doc1 = parse(before);
    const doc2 = parseAgentDocument(URI, 2, after, {
      previous: { doc: doc1, changes: [{ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } }, text: 'b' }] },
    });
    assert.equal(doc2.bodyText, doc1.bodyText);
    assert.equal(delegationReferences(doc2), delegationReferences(doc1));
    const doc3 = parse(before);
    assert.notEqual(delegationReferences(doc3), delegationReferences(doc1));
    assert.deepEqual(delegationReferences(doc3), delegationReferences(doc1));
  });
});
