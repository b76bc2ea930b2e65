/**
 * The Markdown renderer of the preview: markdown-it with raw HTML off (`<script>` and friends
 * are escaped as text), links only to the targets `link-policy.ts` allows and never as an
 * `href` (the webview script opens them through a validated message), images not loaded but
 * shown as their alt text, and `data-line` on every block so that clicks and scrolling map back
 * to source lines. Pure: no `vscode`, no DOM.
 */
import MarkdownIt from 'markdown-it';
import { classifyLink } from '../link-policy';
import { escapeHtml } from './escape';

type Token = MarkdownIt.Token;
/** A configured markdown-it instance. */
export type Markdown = MarkdownIt;

export function createMarkdown(): Markdown {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = (url: string): boolean => classifyLink(url) !== undefined;
  md.core.ruler.push('agentsmith_source_lines', (state) => {
    for (const token of state.tokens) {
      if (token.map && token.block && token.nesting !== -1) token.attrSet('data-line', String(token.map[0]));
    }
  });
  md.core.ruler.push('agentsmith_task_lists', (state) => markTaskItems(state.tokens, () => new state.Token('html_inline', '', 0)));
  const rules = md.renderer.rules;
  rules.link_open = (tokens, index) => {
    const href = String(tokens[index]!.attrGet('href') ?? '');
    const title = String(tokens[index]!.attrGet('title') ?? '');
    // No `href`: nothing in the page can navigate by itself; the script posts `openLink`.
    return `<a class="md-link" role="link" tabindex="0" data-href="${escapeHtml(href)}" title="${escapeHtml(title || href)}">`;
  };
  rules.link_close = () => '</a>';
  rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
    const src = String(token.attrGet('src') ?? '');
    const label = alt === '' ? 'image without a description' : alt;
    return `<span class="md-image" role="img" aria-label="${escapeHtml(label)}" title="${escapeHtml(`Image not loaded in the preview: ${src}`)}">${escapeHtml(label)}</span>`;
  };
  const heading = rules.heading_open;
  rules.heading_open = (tokens, index, options, env, self) => {
    // Clickable (reveals the line), but not in the tab order: a long agent has hundreds.
    tokens[index]!.attrJoin('class', 'md-heading');
    return heading ? heading(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
  };
  return md;
}

/** The HTML of one inline snippet (a phase title, a checklist item), same rules as the body. */
export function renderInline(md: Markdown, text: string): string {
  return md.renderInline(text, {});
}

/**
 * `- [ ] text` and `- [x] text` list items become read-only checkboxes, as the Markdown
 * preview shows them. The checkbox is a token we create, never text from the file.
 */
function markTaskItems(tokens: Token[], htmlToken: () => Token): void {
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i]!;
    if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || tokens[i - 2]!.type !== 'list_item_open') continue;
    const first = inline.children?.[0];
    const match = first?.type === 'text' ? /^\[([ xX])\](?:\s|$)/.exec(first.content) : null;
    if (!first || !match) continue;
    first.content = first.content.slice(match[0].length);
    const box = htmlToken();
    box.content = `<input class="task-box" type="checkbox" disabled${match[1] === ' ' ? '' : ' checked'} aria-label="${match[1] === ' ' ? 'not done' : 'done'}"> `;
    inline.children!.unshift(box);
    tokens[i - 2]!.attrJoin('class', 'task-item');
  }
}
