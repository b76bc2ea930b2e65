// Generates the CLI benchmark's project: N varied agent files under `.claude/agents/` (nested
// folders), a few skills, a config file, and ordinary Markdown around them. Deterministic for a
// seed. About six in ten files are Claude Code subagents (short, fields and tool forms varied),
// four in ten three-phase specialists (the bench template of generate-agents.mjs with its own
// name and a varied set of defects). Some files are clean, some carry the defects people
// really make (a typo'd model, `Task`, `hooks: []`, an unquoted `: ` in the description, a
// misspelled key, a missing field, a plain checklist bullet, a phase without Tools), some use
// CRLF or a BOM, some reference skills and other agents. All text is ours.
//
//   node bench/generate-cli-project.mjs <dir> [count]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAgent, SIZES } from './generate-agents.mjs';

/** A small seeded PRNG (mulberry32): the same project for the same seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['api', 'billing', 'search', 'auth', 'deploy', 'docs', 'metrics', 'mobile', 'payments', 'queue', 'schema', 'security', 'storage', 'test', 'ui'];
const ROLES = ['reviewer', 'planner', 'writer', 'auditor', 'fixer', 'tuner', 'guide', 'checker', 'builder', 'tracker'];
const FOLDERS = ['', '', '', 'backend/', 'frontend/', 'ops/', 'team/data/'];
const MODELS = ['sonnet', 'opus', 'haiku', 'inherit', 'claude-sonnet-4-5'];
const COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'];
const TOOL_SETS = [['Read', 'Grep', 'Glob'], ['Read', 'Edit', 'Write', 'Bash'], ['Read', 'WebFetch', 'WebSearch'], ['Bash', 'Read'], ['Read', 'Grep', 'Glob', 'Edit']];
const SKILLS = ['changelog-writing', 'semver-rules', 'sql-style', 'incident-notes'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function subagent(rand, name, others, yamlErrors) {
  const topic = name.split('-')[0];
  const tools = [...pick(rand, TOOL_SETS)];
  const lines = ['---', `name: ${name}`];
  const defect = rand();
  const description = `Use this agent when ${topic} work needs a careful second look, before it is merged or released.`;
  if (defect < 0.05) lines.push(yamlErrors ? `description: Use this agent for ${topic} work. Examples: reviews, fixes and notes` : `description: "${description}"`);
  else if (defect < 0.08) lines.push(`descripton: ${description}`);
  else lines.push(`description: ${description}`);
  if (defect >= 0.08 && defect < 0.14) tools.push('Task');
  if (rand() < 0.2 && others.length > 0) tools.push(`Agent(${pick(rand, others)})`);
  lines.push(rand() < 0.5 ? `tools: ${tools.join(', ')}` : `tools:\n${tools.map((t) => `  - ${t}`).join('\n')}`);
  lines.push(`model: ${defect >= 0.14 && defect < 0.2 ? 'sonet' : pick(rand, MODELS)}`);
  if (rand() < 0.5) lines.push(`color: ${pick(rand, COLORS)}`);
  if (rand() < 0.2) lines.push('permissionMode: acceptEdits');
  if (rand() < 0.15) lines.push(`skills: ${rand() < 0.8 ? pick(rand, SKILLS) : 'missing-skill'}`);
  if (defect >= 0.2 && defect < 0.23) lines.push('hooks: []');
  lines.push('---', '');
  const paragraphs = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < paragraphs; i++) {
    lines.push(
      `You work on ${topic}. Read the relevant files first, then say what you found and what you would change, ` +
        `in order of importance. Keep each point short and point at the file and line it is about.`,
      '',
    );
  }
  if (rand() < 0.3) lines.push('## Steps', '', '1. Read the change.', '2. Run the checks.', '3. Report.', '');
  if (rand() < 0.2 && others.length > 0) lines.push(`Hand database questions to the ${pick(rand, others)} agent.`, '');
  return lines.join('\n');
}

function specialist(rand, name) {
  let text = generateAgent({ ...SIZES[0], name });
  // The template carries seven defects; fix a random subset of them so files differ.
  if (rand() < 0.5) text = text.replace('version: 1.2', 'version: "1.2.0"');
  if (rand() < 0.5) text = text.replace('model: sonet', 'model: sonnet');
  if (rand() < 0.5) text = text.replace('colour: teal', 'color: cyan');
  if (rand() < 0.5) text = text.replace('tools: Read, Grep, Glob, Task, Bash', 'tools: Read, Grep, Glob, Agent, Bash');
  if (rand() < 0.5) text = text.replace('- Backfills run in batches', '- [ ] Backfills run in batches');
  if (rand() < 0.5) text = text.replace('## Decision-Making Framework', '## Documentation Strategy\n\nKeep the plan in the repository next to the migration.\n\n## Decision-Making Framework');
  return text;
}

/**
 * Writes the project into `dir`; returns the agent files' paths (relative). For a comparison
 * with claudelint, which checks neither, `yamlErrors: false` writes no description that breaks
 * the YAML (claudelint stops checking agents at the first such file) and `nested: false` puts
 * every agent directly in `.claude/agents/` (claudelint does not look in its subfolders).
 */
export function writeCliProject(dir, { count = 1000, seed = 20261126, yamlErrors = true, nested = true } = {}) {
  const rand = random(seed);
  const files = [];
  const names = [];
  for (let i = 0; i < count; i++) names.push(`${pick(rand, TOPICS)}-${pick(rand, ROLES)}-${i}`);
  for (let i = 0; i < count; i++) {
    const name = names[i];
    const folder = nested ? pick(rand, FOLDERS) : '';
    const three = rand() < 0.4;
    let text = three ? specialist(rand, name) : subagent(rand, name, names.slice(Math.max(0, i - 20), i), yamlErrors);
    if (rand() < 0.1) text = text.replace(/\n/g, '\r\n');
    if (rand() < 0.03) text = '\uFEFF' + text;
    const path = join('.claude', 'agents', folder, `${name}.md`);
    mkdirSync(join(dir, '.claude', 'agents', folder), { recursive: true });
    writeFileSync(join(dir, path), text);
    files.push(path);
  }
  for (const skill of SKILLS) {
    mkdirSync(join(dir, '.claude', 'skills', skill), { recursive: true });
    writeFileSync(join(dir, '.claude', 'skills', skill, 'SKILL.md'), `---\nname: ${skill}\ndescription: How we do ${skill.replace('-', ' ')}.\n---\n\nSteps.\n`);
  }
  mkdirSync(join(dir, 'docs'), { recursive: true });
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, 'docs', `page-${i}.md`), `# Page ${i}\n\nOrdinary documentation, not an agent.\n`);
  writeFileSync(join(dir, 'README.md'), '# Bench project\n');
  writeFileSync(join(dir, '.agentsmith.json'), '{}\n');
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate-cli-project.mjs <dir> [count]');
    process.exit(2);
  }
  console.log(`${writeCliProject(dir, { count: count ? Number(count) : 1000 }).length} agent files in ${dir}`);
}
