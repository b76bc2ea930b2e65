/**
 * Every snippet, expanded with its defaults (placeholders → their text, choices → the first
 * choice, `$0` → nothing) and placed where it belongs — a whole file, inside a minimal valid
 * frontmatter, or in the body of a minimal valid three-phase agent — leaves a document with no
 * error or warning. Plus: the snippet file for other editors matches the data.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkAgentName, newAgentChoices } from '../../server/src/core/features/new-agent';
import { resolveSettings } from '../../server/src/core/settings';
import { AGENT_KINDS, agentSnippets, type AgentSnippet, wholeAgentSnippet } from '../../server/src/core/snippets/index';
import { renderSnippetFile } from '../../server/src/core/snippets/snippet-file';
import { expandSnippet } from '../../server/src/core/snippets/snippet-syntax';
import { SPECIALIST_CLASSES } from '../../server/src/core/schema/data/classes';
import { MODEL_ALIASES } from '../../server/src/core/schema/data/models';
import { input, REPO_ROOT, strictService } from './support/documents';

const settings = resolveSettings({});

/** A minimal three-phase agent with no finding at all; parts are replaced by the body snippets. */
const THREE_PHASE_PARTS = {
  frontmatter: [
    '---',
    'name: sample',
    'version: "1.0.0"',
    'description: Use this agent when a sample is needed.',
    'class: technology-implementer',
    'specialty: samples',
    'model: sonnet',
    '---',
  ],
  identity: ['', 'You are the Sample Maker, who makes samples.', '', '## Core Philosophy: Small Samples', '', 'Keep samples small.'],
  methodology: [
    '',
    '## Three-Phase Specialist Methodology',
    '',
    '### Phase 1: Look',
    '',
    '**Tools**: Read',
    '',
    '### Phase 2: Make',
    '',
    '**Tools**: Write',
    '',
    '### Phase 3: Check',
    '',
    '**Tools**: Bash',
  ],
  sections: ['', '## Documentation Strategy', '', 'Notes.', '', '## Decision-Making Framework', '', 'Ask.'],
  boundaries: ['', '## Boundaries and Limitations', '', '**You DO**:', '- Samples', '', "**You DON'T**:", '- Products'],
  quality: ['', '## Quality Standards', '', '- Small'],
  checklist: ['', '## Self-Verification Checklist', '', '- [ ] The sample is small'],
};
type Part = keyof typeof THREE_PHASE_PARTS;

function threePhaseAgent(replace: Partial<Record<Part, string[]>> = {}): string {
  return (Object.keys(THREE_PHASE_PARTS) as Part[]).map((part) => (replace[part] ?? THREE_PHASE_PARTS[part]).join('\n')).join('\n') + '\n';
}

const SUBAGENT = ['---', 'name: sample', 'description: Use this agent when a sample is needed.', '---', '', 'You make samples.', ''].join('\n');

/** Where each body snippet goes in the three-phase host: the part it stands in for. */
const BODY_PLACEMENT: Record<string, (expanded: string) => string> = {
  methodology: (text) => threePhaseAgent({ methodology: ['', text] }),
  // The default choice is Phase 1: it takes the place of the host's Phase 1.
  phase: (text) => threePhaseAgent({ methodology: ['', '## Three-Phase Specialist Methodology', '', text, ...THREE_PHASE_PARTS.methodology.slice(6)] }),
  boundaries: (text) => threePhaseAgent({ boundaries: ['', text] }),
  checklist: (text) => threePhaseAgent({ checklist: ['', text] }),
  'checklist-item': (text) => threePhaseAgent({ checklist: [...THREE_PHASE_PARTS.checklist, text] }),
};

/** Inside the frontmatter: right before its closing `---`. */
function inFrontmatter(host: string, expanded: string): string {
  const lines = host.split('\n');
  const close = lines.indexOf('---', 1);
  lines.splice(close, 0, ...expanded.replace(/\n$/, '').split('\n'));
  return lines.join('\n');
}

function errorsAndWarnings(text: string, filePath: string): Diagnostic[] {
  return strictService().diagnose(input(text, filePath), settings).filter((d) => d.severity === 1 || d.severity === 2);
}

