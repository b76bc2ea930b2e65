/**
 * Fields the CAMI three-phase specialist format adds on top of Claude Code's. Claude Code
 * itself ignores them; CAMI's tooling and the agents' authors use them.
 */
import type { FieldSpec } from './profile-schema';
import { CAMI_COLORS, CLAUDE_CODE_COLORS } from './data/colors';
import { SPECIALIST_CLASSES, CLASS_IDS, describeClass } from './data/classes';
import { BOOLEAN_DOCS } from './data/enums';
import { anyText, booleanFlag, oneOf, semverText, stringList } from './validators';

export const CAMI_DOCS_URL = 'https://github.com/lando-labs/cami';

/** Keys that belong to the CAMI format (not to Claude Code). */
export const CAMI_FIELD_KEYS: readonly string[] = ['version', 'class', 'specialty', 'tags', 'use_cases', 'skill_aware'];

export function threePhaseOnlyFields(): FieldSpec[] {
  const classDocs = Object.fromEntries(SPECIALIST_CLASSES.map((c) => [c.id, describeClass(c)]));
  return [
    {
      key: 'version',
      description:
        'The agent\'s semantic version, written quoted: `"1.2.0"`. CAMI bumps it on every change: MAJOR for a new model, a rewrite, a new scope or ' +
        'different tool access; MINOR for new sections or guidance; PATCH for typos and clarifications. ' +
        'Unquoted `1.1` is read by YAML as the number 1.1, not a version.',
      kind: 'string',
      required: 'warning',
      docsUrl: CAMI_DOCS_URL,
      validator: semverText,
    },
    {
      key: 'class',
      description:
        'The kind of specialist, which sets how effort is spread over the three phases and which model suits it. ' +
        'CAMI v4 classes: `workflow-specialist`, `technology-implementer`, `strategic-planner`; CAMI v5 uses `methodology-specialist` and `strategic-planner`.',
      kind: 'enum',
      values: CLASS_IDS,
      valueDocs: classDocs,
      required: 'information',
      docsUrl: CAMI_DOCS_URL,
      validator: oneOf(CLASS_IDS, 'specialist class'),
    },
    {
      key: 'specialty',
      description: 'The agent\'s domain in kebab-case, e.g. `api-development` or `kubernetes-operations`. Free-form; used to find and group agents.',
      kind: 'string',
      required: 'information',
      docsUrl: CAMI_DOCS_URL,
      validator: anyText,
    },
    {
      key: 'tags',
      description: 'Keywords for finding the agent, as a list: `["api", "database"]`.',
      kind: 'string-list',
      docsUrl: CAMI_DOCS_URL,
      validator: stringList,
    },
    {
      key: 'use_cases',
      description: 'Typical tasks the agent is for, as a list of short phrases: `["API design", "query tuning"]`.',
      kind: 'string-list',
      docsUrl: CAMI_DOCS_URL,
      validator: stringList,
    },
    {
      key: 'skill_aware',
      description: 'CAMI v5: `true` when the agent is written to work with skills (methodology specialists set it).',
      kind: 'boolean',
      values: ['true', 'false'],
      valueDocs: BOOLEAN_DOCS,
      defaultValue: '`false`',
      docsUrl: CAMI_DOCS_URL,
      validator: booleanFlag,
    },
  ];
}

/** Colour docs for the three-phase profile: Claude Code's eight plus CAMI's extra names. */
export function threePhaseColorDocs(): Record<string, string> {
  const docs: Record<string, string> = {};
  for (const c of CLAUDE_CODE_COLORS) docs[c] = `Shows the agent in ${c} in Claude Code's agent list and transcript.`;
  for (const c of CAMI_COLORS) docs[c] = `A CAMI palette colour. Claude Code does not know \`${c}\` and shows the agent in its default colour.`;
  return docs;
}
