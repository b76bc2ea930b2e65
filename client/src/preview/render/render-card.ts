/**
 * The header card: name, description, the facts (model, class, specialty, version, core
 * philosophy), a swatch of the agent's colour, tags and use cases as chips, and the tools. Every
 * value is the file's text, escaped; the swatch is a class from a fixed list (never a style
 * built from the value, which could smuggle CSS in).
 */
import type { AgentModel, LineText } from '../../../../server/src/protocol/messages';
import { escapeHtml, integer } from './escape';

/** Colour names the stylesheet has a swatch for: Claude Code's eight and the CAMI palette. */
export const SWATCH_COLORS: ReadonlySet<string> = new Set([
  'red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan',
  'amber', 'emerald', 'indigo', 'lime', 'magenta', 'maroon', 'ruby', 'sky', 'slate', 'teal', 'violet',
]);

/**
 * `data-reveal-line`: the webview script turns a click on it (or Enter, when focusable) into
 * `revealLine`. Only the landmarks (the name, section headings, phases) are in the tab order;
 * chips and list items are mouse shortcuts, so a keyboard user does not tab through each one.
 */
export function revealAttributes(line: number, focusable = false): string {
  return ` data-reveal-line="${integer(line)}"${focusable ? ' tabindex="0"' : ''}`;
}

export function renderCard(model: AgentModel): string {
  const card = model.card;
  const name = card.name
    ? `<h1 class="agent-name"${revealAttributes(card.name.line, true)}>${escapeHtml(card.name.text)}</h1>`
    : `<h1 class="agent-name agent-name-missing"${revealAttributes(0, true)}>Unnamed agent</h1>`;
  const color = card.color?.text.toLowerCase();
  const known = color !== undefined && SWATCH_COLORS.has(color);
  const swatch = card.color
    ? `<span class="swatch swatch-${known ? color : 'unknown'}" role="img" aria-label="${escapeHtml(`Colour: ${card.color.text}${known ? '' : ' (not a known colour)'}`)}"></span>`
    : '';
  const version = card.version ? `<span class="chip chip-version"${revealAttributes(card.version.line)}>v${escapeHtml(card.version.text.replace(/^v/i, ''))}</span>` : '';
  const description = card.description
    ? `<p class="agent-description"${revealAttributes(card.description.line)}>${escapeHtml(card.description.text)}</p>`
    : '<p class="agent-description missing">No description: Claude Code decides when to use an agent from its description.</p>';
  const facts = [
    fact('Model', card.model, 'inherits the main conversation\u2019s model'),
    card.color ? fact('Colour', card.color) : '',
    fact('Class', card.agentClass),
    fact('Specialty', card.specialty),
    fact('Core philosophy', card.corePhilosophy),
  ].join('');
  const rows = [
    chipRow('Tags', card.tags),
    chipRow('Use cases', card.useCases),
    card.tools === undefined
      ? `<div class="chip-row"><span class="chip-row-label">Tools</span><span class="inherits">Inherits all tools</span></div>`
      : chipRow('Tools', card.tools, 'chip-tool', 'No tools (an empty list)'),
    card.disallowedTools.length > 0 ? chipRow('Disallowed tools', card.disallowedTools, 'chip-tool chip-disallowed') : '',
  ].join('');
  const other = card.otherFields.length > 0
    ? `<details class="other-fields"><summary>${card.otherFields.length} more field${card.otherFields.length === 1 ? '' : 's'}</summary><dl>${card.otherFields
        .map((field) => `<div class="fact"${revealAttributes(field.line)}><dt>${escapeHtml(field.key)}</dt><dd>${escapeHtml(field.text)}</dd></div>`)
        .join('')}</dl></details>`
    : '';
  const frontmatterNote = {
    missing: '<p class="card-note">This file has no frontmatter: Claude Code does not load it as an agent.</p>',
    unclosed: '<p class="card-note">The frontmatter is never closed with a <code>---</code> line.</p>',
    invalid: '<p class="card-note">The frontmatter is not valid YAML; the card shows what could be read.</p>',
    valid: '',
  }[model.frontmatter];
  return `<header class="agent-card accent-${known ? color : 'none'}" aria-label="Agent">
<div class="card-title">${swatch}${name}${version}<span class="chip chip-profile" title="Agentsmith profile">${model.profile === 'three-phase' ? 'three-phase specialist' : 'Claude Code subagent'}</span></div>
${description}${frontmatterNote}
<dl class="facts">${facts}</dl>
${rows}${other}
</header>`;
}

function fact(label: string, value: LineText | undefined, fallback?: string): string {
  if (!value && !fallback) return '';
  const text = value ? escapeHtml(value.text) : `<span class="muted">${escapeHtml(fallback!)}</span>`;
  return `<div class="fact"${value ? revealAttributes(value.line) : ''}><dt>${escapeHtml(label)}</dt><dd>${text}</dd></div>`;
}

function chipRow(label: string, items: readonly LineText[], chipClass = '', empty?: string): string {
  if (items.length === 0 && empty === undefined) return '';
  const chips = items.length === 0
    ? `<span class="muted">${escapeHtml(empty!)}</span>`
    : `<ul class="chips" aria-label="${escapeHtml(label)}">${items.map((item) => `<li class="chip ${chipClass}"${revealAttributes(item.line)}>${escapeHtml(item.text)}</li>`).join('')}</ul>`;
  return `<div class="chip-row"><span class="chip-row-label">${escapeHtml(label)}</span>${chips}</div>`;
}
