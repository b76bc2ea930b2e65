/** Agent files written for these tests, in our own words. Tests find lines by their text. */

/** A three-phase specialist without Phase 2: `phase-missing` (with an insert fix) and `section-missing`. */
export const SPECIALIST_WITHOUT_PHASE_2 = `---
name: release-notes-writer
description: Use this agent to turn merged pull requests into release notes.
version: "1.0.0"
class: workflow-specialist
specialty: release-notes
model: haiku
---

You are the Release Notes Writer, a careful editor of change logs.

## Core Philosophy: Readers First

Notes are for the people who upgrade.

## Three-Phase Specialist Methodology

### Phase 1: Gather

Collect the merged pull requests.

**Tools**: Read, Grep

### Phase 3: Publish

Write the notes.

**Tools**: Write

## Boundaries and Limitations

**You DO**:
- Write notes

**You DON'T**:
- Tag releases

## Self-Verification Checklist

- [ ] Every change is listed
`;

/** The same methodology in a file without frontmatter: only an include glob makes it an agent file. */
export const SPECIALIST_BODY_ONLY = SPECIALIST_WITHOUT_PHASE_2.slice(SPECIALIST_WITHOUT_PHASE_2.indexOf('\nYou are') + 1);

export const PLAIN_NOTES = `# Meeting notes

- name: the project name is still open
- description: see the wiki

## Next steps

Nothing yet.
`;

/** A Copilot custom agent: another format, left alone by default. */
export const COPILOT_AGENT = `---
name: Reviewer
description: Review changes without editing files
tools: ['read', 'search']
---
Review the supplied changes.
`;
