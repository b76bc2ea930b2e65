/**
 * A file's first reading skips the YAML parser for one-line `key: plain words` fields and
 * parses only the rest. It must read exactly what the whole-block parse reads: same fields in
 * the same order, values, ranges, styles and items, and no errors where the parser finds none.
 * Checked on every fixture of the repository, on hand-made edge cases, and on the shared
 * corpus of real agent files when this machine has it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { locateFrontmatter } from '../../server/src/core/document/frontmatter-block';
import { readFrontmatterYaml, readWholeBlock } from '../../server/src/core/document/frontmatter-yaml';
import { SourceText } from '../../server/src/core/document/source-text';
import { FIXTURES, REPO_ROOT } from './support/documents';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

function markdownFiles(folder: string, out: string[] = []): string[] {
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) markdownFiles(file, out);
    else if (name.endsWith('.md')) out.push(file);
  }
  return out;
}

/** What a reading says, as plain data (the chunk cache is an implementation detail). */
function comparable(text: string, read: typeof readFrontmatterYaml) {
  const source = new SourceText(text);
  const location = locateFrontmatter(source);
  if (!location) return undefined;
  const reading = read(source, location.contentStart, location.contentEnd);
  return { fields: reading.fields, errors: reading.errors };
}

function assertSameReading(text: string, label: string): void {
  assert.deepEqual(comparable(text, readFrontmatterYaml), comparable(text, (source, start, end) => readWholeBlock(source, start, end)), label);
}

const EDGE_CASES: Record<string, string> = {
  'all simple': '---\nname: a\ndescription: Use this agent for b\nmodel: sonnet\n---\n',
  'simple around a list': '---\nname: a\ntags:\n  - x\n  - y\nmodel: opus\n---\n',
  'quoted and flow values': '---\nname: a\nversion: "1.0.0"\ntools: [Read, Grep]\ncolor: blue\n---\n',
  'a kept block scalar before a simple line': '---\ndescription: |+\n  text\n\nmodel: sonnet\n---\n',
  'a folded block before a simple line': '---\ndescription: >\n  text\n  more\nmodel: sonnet\n---\n',
  'CRLF': '---\r\nname: a\r\ntags: [x]\r\nmodel: sonnet\r\n---\r\n',
  'a comment between fields': '---\nname: a\n# about tools\ntools: Read\n---\n',
  'a colon in a plain description': '---\nname: a\ndescription: Use it: now\n---\n',
  'a flow list closed on a key-like line': '---\ntools: [Read,\nname: b]\n---\n',
  'an unterminated quote before a simple line': '---\ndescription: "open\nname: a\n---\n',
  'a control character in a simple value': '---\nname: a\u0007b\ntags: [x]\n---\n',
  'duplicate keys': '---\nname: a\ntags: [x]\nname: b\n---\n',
  'a keyword value': '---\nname: a\nbackground: true\nmemory: null\n---\n',
  'a value with a hash': '---\nname: a # the name\ntags: [x]\n---\n',
  'non-BMP text': '---\nname: a\ndescription: Ships 🚀 releases\ntags: [x]\n---\n',
  'tabs inside a value': '---\nname: a\tb\ntags: [x]\n---\n',
  'only a comment besides simple lines': '---\n# header\nname: a\n---\n',
  'quoted values': '---\nname: "a"\nversion: \'1.0.0\'\ncolor:  "blue"  \nempty: ""\n---\n',
  'quoted values with escapes': '---\nname: "a\\"b"\nq: \'it\'\'s\'\n---\n',
  'flow lists': '---\ntags: [a, b c]\nnone: [ ]\nodd: [a,b ,  c ]\n---\n',
  'flow lists the parser must read': '---\nnums: [1, 2]\nflags: [true, x]\nnested: [a, [b]]\ntrailing: [a, b,]\n---\n',
  'block lists': '---\nuse_cases:\n  - one thing\n  - another\ntags:   \n    - x\nname: a\n---\n',
  'a block list at the end': '---\nname: a\ntags:\n  - x\n  - y\n---\n',
  'block lists the parser must read': '---\nmixed:\n  - a\n    - b\nnums:\n  - 1\ngap:\n  - a\n\n  - b\nflush:\n- a\n---\n',
  'numbers and versions': '---\nversion: 1.2\nv2: 1.20\nv3: 1\nv4: 1.2.0\nv5: 007\nv6: 1.\nbig: 12345678901234567890\n---\n',
  'flow lists of quoted items': '---\ntags: ["a b", "c"]\nodd: ["a, b", c]\nesc: ["a\\"b"]\nmixed: [a, "b", \'c\']\n---\n',
  'CRLF lists and quotes': '---\r\nname: "a"\r\ntags: [x, y]\r\nuse:\r\n  - p\r\n  - q  \r\n---\r\n',
};

describe('the first reading of a frontmatter', () => {
  for (const [label, text] of Object.entries(EDGE_CASES)) {
    it(`reads like the whole-block parse: ${label}`, () => assertSameReading(text, label));
  }

  it('reads every fixture of the repository like the whole-block parse', () => {
    const files = markdownFiles(FIXTURES);
    assert.ok(files.length > 50, `expected the repository's fixtures, found ${files.length}`);
    for (const file of files) assertSameReading(readFileSync(file, 'utf8'), path.relative(REPO_ROOT, file));
  });

  it('reads every corpus file like the whole-block parse', { skip: !existsSync(CORPUS) && 'no shared corpus on this machine' }, () => {
    const files = markdownFiles(CORPUS);
    for (const file of files) assertSameReading(readFileSync(file, 'utf8'), path.relative(CORPUS, file));
  });
});
