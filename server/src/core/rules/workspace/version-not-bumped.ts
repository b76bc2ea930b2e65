import type { AgentDocument, Heading } from '../../document/model';
import { type BumpLevel, isVersionBump, planVersionBump, versionField } from '../../features/bump-version';
import type { Baseline, Rule } from '../rule';
import { addedSections, type BumpFacts, bumpFacts, normalisedText, sameContent, type SectionCounts, sectionCounts } from './support/baseline-diff';

const RULE_ID = 'version-not-bumped';

/**
 * What the rule keeps per baseline object (one per document while the committed text is the
 * same): the baseline's side of the comparison, and the document's side for the last
 * frontmatter and outline seen, which typing prose or body text leaves in place.
 */
interface Memo {
  facts: BumpFacts;
  sections: SectionCounts;
  /** The committed text with `\n` line breaks and no byte order mark. */
  text: string;
  current?: { frontmatter: object; facts: BumpFacts };
  added?: { body: object; headings: Heading[] };
}

function memoOf(baseline: Baseline): Memo {
  let memo = baseline.memo.get(RULE_ID) as Memo | undefined;
  if (!memo) {
    const committed = baseline.doc;
    memo = { facts: bumpFacts(committed), sections: sectionCounts(committed), text: normalisedText(committed.source) };
    baseline.memo.set(RULE_ID, memo);
  }
  return memo;
}

function currentFacts(memo: Memo, doc: AgentDocument): BumpFacts {
  const frontmatter = doc.frontmatter!;
  if (memo.current?.frontmatter !== frontmatter) memo.current = { frontmatter, facts: bumpFacts(doc) };
  return memo.current.facts;
}

function addedHeadings(memo: Memo, doc: AgentDocument): Heading[] {
  if (memo.added?.body !== doc.body) memo.added = { body: doc.body, headings: addedSections(doc, memo.sections) };
  return memo.added.headings;
}

/** The bump level the change calls for and why, or undefined when the content is the committed one. */
function suggestion(memo: Memo, doc: AgentDocument): { level: BumpLevel; reason: string; added: Heading[] } | undefined {
  const now = currentFacts(memo, doc);
  const changed = [now.model !== memo.facts.model && '`model`', now.tools !== memo.facts.tools && '`tools`'].filter((x): x is string => !!x);
  if (changed.length > 0) return { level: 'major', reason: `major: ${changed.join(' and ')} changed`, added: [] };
  const added = addedHeadings(memo, doc);
  if (added.length > 0) {
    const first = `\`${'#'.repeat(added[0].level)} ${added[0].text}\``;
    const reason = added.length === 1 ? `minor: ${first} was added` : `minor: ${first} and ${added.length - 1} more section${added.length > 2 ? 's were' : ' was'} added`;
    return { level: 'minor', reason, added };
  }
  if (sameContent(doc.source, memo.text)) return undefined;
  return { level: 'patch', reason: 'patch: the text changed, not `model`, `tools` or the sections', added: [] };
}

export const versionNotBumped: Rule = {
  id: RULE_ID,
  description: 'A three-phase agent whose content changed since the last commit has a new `version`.',
  defaultSeverity: 'information',
  profiles: ['three-phase'],
  // No `reads`: any edit can make the content differ from the commit (or equal it again).
  // The work per keystroke stays small through the memo above.
  dependsOn: ['baseline'],
  check({ doc, baseline, report }) {
    if (!baseline || !doc.frontmatter?.valid) return;
    const field = versionField(doc);
    if (!field) return;
    const memo = memoOf(baseline);
    const version = currentFacts(memo, doc).version;
    // A version that differs from the committed one was bumped already (or deliberately set).
    if (version === undefined || version !== memo.facts.version) return;
    const suggested = suggestion(memo, doc);
    if (!suggested) return;
    const bump = planVersionBump(doc, suggested.level);
    if (!isVersionBump(bump)) return; // not a version number: version-format says so
    report({
      range: field.valueRange,
      message: `Content changed since the last commit but \`version\` is still ${bump.from}: bump to ${bump.to} (${suggested.reason}).`,
      related: suggested.added.slice(0, 5).map((heading) => ({ range: heading.range, message: 'Added since the last commit.' })),
      fixes: [{ title: `Bump version to ${bump.to} (${suggested.level})`, edits: [bump.edit], isPreferred: true }],
    });
  },
};
