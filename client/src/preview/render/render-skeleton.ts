/**
 * The three-phase skeleton at a glance: the phases side by side (a missing phase is a visible
 * gap, not a skipped column), the boundaries as two columns, the checklist with its count.
 * For a Claude Code subagent, parts it does not have are simply not shown; for a three-phase
 * specialist a missing part is shown as missing, because the format expects it.
 */
import type { AgentModel, AgentModelList, AgentModelPhase } from '../../../../server/src/protocol/messages';
import { escapeHtml, integer } from './escape';
import { type Markdown, renderInline } from './markdown';
import { revealAttributes } from './render-card';

const EXPECTED_PHASES = [1, 2, 3];

export function renderSkeleton(model: AgentModel, md: Markdown): string {
  const expects = model.profile === 'three-phase';
  return [methodology(model, md, expects), boundaries(model, md, expects), checklist(model, md, expects)].join('\n');
}

function methodology(model: AgentModel, md: Markdown, expects: boolean): string {
  const section = model.methodology;
  if (!section) {
    return expects
      ? `<section class="overview methodology" aria-labelledby="overview-methodology"><h2 id="overview-methodology">Methodology</h2><p class="gap">No three-phase methodology section.</p></section>`
      : '';
  }
  const placed = new Set<AgentModelPhase>();
  const slots = EXPECTED_PHASES.map((number) => {
    const phase = section.phases.find((candidate) => candidate.number === number && !placed.has(candidate));
    if (phase) placed.add(phase);
    return phase ? phaseCard(phase, md) : missingPhase(number);
  });
  const extras = section.phases.filter((phase) => !placed.has(phase)).map((phase) => phaseCard(phase, md, true));
  return `<section class="overview methodology" aria-labelledby="overview-methodology">
<h2 id="overview-methodology"${revealAttributes(section.heading.line, true)}>Methodology <span class="subtitle">${escapeHtml(section.heading.text)}</span></h2>
<ol class="phases">${[...slots, ...extras].join('')}</ol>
</section>`;
}

function phaseCard(phase: AgentModelPhase, md: Markdown, extra = false): string {
  const number = phase.number === undefined ? 'Phase' : `Phase ${integer(phase.number)}`;
  const percent = integer(phase.weight);
  const weight = phase.weight === undefined
    ? ''
    : `<p class="phase-weight"><meter min="0" max="100" value="${Math.max(0, Math.min(100, percent))}" aria-label="Weight">${percent}%</meter> <span>${percent}%</span></p>`;
  const tools = phase.tools
    ? `<p class="phase-tools"><span class="phase-tools-label">Tools</span> ${renderInline(md, phase.tools.text)}</p>`
    : '<p class="phase-tools phase-tools-missing">No <strong>Tools</strong> line</p>';
  return `<li class="phase${extra ? ' phase-extra' : ''}"${revealAttributes(phase.line, true)}>
<h3 class="phase-title"><span class="phase-number">${escapeHtml(number)}</span> <span class="phase-name">${renderInline(md, phase.title || 'Untitled')}</span></h3>
${weight}${tools}</li>`;
}

function missingPhase(number: number): string {
  return `<li class="phase phase-missing"><h3 class="phase-title"><span class="phase-number">Phase ${number}</span> <span class="phase-name">missing</span></h3><p class="gap">The methodology has no Phase ${number} heading.</p></li>`;
}

function boundaries(model: AgentModel, md: Markdown, expects: boolean): string {
  const section = model.boundaries;
  if (!section) {
    return expects
      ? `<section class="overview boundaries" aria-labelledby="overview-boundaries"><h2 id="overview-boundaries">Boundaries</h2><p class="gap">No boundaries section.</p></section>`
      : '';
  }
  return `<section class="overview boundaries" aria-labelledby="overview-boundaries">
<h2 id="overview-boundaries"${revealAttributes(section.heading.line, true)}>Boundaries <span class="subtitle">${escapeHtml(section.heading.text)}</span></h2>
<div class="columns">${boundaryColumn('do', 'You DO', section.do, md)}${boundaryColumn('dont', 'You DON\u2019T', section.dont, md)}</div>
</section>`;
}

function boundaryColumn(kind: 'do' | 'dont', title: string, list: AgentModelList | undefined, md: Markdown): string {
  if (!list) return `<div class="boundary boundary-${kind}"><h3>${escapeHtml(title)}</h3><p class="gap">No \u201c${escapeHtml(title)}\u201d list.</p></div>`;
  const items = list.items.length === 0
    ? '<p class="gap">The list is empty.</p>'
    : `<ul>${list.items.map((item) => `<li${revealAttributes(item.line)}>${renderInline(md, item.text)}</li>`).join('')}</ul>`;
  return `<div class="boundary boundary-${kind}"><h3${revealAttributes(list.label.line, true)}>${escapeHtml(title)}</h3>${items}</div>`;
}

function checklist(model: AgentModel, md: Markdown, expects: boolean): string {
  const section = model.checklist;
  if (!section) {
    return expects
      ? `<section class="overview checklist" aria-labelledby="overview-checklist"><h2 id="overview-checklist">Self-Verification Checklist</h2><p class="gap">No Self-Verification Checklist.</p></section>`
      : '';
  }
  const count = section.items.length;
  const items = count === 0
    ? '<p class="gap">The checklist has no items.</p>'
    : `<ul class="checklist-items">${section.items
        .map((item) => {
          const box = item.checkbox === undefined
            ? '<span class="plain-bullet" title="A plain bullet, not a - [ ] checkbox" aria-hidden="true">\u2022</span>'
            : `<input class="task-box" type="checkbox" disabled${item.checkbox === ' ' ? '' : ' checked'} aria-label="${item.checkbox === ' ' ? 'not done' : 'done'}">`;
          return `<li${revealAttributes(item.line)}>${box} <span>${renderInline(md, item.text)}</span></li>`;
        })
        .join('')}</ul>`;
  return `<section class="overview checklist" aria-labelledby="overview-checklist">
<h2 id="overview-checklist"${revealAttributes(section.heading.line, true)}>Self-Verification Checklist <span class="count-badge">${count} item${count === 1 ? '' : 's'}</span></h2>
${items}
</section>`;
}