function describeProblems(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}: ${d.message}`).join('\n');
}

/** Each snippet placed where it belongs, as (what, text, path) cases. */
function placements(snippet: AgentSnippet): { what: string; text: string; filePath: string }[] {
  const filePath = '/ws/.claude/agents/sample.md';
  const expanded = expandSnippet(snippet.body, { TM_FILENAME_BASE: 'sample' });
  if (snippet.where === 'empty-file') return [{ what: 'as a whole file', text: expanded, filePath }];
  if (snippet.where === 'frontmatter') {
    return snippet.profiles.map((profile) => ({
      what: `in the frontmatter of a ${profile} agent`,
      text: inFrontmatter(profile === 'three-phase' ? threePhaseAgent() : SUBAGENT, expanded),
      filePath,
    }));
  }
  const place = BODY_PLACEMENT[snippet.id];
  assert.ok(place, `snippet ${snippet.id} has no placement in this test: add one to BODY_PLACEMENT`);
  return [{ what: 'in the body of a three-phase agent', text: place(expanded), filePath }];
}

describe('snippets', () => {
  it('the hosts themselves are clean', () => {
    assert.deepEqual(strictService().diagnose(input(threePhaseAgent(), '/ws/.claude/agents/sample.md'), settings), []);
    assert.deepEqual(strictService().diagnose(input(SUBAGENT, '/ws/.claude/agents/sample.md'), settings), []);
  });

  it('have unique kebab-case ids and unique prefixes, and are listed whole agents first', () => {
    const ids = agentSnippets.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(new Set(agentSnippets.map((s) => s.prefix)).size, agentSnippets.length);
    assert.ok(agentSnippets.length >= 10);
  });

  for (const snippet of agentSnippets) {
    it(`${snippet.id}: expands with its defaults to a document with no error or warning`, () => {
      for (const { what, text, filePath } of placements(snippet)) {
        assert.doesNotMatch(text, /\$\{|\$\d/, `${snippet.id} ${what}: a placeholder survived the expansion`);
        const problems = errorsAndWarnings(text, filePath);
        assert.deepEqual(problems, [], `${snippet.id} ${what}:\n${describeProblems(problems)}\n---\n${text}`);
      }
    });
  }

  it('whole agents get no diagnostic at all, and three-phase ones are detected as three-phase', () => {
    for (const snippet of agentSnippets.filter((s) => s.where === 'empty-file')) {
      const document = input(expandSnippet(snippet.body, { TM_FILENAME_BASE: 'sample' }));
      const service = strictService();
      assert.deepEqual(service.diagnose(document, settings).map((d) => `${d.code}: ${d.message}`), [], snippet.id);
      assert.equal(service.profileOf(document, settings), snippet.id === 'subagent' ? 'claude-code' : 'three-phase', snippet.id);
    }
  });

  it('whole agents carry their class and its phase weights in the phase headings', () => {
    for (const specialistClass of SPECIALIST_CLASSES) {
      const snippet = agentSnippets.find((s) => s.id === `agent-${specialistClass.id}`);
      assert.ok(snippet, `a whole-agent snippet for ${specialistClass.id}`);
      const doc = strictService().parse(input(expandSnippet(snippet.body, { TM_FILENAME_BASE: 'sample' })));
      assert.equal(doc.frontmatter?.fields.find((f) => f.key === 'class')?.value, specialistClass.id);
      assert.equal(doc.frontmatter?.fields.find((f) => f.key === 'model')?.value, specialistClass.suggestedModel);
      const weights = doc.structure.methodology?.phases.map((p) => p.weight);
      assert.deepEqual(weights, specialistClass.phaseWeights ? [...specialistClass.phaseWeights] : [undefined, undefined, undefined], specialistClass.id);
    }
  });

  it('the name defaults to the file name', () => {
    const text = expandSnippet(agentSnippets.find((s) => s.id === 'subagent')!.body, { TM_FILENAME_BASE: 'code-critic' });
    assert.match(text, /^name: code-critic$/m);
  });

  it('completion offers whole agents in an empty agent file with the file name resolved, for snippet and plain-text clients', () => {
    const document = input('', '/ws/.claude/agents/api-designer.md');
    const service = strictService();
    const at = { line: 0, character: 0 };
    const newTextOf = (snippets: boolean): string => {
      const item = service.complete(document, settings, at, { triggerKind: 1, snippets }).items.find((i) => i.label === 'agent-strategic');
      assert.ok(item?.textEdit && 'range' in item.textEdit, 'an agent-strategic item with a text edit');
      const docs = typeof item.documentation === 'object' ? item.documentation.value : item.documentation ?? '';
      assert.doesNotMatch(docs, /TM_FILENAME_BASE/);
      return item.textEdit.newText;
    };
    assert.match(newTextOf(true), /^name: \$\{1:api-designer\}$/m);
    assert.match(newTextOf(false), /^name: api-designer$/m);
    assert.doesNotMatch(newTextOf(false), /\$\{|TM_FILENAME_BASE/);
  });

  it('New Agent content (name and model chosen) is clean for every kind and model', () => {
    for (const kind of AGENT_KINDS) {
      for (const model of [...MODEL_ALIASES, 'claude-sonnet-4-5']) {
        const text = expandSnippet(wholeAgentSnippet(kind, { name: 'release-pilot', model }));
        assert.match(text, /^name: release-pilot$/m);
        assert.match(text, new RegExp(`^model: ${model}$`, 'm'));
        const problems = errorsAndWarnings(text, '/ws/.claude/agents/release-pilot.md');
        assert.deepEqual(problems, [], `${kind} on ${model}:\n${describeProblems(problems)}`);
      }
    }
  });

  it('New Agent checks names with the name-format rule and CAMI advice, and offers plain-text choices', () => {
    assert.deepEqual(checkAgentName('api-designer'), {});
    assert.deepEqual(checkAgentName('  api-designer  '), {});
    for (const bad of ['', '   ', 'API Designer', 'api_designer', 'api--designer', 'plugin:reviewer', '-reviewer']) {
      assert.equal(checkAgentName(bad).severity, 'error', bad);
    }
    assert.match(checkAgentName('API Designer').message ?? '', /`api-designer`/);
    assert.match(checkAgentName('plugin:reviewer').message ?? '', /not loaded by Claude Code/);
    assert.equal(checkAgentName('code-helper').severity, 'warning');
    assert.equal(checkAgentName('one-two-three-four-five').severity, 'warning');
    const choices = newAgentChoices();
    assert.deepEqual(choices.kinds.map((k) => [k.kind, k.suggestedModel]), [
      ['subagent', 'inherit'],
      ['workflow-specialist', 'haiku'],
      ['technology-implementer', 'sonnet'],
      ['strategic-planner', 'opus'],
      ['methodology-specialist', 'sonnet'],
    ]);
    for (const choice of [...choices.kinds, ...choices.models]) assert.doesNotMatch(choice.detail, /`/);
  });

  it('snippets/agentsmith.json is generated from the data (npm run compile && node scripts/snippets-file.mjs)', () => {
    const file = path.join(REPO_ROOT, 'snippets', 'agentsmith.json');
    assert.equal(fs.readFileSync(file, 'utf8'), renderSnippetFile(agentSnippets));
  });
});

describe('snippet syntax expansion', () => {
  it('keeps defaults, picks the first choice, drops tabstops and resolves variables', () => {
    assert.equal(expandSnippet('a ${1:b} ${2|c,d|} $3${0} $0'), 'a b c  ');
    assert.equal(expandSnippet('${1:outer ${2:inner}}'), 'outer inner');
    assert.equal(expandSnippet('name: ${1:${TM_FILENAME_BASE}}', { TM_FILENAME_BASE: 'x' }), 'name: x');
    assert.equal(expandSnippet('$TM_FILENAME_BASE', { TM_FILENAME_BASE: 'y' }), 'y');
    assert.equal(expandSnippet('${UNKNOWN:fallback}'), 'fallback');
  });

  it('reads escapes and leaves malformed input as text', () => {
    assert.equal(expandSnippet('\\$1 \\} \\\\ ${1|a\\,b,c|}'), '$1 } \\ a,b');
    assert.equal(expandSnippet('cost: $ 5'), 'cost: $ 5');
    assert.equal(expandSnippet('${1:unclosed'), 'unclosed');
    assert.equal(expandSnippet('${'), '${');
    assert.equal(expandSnippet('${x/a/b/}'), 'x');
  });
});
