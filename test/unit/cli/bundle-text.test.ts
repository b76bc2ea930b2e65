/**
 * The build rewrites the bundles' non-ASCII characters as `\uXXXX` escapes (esbuild leaves them
 * in regular expressions, and one of them doubles the memory V8 holds for the source). The
 * escaped regexes must still read typographic dashes and apostrophes: the bundled CLI checks an
 * agent written with them and finds its phases and boundaries.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './support';

const AGENT = [
  '---',
  'name: typographer',
  'description: Use this agent when a manuscript needs its punctuation checked.',
  'version: "1.0.0"',
  'class: technology-implementer',
  'specialty: typography',
  'model: sonnet',
  '---',
  '',
  'You are the Typographer, a specialist in punctuation.',
  '',
  '## Core Philosophy \u2013 Readers First',
  '',
  'Punctuation serves the reader.',
  '',
  '## Three-Phase Specialist Methodology',
  '',
  '### Phase 1 \u2013 Read',
  '**Tools**: Read',
  '',
  '### Phase 2 \u2014 Mark',
  '**Tools**: Edit',
  '',
  '### Phase 3: Report',
  '**Tools**: Write',
  '',
  '## Boundaries',
  '**You DO**:',
  '- check dashes and quotes',
  '',
  '**You DON\u2019T**:',
  '- rewrite the prose',
  '',
  '## Self-Verification Checklist',
  '- [ ] Every dash is the right one',
  '',
].join('\n');

describe('the bundled CLI after the ASCII rewrite', () => {
  it('reads en and em dashes in phase headings and a curly apostrophe in DON\u2019T', () => {
    const folder = mkdtempSync(join(tmpdir(), 'agentsmith-bundle-text-'));
    const file = join(folder, 'typographer.md');
    writeFileSync(file, AGENT);
    const run = runCli(['check', '--no-config', '--profile', 'three-phase', '--format', 'json', file], folder);
    const report = JSON.parse(run.stdout) as { files: { problems: { ruleId: string; message: string }[] }[] };
    const problems = report.files.flatMap((f) => f.problems).map((p) => `${p.ruleId}: ${p.message}`);
    // Only the optional sections this short agent leaves out; no missing phase, Tools line or DON'T list.
    assert.deepEqual(problems.filter((p) => !p.startsWith('section-missing:')), [], problems.join('\n'));
    assert.ok(problems.length > 0, 'the file was checked');
  });
});
