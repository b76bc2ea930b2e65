/** Behaviour of the frontmatter rules across rules: quiet on broken YAML, fix-all repairs it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterRules } from '../../server/src/core/rules/frontmatter/index';
import { resolveSettings } from '../../server/src/core/settings';
import { applyEdits, input, strictService } from './support/documents';

const FRONTMATTER_IDS = new Set(frontmatterRules.map((r) => r.id));
const settings = resolveSettings({});

function frontmatterFindings(text: string, path = '/ws/.claude/agents/triage-helper.md') {
  return strictService()
    .diagnose(input(text, path), settings)
    .filter((d) => FRONTMATTER_IDS.has(String(d.code)));
}

const BROKEN = [
  '---',
  'name: triage-helper',
  'description: Use this agent when a build fails. Examples:',
  '<example>',
  'Context: the nightly build is red.',
  'user: "Why did it fail?"',
  'assistant: "I will ask the triage helper."',
  'user: "Thanks!"',
  '</example>',
  'tools: Read, Grep, Task',
  'model: sonnet',
  '---',
  '',
  'You triage failing builds.',
  '',
].join('\n');

describe('frontmatter rules on broken YAML', () => {
  it('report the YAML error and nothing invented from dialogue lines', () => {
    const codes = frontmatterFindings(BROKEN).map((d) => d.code);
    assert.ok(codes.includes('yaml-syntax'));
    for (const code of codes) assert.ok(code === 'yaml-syntax' || code === 'unknown-tool', `unexpected ${code}`);
  });

  it('fix-all turns the file into YAML that loads, keeping the description text', () => {
    const service = strictService();
    const edits = service.fixAll(input(BROKEN, '/ws/.claude/agents/triage-helper.md'), settings);
    const fixed = applyEdits(BROKEN, edits);
    const after = frontmatterFindings(fixed);
    assert.deepEqual(after.map((d) => d.code), [], fixed);
    const doc = service.parse(input(fixed, '/ws/.claude/agents/triage-helper.md', 2));
    const description = doc.frontmatter?.fields.find((f) => f.key === 'description')?.value;
    assert.equal(
      description,
      'Use this agent when a build fails. Examples: <example> Context: the nightly build is red. user: "Why did it fail?" assistant: "I will ask the triage helper." user: "Thanks!" </example>',
    );
  });
});

describe('frontmatter rules on clean files', () => {
  it('say nothing about a well-formed three-phase agent', () => {
    const text = [
      '---',
      'name: api-designer',
      'version: 1.2.0',
      'description: Use this agent PROACTIVELY when designing or reviewing HTTP APIs.',
      'class: technology-implementer',
      'specialty: api-design',
      'tags: ["api", "http"]',
      'use_cases: ["endpoint design", "versioning"]',
      'model: sonnet',
      'color: teal',
      'tools: Read, Grep, Glob, Bash(npm test), Agent(reviewer, planner), mcp__openapi__*',
      '---',
      '',
      'You are the API Designer.',
    ].join('\n');
    const findings = frontmatterFindings(text, '/ws/.claude/agents/api-designer.md');
    // Only the CAMI colour note remains: teal is CAMI's, not Claude Code's.
    assert.deepEqual(findings.map((d) => `${d.code}:${d.severity}`), ['invalid-value:3']);
  });

  it('never throw on junk', () => {
    for (const text of ['', '---', '---\n---', '---\n: :\n---', '---\n- a\n- b\n---', '---\nname: [\n---', '\uFEFF---\r\nname: x\r\n---', '---\nhooks: []\ntools:\n---']) {
      assert.doesNotThrow(() => frontmatterFindings(text));
    }
  });
});
