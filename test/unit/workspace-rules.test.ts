/**
 * The cross-file rules through the service, beyond the fixtures: findings that follow other
 * files as they are indexed, renamed and deleted; open documents seeing each other; silence
 * without an index; memoisation across keystrokes; and a run over the shared corpus of real
 * agent files (skipped when it is not on this machine).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolveSettings } from '../../server/src/core/settings';
import { input, strictService } from './support/documents';

const settings = resolveSettings({});
const WORKSPACE_RULES = ['duplicate-name', 'unknown-skill', 'unknown-agent-reference'];

function agent(name: string, extra: string[] = [], body = 'You review changes.'): string {
  return ['---', `name: ${name}`, `description: Use this agent for ${name} work.`, ...extra, '---', '', body, ''].join('\n');
}

function ours(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === rule);
}

const uriOf = (p: string) => 'file://' + p;

describe('workspace rules through the service', () => {
  it('duplicate-name follows the other file as it is indexed, renamed away and deleted', () => {
    const service = strictService();
    const doc = input(agent('reviewer'), '/ws/.claude/agents/reviewer.md');
    assert.deepEqual(ours(service.diagnose(doc, settings), 'duplicate-name'), []);

    const other = '/ws/.claude/agents/old/reviewer-v1.md';
    service.indexFile(uriOf(other), other, agent('reviewer'), settings);
    const [found] = ours(service.diagnose(doc, settings), 'duplicate-name');
    assert.equal(found?.severity, 1);
    assert.deepEqual(found.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character]), [[uriOf(other), 1, 6]]);

    // The other file gets another name on disk: the same document version is checked again.
    service.indexFile(uriOf(other), other, agent('reviewer-v1'), settings);
    assert.deepEqual(ours(service.diagnose(doc, settings), 'duplicate-name'), []);

    // Renamed on disk (delete + index under the new uri) with the clashing name again.
    const moved = '/ws/.claude/agents/archive/reviewer.md';
    service.workspace.delete(uriOf(other));
    service.indexFile(uriOf(moved), moved, agent('reviewer'), settings);
    assert.equal(ours(service.diagnose(doc, settings), 'duplicate-name')[0]?.relatedInformation?.[0].location.uri, uriOf(moved));

    service.workspace.delete(uriOf(moved));
    assert.deepEqual(ours(service.diagnose(doc, settings), 'duplicate-name'), []);
  });

  it('two open documents see each other, and each one’s newest name counts', () => {
    const service = strictService();
    const a = input(agent('reviewer'), '/ws/.claude/agents/a.md');
    const b = input(agent('reviewer'), '/ws/.claude/agents/b.md');
    service.diagnose(a, settings);
    assert.equal(ours(service.diagnose(b, settings), 'duplicate-name').length, 1);
    assert.equal(ours(service.diagnose(a, settings), 'duplicate-name').length, 1);
    const bRenamed = input(agent('planner'), '/ws/.claude/agents/b.md', 2);
    assert.deepEqual(ours(service.diagnose(bRenamed, settings), 'duplicate-name'), []);
    assert.deepEqual(ours(service.diagnose(a, settings), 'duplicate-name'), []);
  });

  it('indexFile is ignored for an open document: its newest text wins', () => {
    const service = strictService();
    const p = '/ws/.claude/agents/a.md';
    service.diagnose(input(agent('reviewer'), p), settings);
    service.indexFile(uriOf(p), p, agent('stale-name-on-disk'), settings);
    assert.equal(service.workspace.get(uriOf(p))?.name?.name, 'reviewer');
  });

  it('a workspace rule is not re-run by a body keystroke (its findings are reused)', () => {
    const service = strictService();
    service.indexFile(uriOf('/ws/.claude/agents/x.md'), '/ws/.claude/agents/x.md', agent('reviewer'), settings);
    const p = '/ws/.claude/agents/y.md';
    const first = ours(service.diagnose(input(agent('reviewer', [], 'Body one.'), p, 1), settings), 'duplicate-name');
    // As the server sends it: version 2 with the edit since version 1, so the frontmatter is reused.
    const edited = { ...input(agent('reviewer', [], 'Body two.'), p, 2), changesSince: () => [{ range: { start: { line: 5, character: 5 }, end: { line: 5, character: 8 } }, text: 'two' }] };
    const second = ours(service.diagnose(edited, settings), 'duplicate-name');
    assert.equal(first.length, 1);
    assert.equal(second[0], first[0], 'the same diagnostic object: the rule did not run again');
  });

  it('unknown-agent-reference waits for another agent, then reports', () => {
    const service = strictService();
    const lead = input(agent('lead', ['tools: Agent(reviwer)'], 'Delegate to the `reviwer` agent.'), '/ws/.claude/agents/lead.md');
    assert.deepEqual(ours(service.diagnose(lead, settings), 'unknown-agent-reference'), []);
    service.indexFile(uriOf('/ws/.claude/agents/reviewer.md'), '/ws/.claude/agents/reviewer.md', agent('reviewer'), settings);
    const found = ours(service.diagnose(lead, settings), 'unknown-agent-reference');
    assert.deepEqual(
      found.map((d) => [d.severity, d.range.start.line, d.message.includes('did you mean `reviewer`?')]),
      [
        [2, 3, true],
        [3, 6, true],
      ],
    );
  });

  it('unknown-skill waits for the host to list skills; an empty list is an answer', () => {
    const text = agent('lead', ['skills:', '  - release-notes']);
    assert.deepEqual(ours(strictService().diagnose(input(text), settings), 'unknown-skill'), []);
    assert.equal(ours(strictService({ listSkills: () => [] }).diagnose(input(text), settings), 'unknown-skill').length, 1);
    assert.deepEqual(ours(strictService({ listSkills: () => [{ name: 'release-notes' }] }).diagnose(input(text), settings), 'unknown-skill'), []);
  });

  it('touch() makes the service ask for skills again', () => {
    let skills = [{ name: 'release-notes' }];
    const service = strictService({ listSkills: () => skills });
    const doc = input(agent('lead', ['skills: release-notes']));
    assert.deepEqual(ours(service.diagnose(doc, settings), 'unknown-skill'), []);
    skills = [];
    service.workspace.touch();
    assert.equal(ours(service.diagnose(doc, settings), 'unknown-skill').length, 1);
  });

  it('each rule can be turned off', () => {
    const service = strictService({ listSkills: () => [] });
    service.indexFile(uriOf('/ws/.claude/agents/x.md'), '/ws/.claude/agents/x.md', agent('reviewer'), settings);
    const off = resolveSettings({ rules: Object.fromEntries(WORKSPACE_RULES.map((id) => [id, 'off'])) });
    const doc = input(agent('reviewer', ['tools: Agent(nobody)', 'skills: nothing']), '/ws/.claude/agents/y.md');
    assert.deepEqual(
      service.diagnose(doc, settings).filter((d) => WORKSPACE_RULES.includes(String(d.code))).map((d) => d.code).sort(),
      ['duplicate-name', 'unknown-agent-reference', 'unknown-skill'],
    );
    assert.deepEqual(service.diagnose(doc, off).filter((d) => WORKSPACE_RULES.includes(String(d.code))), []);
  });
});

const CORPUS = '/work/shared/corpus';

describe('workspace rules on the corpus of real agent files', { skip: !fs.existsSync(path.join(CORPUS, 'SOURCES.tsv')) && 'corpus not on this machine' }, () => {
  it('index every repository as its own workspace: no crash, no duplicate within a repository’s scopes, only real delegations reported', () => {
    const rows = fs
      .readFileSync(path.join(CORPUS, 'SOURCES.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split('\t'));
    const byRepo = new Map<string, { file: string; path: string }[]>();
    for (const [set, repo, , original] of rows) {
      const file = path.join(CORPUS, set, repo.replace('/', '__'), original.replace(/\//g, '__'));
      if (!fs.existsSync(file)) continue;
      byRepo.set(repo, [...(byRepo.get(repo) ?? []), { file, path: `/corpus/${repo}/${original}` }]);
    }
    const counts = new Map<string, number>();
    const reported: string[] = [];
    for (const [, files] of byRepo) {
      const service = strictService({ listSkills: () => [] });
      const texts = files.map((f) => fs.readFileSync(f.file, 'utf8'));
      files.forEach((f, i) => service.indexFile(uriOf(f.path), f.path, texts[i], settings));
      files.forEach((f, i) => {
        const doc = input(texts[i], f.path);
        if (!service.isAgentFile(doc, settings)) return;
        for (const d of service.diagnose(doc, settings)) {
          if (!WORKSPACE_RULES.includes(String(d.code))) continue;
          counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
          if (d.code === 'unknown-agent-reference') reported.push(doc.getText().split('\n')[d.range.start.line]);
        }
      });
    }
    // Every reported line is one of the grammar's delegations (none of the corpus has `Agent(x)`).
    for (const line of reported) assert.match(line, /\b(delegate|collaborate|consult)\w*\b/i, line);
    assert.ok(reported.length > 0, 'the CAMI agents delegate to agents that are not in the corpus');
    console.log(`corpus: ${byRepo.size} repositories; findings ${JSON.stringify(Object.fromEntries(counts))}`);
  });
});
