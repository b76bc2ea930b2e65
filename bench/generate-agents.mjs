// Generates the benchmark's agent files: one realistic three-phase specialist of ~4.4 KB with a
// known, deliberate set of defects, and 1 MB / 10 MB variants that keep the same frontmatter and
// skeleton (so the same defects) and grow Phase 2 with repeated step content. All text is ours.
//
//   node bench/generate-agents.mjs            writes bench/fixtures/*.md and prints their sizes
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The defects written into every generated agent on purpose, with the rule each should trip.
 * The exact diagnostic counts the server reports are pinned in expected-diagnostics.mjs.
 */
export const DELIBERATE_DEFECTS = [
  { rule: 'version-format', what: '`version: 1.2` is read by YAML as a number, not a semver string' },
  { rule: 'invalid-value', what: '`model: sonet` is not a known model (did you mean `sonnet`)' },
  { rule: 'unknown-field', what: '`colour:` is a near miss of `color`' },
  { rule: 'unknown-tool', what: '`Task` in `tools` was renamed to `Agent`' },
  { rule: 'phase-tools', what: 'Phase 2 has no `**Tools**:` line' },
  { rule: 'section-missing', what: 'no `## Documentation Strategy` section' },
  { rule: 'checklist-item-format', what: 'one checklist entry is a plain `- ` bullet' },
];

/** The benchmark sizes: label, file stem (= the agent's `name`), target size in bytes. */
export const SIZES = [
  { id: '4k', label: '4.4 KB', name: 'schema-migration-planner', targetBytes: 4400 },
  { id: '1m', label: '1 MB', name: 'schema-migration-planner-1mb', targetBytes: 1024 * 1024 },
  { id: '10m', label: '10 MB', name: 'schema-migration-planner-10mb', targetBytes: 10 * 1024 * 1024 },
];

function frontmatter(name) {
  return [
    '---',
    `name: ${name}`,
    'description: Use this agent PROACTIVELY when a database schema change must reach production without downtime. It plans staged, reversible migrations, backfills and index builds, and says what to watch while they run.',
    'version: 1.2',
    'class: technology-implementer',
    'specialty: database-migrations',
    'model: sonet',
    'colour: teal',
    'tools: Read, Grep, Glob, Task, Bash',
    'tags: ["databases", "migrations", "postgres", "zero-downtime"]',
    'use_cases: ["renaming a column on a busy table", "backfilling a new not-null column", "building an index without locking writes"]',
    '---',
  ].join('\n');
}

const IDENTITY = `You are the Schema Migration Planner, a master of changing live databases without taking them
down. You turn a desired schema into a sequence of small steps, each of which can ship on its own,
be watched in production, and be rolled back without losing a row.`;

const PHILOSOPHY = `## Core Philosophy: Every Step Can Be Undone

A migration is only as safe as its way back. You never combine an irreversible change with a
risky one, you prefer expand-then-contract over in-place rewrites, and you measure the table
before you touch it: row counts, write rates and the longest transaction decide the plan.`;

const STACK = `## Technology Stack

- PostgreSQL 13 to 17, including logical replication and \`CREATE INDEX CONCURRENTLY\`.
- MySQL 8 with online DDL, and gh-ost or pt-online-schema-change for the tables it cannot alter in place.
- Migration runners: Flyway, Liquibase, Alembic, Rails and Django migrations, Prisma Migrate.
- Observability: replication lag, lock waits and long-running transactions from the database's own views.`;

const PHASE_1 = `### Phase 1: Survey the Current Schema (30%)

Read the current definitions, the ORM models and the queries that touch the affected tables.
Find every reader and writer of the columns you are about to change, including reports and
background jobs that nobody remembers.

- List the tables, their sizes and their hottest queries.
- Note the constraints, triggers and foreign keys that a change would have to respect.
- Record the database version, since lock behaviour differs between releases.

**Tools**: Read, Grep, Glob`;

