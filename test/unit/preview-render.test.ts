/**
 * The preview's pure renderer: what the page contains for a three-phase specialist and a plain
 * subagent, that nothing from the file reaches the HTML unescaped, the CSP, and that rendering
 * the body in chunks gives the same HTML as rendering it whole.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ChunkedBodyRenderer } from '../../client/src/preview/render/body-renderer';
import { createMarkdown } from '../../client/src/preview/render/markdown';
import { contentSecurityPolicy, renderPreviewDocument } from '../../client/src/preview/render/render-document';
import { resolveSettings } from '../../server/src/core/settings';
import type { AgentModel } from '../../server/src/protocol/messages';
import { input, REPO_ROOT, strictService } from './support/documents';

const RESOURCES = { nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=', cspSource: 'https://x.vscode-cdn.net', styleUri: 'https://x.vscode-cdn.net/media/preview.css', scriptUri: 'https://x.vscode-cdn.net/media/preview.js', page: 1 };

export function previewHtml(text: string, path = '/ws/.claude/agents/sample.md'): { html: string; model: AgentModel } {
  const model = strictService().agentModel(input(text, path), resolveSettings({}));
  const renderer = new ChunkedBodyRenderer();
  const body = text.split('\n').slice(model.body.startLine).join('\n');
  const chunks = renderer.render(body, model.body.startLine, model.body.blockStarts);
  return { html: renderPreviewDocument(model, chunks, renderer.md, RESOURCES), model };
}

function exampleFiles(): string[] {
  const folder = join(REPO_ROOT, 'examples', '.claude', 'agents');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).map((file) => join(folder, file));
}

const stripLines = (html: string): string => html.replace(/ data-line="\d+"/g, '');

describe('preview: renderer', () => {
  it('shows the card, the three phase slots (a gap for the missing one), the boundaries and the checklist count', () => {
    const text = readFileSync(join(REPO_ROOT, 'examples/.claude/agents/specialists/performance-tuner.md'), 'utf8');
    const { html } = previewHtml(text, '/ws/.claude/agents/specialists/performance-tuner.md');
    assert.match(html, /<h1 class="agent-name" data-reveal-line="1" tabindex="0">performance-tuner<\/h1>/);
    assert.match(html, /class="swatch swatch-yellow"/);
    assert.match(html, /<li class="chip "[^>]*>profiling<\/li>/);
    assert.match(html, /Inherits all tools/);
    assert.equal((html.match(/<li class="phase[ "]/g) ?? []).length, 3);
    assert.match(html, /<li class="phase phase-missing">.*Phase 2/);
    assert.match(html, /class="boundary boundary-do".*Profile code and build reproducible benchmarks/s);
    assert.match(html, /class="count-badge">4 items</);
    assert.match(html, /data-problem="0"/);
    assert.match(html, /<article class="markdown-body"/);
    assert.ok(!html.includes('name: performance-tuner'), 'the frontmatter is not part of the rendered body');
  });

  it('shows what a plain Claude Code subagent has, and no skeleton gaps', () => {
    const text = readFileSync(join(REPO_ROOT, 'examples/.claude/agents/code-reviewer.md'), 'utf8');
    const { html } = previewHtml(text, '/ws/.claude/agents/code-reviewer.md');
    assert.match(html, /Claude Code subagent/);
    assert.match(html, /<li class="chip chip-tool"[^>]*>Grep<\/li>/);
    assert.ok(!html.includes('class="overview methodology"'));
    assert.ok(!html.includes('phase-missing'));
  });

  it('escapes markup from frontmatter values and renders raw HTML in the body as text', () => {
    const text = [
      '---',
      'name: "<img src=x onerror=alert(1)>"',
      'description: "</p><script>alert(1)</script>"',
      'color: "red; background: url(https://evil.example/x)"',
      'tags: ["<b onmouseover=alert(1)>x</b>"]',
      'tools: "<svg onload=alert(1)>"',
      '---',
      '',
      '<script>window.ran = true</script>',
      '',
      '<img src=x onerror="window.ran = true">',
      '',
      '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.com/a?b=1&c=2)',
      '',
      '![alt "text"](https://evil.example/pixel.png)',
      '',
    ].join('\n');
    const { html } = previewHtml(text);
    const bodyStart = html.indexOf('<body>');
    const page = html.slice(bodyStart);
    assert.ok(!/<script(?![^>]*\bnonce=)/i.test(page), 'the only <script> is ours');
    assert.ok(!/<(img|svg|iframe|b)\b/i.test(page), 'no element from the file');
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    assert.deepEqual(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag)), [], 'no event handler attribute in any tag');
    assert.ok(!/\shref=/i.test(page), 'links carry no href');
    assert.deepEqual(page.match(/data-href="[^"]*"/g), ['data-href="https://example.com/a?b=1&amp;c=2"'], 'javascript: and data: targets are not links');
    assert.ok(page.includes('[click](javascript:alert(1))'), 'their text stays visible as text');
    assert.match(page, /data-href="https:\/\/example.com\/a\?b=1&amp;c=2"/);
    assert.match(page, /class="swatch swatch-unknown"/);
    assert.ok(!/style=/i.test(page), 'no inline style');
    assert.match(page, /role="img" aria-label="alt &quot;text&quot;"/);
  });

  it('declares a strict CSP with the page nonce and refuses a weak nonce', () => {
    const { html } = previewHtml('---\nname: a\ndescription: b\n---\nbody\n');
    const csp = contentSecurityPolicy(RESOURCES.nonce, RESOURCES.cspSource);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`));
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, new RegExp(`script-src 'nonce-${RESOURCES.nonce.replace(/[+/=]/g, '\\$&')}'`));
    assert.ok(!csp.includes('unsafe'));
    assert.ok(html.includes(`<script nonce="${RESOURCES.nonce}" src="${RESOURCES.scriptUri}"></script>`));
    assert.throws(() => contentSecurityPolicy('short', RESOURCES.cspSource));
    assert.throws(() => contentSecurityPolicy("abcdefghijklmnopq' 'unsafe-inline", RESOURCES.cspSource));
    assert.ok(!contentSecurityPolicy(RESOURCES.nonce, "https://a; script-src *").includes('; script-src *'));
  });

  it('renders task items as read-only checkboxes and marks every block with its source line', () => {
    const md = createMarkdown();
    const html = md.render('# Title\n\n- [ ] open\n- [x] done\n\ntext\n', {});
    assert.match(html, /<h1 data-line="0" class="md-heading">Title<\/h1>/);
    assert.match(html, /<input class="task-box" type="checkbox" disabled aria-label="not done"> open/);
    assert.match(html, /type="checkbox" disabled checked aria-label="done"> done/);
    assert.match(html, /<p data-line="5">text<\/p>/);
  });

  it('gives the same HTML in chunks as whole, for every example agent and for tricky bodies', () => {
    const md = createMarkdown();
    const texts = exampleFiles().map((file) => readFileSync(file, 'utf8'));
    texts.push(
      '---\nname: a\ndescription: b\n---\n- item\n# heading after a list\n> quote\n# heading after a quote\n| a | b |\n|---|---|\n| 1 | 2 |\n# heading after a table\n```\n# inside a fence\n```\ntext\n## end\n',
      '---\nname: a\ndescription: b\n---\nSee [the docs][docs].\n\n## Later\n\n[docs]: https://example.com\n',
    );
    for (const text of texts) {
      const model = strictService().agentModel(input(text, '/ws/.claude/agents/x.md'), resolveSettings({}));
      const body = text.split('\n').slice(model.body.startLine).join('\n');
      const chunks = new ChunkedBodyRenderer(md).render(body, model.body.startLine, model.body.blockStarts);
      assert.equal(stripLines(chunks.map((chunk) => chunk.html).join('')), stripLines(md.render(body, {})));
    }
  });

  it('reuses unchanged chunks by text and gives duplicates their own ids', () => {
    const renderer = new ChunkedBodyRenderer();
    const first = renderer.render('intro\n# A\nsame\n# A\nsame\n', 5, [6, 8]);
    assert.equal(first.length, 3);
    assert.notEqual(first[1]!.id, first[2]!.id);
    assert.deepEqual(first.map((chunk) => chunk.line), [5, 6, 8]);
    const second = renderer.render('intro changed\n# A\nsame\n# A\nsame\n', 5, [6, 8]);
    assert.notEqual(second[0]!.id, first[0]!.id, 'the edited chunk is new');
    assert.equal(second[1]!.id, first[1]!.id, 'an unchanged chunk keeps its id');
    const shifted = renderer.render('intro\nchanged\n# A\nsame\n# A\nsame\n', 5, [7, 9]);
    assert.equal(shifted[1]!.html, first[1]!.html, 'a moved chunk keeps its HTML');
    assert.equal(shifted[1]!.line, 7);
  });
});
