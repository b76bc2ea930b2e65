import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { descriptionOf, SkillsCatalog } from '../../../server/src/skills-catalog';

describe('skills catalog', () => {
  const root = mkdtempSync(join(tmpdir(), 'agentsmith-skills-unit-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  const skill = (folder: string, name: string, text: string) => {
    mkdirSync(join(folder, name), { recursive: true });
    writeFileSync(join(folder, name, 'SKILL.md'), text);
  };
  const project = join(root, 'project');
  const projectSkills = join(project, '.claude', 'skills');
  skill(projectSkills, 'release-notes', '---\nname: release-notes\ndescription: >-\n  Drafts release notes\n  from merged PRs.\n---\nBody.\n');
  skill(projectSkills, 'no-frontmatter', 'Just text.\n');
  mkdirSync(join(projectSkills, 'not-a-skill'), { recursive: true });
  skill(join(root, 'plugins', 'acme', 'skills'), 'deploy', '---\ndescription: "Ships it."\n---\n');

  const uri = (path: string) => pathToFileURL(path).toString();

  it('lists the skills of the project an agent file belongs to, with their descriptions', () => {
    const catalog = new SkillsCatalog(() => undefined);
    const skills = catalog.list(uri(join(project, '.claude', 'agents', 'sub', 'writer.md')));
    assert.deepEqual(skills, [
      { name: 'no-frontmatter', description: undefined, uri: uri(join(projectSkills, 'no-frontmatter', 'SKILL.md')) },
      { name: 'release-notes', description: 'Drafts release notes from merged PRs.', uri: uri(join(projectSkills, 'release-notes', 'SKILL.md')) },
    ]);
  });

  it('a plugin agent sees its plugin skills; workspace folders add theirs', () => {
    const catalog = new SkillsCatalog(() => undefined);
    catalog.setWorkspaceFolders([{ uri: uri(project) }]);
    const names = catalog.list(uri(join(root, 'plugins', 'acme', 'agents', 'ops.md'))).map((s) => s.name);
    assert.deepEqual(names, ['deploy', 'no-frontmatter', 'release-notes']);
  });

  it('re-reads at most every few seconds, or when told a SKILL.md changed', () => {
    let now = 0;
    const catalog = new SkillsCatalog(() => undefined, () => now);
    const agent = uri(join(project, '.claude', 'agents', 'writer.md'));
    assert.equal(catalog.list(agent).length, 2);
    skill(projectSkills, 'changelog', '---\ndescription: Keeps the changelog.\n---\n');
    assert.equal(catalog.list(agent).length, 2, 'cached');
    now += 6000;
    assert.equal(catalog.list(agent).length, 3, 're-read after the time-to-live');
    catalog.setWatched(true);
    skill(projectSkills, 'zeta', '---\n---\n');
    now += 60_000;
    assert.equal(catalog.list(agent).length, 3, 'watched: cached until a change is reported');
    catalog.invalidate();
    assert.equal(catalog.list(agent).length, 4);
  });

  it('says so when a timed re-read finds other skills than before', async () => {
    let now = 0;
    const catalog = new SkillsCatalog(() => undefined, () => now);
    const other = join(root, 'other', '.claude');
    skill(join(other, 'skills'), 'first', '---\n---\n');
    const agent = uri(join(other, 'agents', 'a.md'));
    let changes = 0;
    let reported: () => void = () => undefined;
    const changed = new Promise<void>((resolve) => (reported = resolve));
    catalog.onDidChange(() => {
      changes++;
      reported();
    });
    catalog.list(agent);
    now += 6000;
    catalog.list(agent);
    await new Promise<void>((resolve) => setImmediate(resolve)); // the callback would run in this turn
    assert.equal(changes, 0, 'the same skills: no change');
    skill(join(other, 'skills'), 'second', '---\n---\n');
    now += 6000;
    assert.deepEqual(catalog.list(agent).map((s) => s.name), ['first', 'second']);
    await changed;
    assert.equal(changes, 1);
  });

  it('reads descriptions defensively', () => {
    assert.equal(descriptionOf('---\ndescription: [unclosed\n---\n'), undefined);
    assert.equal(descriptionOf('no frontmatter'), undefined);
    assert.equal(descriptionOf(`---\ndescription: ${'x'.repeat(400)}\n---\n`)?.length, 300);
  });
});