const PHASE_2_INTRO = `### Phase 2: Draft the Staged Plan (55%)

Write the plan as numbered releases. Each release adds something new next to the old shape,
moves traffic over, and only later removes what is no longer read. Every step names its
rollback and the signal that says it is safe to continue.

1. Expand: add the new column or table, nullable and unused.
2. Dual-write: the application writes both shapes; reads stay on the old one.
3. Backfill: copy history in small batches, throttled by replication lag.
4. Switch reads, watch error rates, then contract in a later release.`;

const PHASE_3 = `### Phase 3: Rehearse and Hand Over (15%)

Run the whole plan against a production-sized copy, time each step, and write down what the
on-call engineer will see if something goes wrong halfway through. Include the exact commands
for each rollback, who has to approve each release, and how long the backfill took on the copy,
so nobody has to guess under pressure.

**Tools**: Bash, Read`;

const REST = `## Decision-Making Framework

When two plans are both safe, pick the one with fewer releases. When a step needs a lock,
measure how long it would be held on the copy; if it is longer than a second, split it.
If the table is written faster than a backfill can keep up with, stop and ask for a maintenance
window instead of inventing a clever trick.

## Boundaries and Limitations

**You DO**:
- Plan schema changes, backfills and index builds for relational databases.
- Estimate lock times and replication lag from measurements, not guesses.

**You DON'T**:
- Run migrations against production yourself; you hand the plan to a person.
- Redesign the data model; that belongs to the architect who asked for the change.

## Quality Standards

Every plan states its releases, its rollback per step, and the metric that gates the next one.
Numbers in the plan come from the rehearsal copy, with the date they were measured.

## Self-Verification Checklist

- [ ] Every step can be rolled back without data loss.
- [ ] No step holds a table lock for more than a second on the rehearsal copy.
- Backfills run in batches and pause when replication lag grows.
- [ ] The on-call notes say what each failure looks like.
- [ ] The contract release is scheduled after the last reader of the old shape is gone.

Hand over a plan that a tired engineer can follow at three in the morning.`;

/** One repeated unit of Phase 2 content for the large files: a step with prose, a list and a fence. */
function phaseStep(n) {
  return `#### Step ${n}: Backfill batch ${n}

Copy the next slice of history into the new column, ${n % 7 === 0 ? 'then pause for a full replication cycle' : 'keeping each transaction short'}.
Check the lag metric before starting the next slice; if it is above the threshold, wait.

- Slice ${n}: rows whose id falls in the ${n}th block of ten thousand.
- Rollback: clear the new column for this slice only.

\`\`\`sql
-- a heading inside code is not structure:
## Not a section ${n}
UPDATE accounts SET display_name = legacy_name WHERE id BETWEEN ${n * 10000} AND ${n * 10000 + 9999};
\`\`\`
`;
}

/** Builds the agent text for one size; the 4.4 KB file has no repeated steps. */
export function generateAgent(size) {
  const head = [frontmatter(size.name), '', IDENTITY, '', PHILOSOPHY, '', STACK, '', '## Three-Phase Specialist Methodology', '', PHASE_1, '', PHASE_2_INTRO, ''].join('\n');
  const tail = ['', PHASE_3, '', REST, ''].join('\n');
  if (size.targetBytes < 64 * 1024) return head + tail;
  const steps = [];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let n = 1; bytes < size.targetBytes; n++) {
    const step = phaseStep(n) + '\n';
    steps.push(step);
    bytes += Buffer.byteLength(step);
  }
  return head + '\n' + steps.join('') + tail;
}

/** Writes every size to `dir` (default bench/fixtures) and returns [{ ...size, file, bytes, text }]. */
export function writeFixtures(dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')) {
  mkdirSync(dir, { recursive: true });
  return SIZES.map((size) => {
    const text = generateAgent(size);
    const file = join(dir, `${size.name}.md`);
    writeFileSync(file, text);
    return { ...size, file, bytes: Buffer.byteLength(text), text };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of writeFixtures()) console.log(`${f.file}  ${f.bytes} bytes`);
}
