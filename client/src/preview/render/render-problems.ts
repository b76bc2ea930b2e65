/**
 * The problems strip: counts by severity from the same findings as the editor's diagnostics.
 * A count (or a row of the list) is a button carrying the problem's index in the model; the
 * host looks the problem up in the model it rendered, so the webview never names a range.
 */
import type { AgentModel, AgentModelProblem } from '../../../../server/src/protocol/messages';
import { escapeHtml, integer } from './escape';

const SEVERITIES = [
  { key: 'error', one: 'error', many: 'errors', icon: '\u2716' },
  { key: 'warning', one: 'warning', many: 'warnings', icon: '\u25b2' },
  { key: 'information', one: 'info', many: 'infos', icon: '\u25cf' },
  { key: 'hint', one: 'hint', many: 'hints', icon: '\u2022' },
] as const;

export function renderProblems(model: AgentModel): string {
  if (!model.checked) {
    return `<section class="problems problems-unchecked" aria-label="Problems"><p>Agentsmith does not check this file as an agent file, so it shows no problems for it. Files under <code>.claude/agents/</code>, plugin <code>agents/</code> folders, three-phase specialists and <code>agentsmith.files.include</code> are checked.</p></section>`;
  }
  const { counts, items } = model.problems;
  const total = integer(counts.error) + integer(counts.warning) + integer(counts.information) + integer(counts.hint);
  if (total === 0) {
    return '<section class="problems problems-none" aria-label="Problems"><p><span class="ok-mark" aria-hidden="true">\u2714</span> No problems</p></section>';
  }
  const buttons = SEVERITIES.map(({ key, one, many, icon }) => {
    const count = integer(counts[key]);
    const label = `${count} ${count === 1 ? one : many}`;
    const first = items.findIndex((item) => item.severity === key);
    if (count === 0) return `<span class="problem-count severity-${key} zero"><span aria-hidden="true">${icon}</span> ${label}</span>`;
    const target = first < 0 ? '' : ` data-problem="${first}" title="Show the first ${one} in the editor"`;
    return `<button type="button" class="problem-count severity-${key}"${target}><span aria-hidden="true">${icon}</span> ${label}</button>`;
  }).join('');
  const shown = items.length < total ? ` (the first ${items.length})` : '';
  const list = items.map((item, index) => problemRow(item, index)).join('');
  return `<section class="problems" aria-label="Problems">
<div class="problem-counts">${buttons}</div>
<details class="problem-list"><summary>All ${total} problem${total === 1 ? '' : 's'}${shown}</summary><ol>${list}</ol></details>
</section>`;
}

function problemRow(problem: AgentModelProblem, index: number): string {
  const severity = SEVERITIES.find((s) => s.key === problem.severity) ?? SEVERITIES[0];
  return `<li><button type="button" class="problem severity-${severity.key}" data-problem="${index}"><span class="problem-severity" aria-label="${severity.one}">${severity.icon}</span> <span class="problem-message">${escapeHtml(problem.message)}</span> <code class="problem-code">${escapeHtml(problem.code)}</code> <span class="problem-line">line ${integer(problem.line) + 1}</span></button></li>`;
}
