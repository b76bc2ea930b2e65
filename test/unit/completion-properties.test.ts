/**
 * Completion and hover at every line of every rule fixture (LF and CRLF), at several columns:
 * nothing throws, every item replaces a range on the cursor's line that holds the cursor, and
 * accepting a frontmatter value item never breaks a frontmatter that was valid YAML.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/create-service';
import { snippetToPlain } from '../../server/src/core/features/completion/item-text';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { FIXTURES, input } from './support/documents';

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureFiles(full));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

function applyItem(text: string, item: CompletionItem): string {
  const edit = item.textEdit as { range: { start: Position; end: Position }; newText: string };
  const newText = item.insertTextFormat === 2 ? snippetToPlain(edit.newText) : edit.newText;
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), [{ range: edit.range, newText }]);
}

describe('completion and hover everywhere in the fixtures', () => {
  const files = fixtureFiles(FIXTURES);

  it('finds fixtures', () => assert.ok(files.length > 20));

  for (const eol of ['\n', '\r\n']) {
    it(`never throw, and items replace a range around the cursor (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const service = createLanguageService({
        log(message) {
          throw new Error(`language service logged: ${message}`);
        },
        listSkills: () => [{ name: 'release-notes' }],
      });
      let version = 0;
      let checkedYaml = 0;
      // CRLF changes only line breaks: a quarter of the files is enough to cover it.
      for (const file of eol === '\n' ? files : files.filter((_, index) => index % 4 === 0)) {
        const text = fs.readFileSync(file, 'utf8').replace(/\r?\n/g, eol);
        const agentPath = `/ws/.claude/agents/${path.basename(file)}`;
        const doc = input(text, agentPath, ++version);
        const parsed = service.parse(doc);
        const lines = parsed.source.lineCount;
        for (let line = 0; line < lines; line++) {
          const length = parsed.source.lineText(line).length;
          for (const character of new Set([0, Math.floor(length / 2), length, length + 3])) {
            const position = { line, character };
            const where = `${path.relative(FIXTURES, file)}:${line + 1}:${character + 1}`;
            service.hover(doc, DEFAULT_SETTINGS, position);
            const items = service.complete(doc, DEFAULT_SETTINGS, position).items;
            const cursor = Math.min(character, length);
            for (const item of items) {
              const range = (item.textEdit as { range: { start: Position; end: Position } } | undefined)?.range;
              assert.ok(range, `${where}: ${item.label} has a textEdit`);
              assert.ok(range.start.line === line && range.end.line === line, `${where}: ${item.label} stays on the line`);
              assert.ok(range.start.character <= cursor && cursor <= range.end.character, `${where}: ${item.label} range holds the cursor`);
            }
            const fm = parsed.frontmatter;
            // At the end of a `key: value` line of valid YAML (one column per line keeps this fast).
            const inValue = fm?.valid && fm.closeLine !== undefined && line > 0 && line < fm.closeLine && character === length && /^[\w-]+:/.test(parsed.source.lineText(line));
            if (!inValue) continue;
            for (const item of items.slice(0, 6)) {
              const after = service.parse(input(applyItem(text, item), agentPath, ++version));
              checkedYaml++;
              assert.ok(after.frontmatter?.valid, `${where}: accepting ${item.label} breaks the YAML: ${JSON.stringify(after.frontmatter?.errors[0]?.message)}`);
            }
          }
        }
      }
      assert.ok(checkedYaml > 20, `checked ${checkedYaml} accepted items`);
    });
  }
});
