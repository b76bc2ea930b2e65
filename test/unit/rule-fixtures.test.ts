/**
 * Runs every rule fixture: `test/fixtures/rules/<rule-id>/<case>.md` with its expectations in
 * `<case>.expect.json`. The findings of that rule must match exactly (range and severity, and
 * a message substring when given); every fix of every finding is applied and the document
 * re-validated: the rule must then report fewer findings, and the fix must not break YAML.
 * `"baseline": "<file>"` names a file of the folder holding the text at the last commit.
 * A `<case>.workspace/` folder holds the other files of the case's workspace (paths relative
 * to `/ws/`): its agent files are indexed and its `.claude/skills/<name>/SKILL.md` listed;
 * without one, the host indexes nothing and lists no skills, as a bare single-file check.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { allRules } from '../../server/src/core/rules/registry';
import { resolveSettings } from '../../server/src/core/settings';
import { applyEdits, FIXTURES, input, strictService } from './support/documents';

interface Expectation {
  path?: string;
  settings?: Record<string, unknown>;
  /** A file of the same folder (not `.md`) with the committed text, for rules that read the baseline. */
  baseline?: string;
  findings: { range: string; severity: string; message?: string }[];
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];
const rulesDir = path.join(FIXTURES, 'rules');
const ruleDirs = fs.existsSync(rulesDir) ? fs.readdirSync(rulesDir).sort() : [];

/** Every file under `root`, as relative paths with `/`. */
function filesUnder(root: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((e) => {
    const relative = prefix === '' ? e.name : `${prefix}/${e.name}`;
    return e.isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

function formatRange(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

describe('rule fixtures', () => {
  it('every fixture folder names a registered rule, and every rule has fixtures', () => {
    const ids = allRules.map((r) => r.id);
    for (const dir of ruleDirs) assert.ok(ids.includes(dir), `fixture folder ${dir} matches no rule`);
    for (const id of ids) assert.ok(ruleDirs.includes(id), `rule ${id} has no fixtures in test/fixtures/rules/${id}`);
  });

  for (const ruleId of ruleDirs) {
    describe(ruleId, () => {
      const dir = path.join(rulesDir, ruleId);
      const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
      for (const file of cases) {
        const expectFile = path.join(dir, file.replace(/\.md$/, '.expect.json'));
        it(file, () => {
          assert.ok(fs.existsSync(expectFile), `missing ${path.basename(expectFile)}`);
          const expectation = JSON.parse(fs.readFileSync(expectFile, 'utf8')) as Expectation;
          const text = fs.readFileSync(path.join(dir, file), 'utf8');
          const filePath = '/ws/' + (expectation.path ?? `.claude/agents/${file}`);
          const settings = resolveSettings(expectation.settings ?? {});
          const baseline = expectation.baseline === undefined ? undefined : fs.readFileSync(path.join(dir, expectation.baseline), 'utf8');
          const workspaceDir = path.join(dir, file.replace(/\.md$/, '.workspace'));
          const others = fs.existsSync(workspaceDir) ? filesUnder(workspaceDir) : undefined;
          const service = strictService({
            baselineOf: () => baseline,
            listSkills: others && (() => others.filter((f) => /^\.claude\/skills\/[^/]+\/SKILL\.md$/.test(f)).map((f) => ({ name: f.split('/')[2], uri: 'file:///ws/' + f }))),
          });
          for (const other of others ?? []) service.indexFile('file:///ws/' + other, '/ws/' + other, fs.readFileSync(path.join(workspaceDir, other), 'utf8'), settings);
          const doc = input(text, filePath);
          const ours = service.diagnose(doc, settings).filter((d) => d.code === ruleId);
          const actual = ours.map((d) => ({ range: formatRange(d), severity: SEVERITY_NAMES[d.severity ?? 0] }));
          const expected = expectation.findings.map((f) => ({ range: f.range, severity: f.severity }));
          assert.deepEqual(actual, expected, `findings of ${ruleId} in ${file}:\n${ours.map((d) => `  ${formatRange(d)} ${d.message}`).join('\n')}`);
          expectation.findings.forEach((f, i) => {
            if (f.message) assert.ok(ours[i].message.includes(f.message), `message "${ours[i].message}" lacks "${f.message}"`);
          });
          for (const diagnostic of ours) {
            for (const action of service.codeActions(doc, settings, diagnostic.range, [diagnostic], ['quickfix'])) {
              const edits = action.edit?.changes?.[doc.uri] ?? [];
              const fixed = applyEdits(text, edits);
              const after = service.diagnose(input(fixed, filePath, 2), settings);
              const remaining = after.filter((d) => d.code === ruleId).length;
              assert.ok(remaining < ours.length, `fix "${action.title}" left ${remaining} of ${ours.length} ${ruleId} findings:\n${fixed}`);
              if (ruleId !== 'yaml-syntax') {
                const yamlBefore = ours.length === 0 ? 0 : service.diagnose(doc, settings).filter((d) => d.code === 'yaml-syntax').length;
                const yamlAfter = after.filter((d) => d.code === 'yaml-syntax').length;
                assert.ok(yamlAfter <= yamlBefore, `fix "${action.title}" broke the YAML:\n${fixed}`);
              }
            }
          }
        });
      }
    });
  }
});
