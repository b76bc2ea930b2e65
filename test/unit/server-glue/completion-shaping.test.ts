import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionList } from 'vscode-languageserver-types';
import { documentationFor, shapeCompletionList } from '../../../server/src/completion-shaping';

const range = { start: { line: 3, character: 7 }, end: { line: 3, character: 9 } };

function list(): CompletionList {
  return {
    isIncomplete: true,
    items: [
      { label: 'Read', kind: 3, sortText: '00000', textEdit: { range, newText: 'Read' }, insertTextFormat: 1, documentation: { kind: 'markdown', value: 'Reads files.' } },
      { label: 'Bash(…)', kind: 15, sortText: '10000', textEdit: { range, newText: 'Bash(${1:npm run *})' }, insertTextFormat: 2, documentation: 'Bash, limited.' },
    ],
  };
}

const VS_CODE = { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'], resolveDocumentation: true };

describe('completion list shaping', () => {
  it('moves the shared range and the list id into itemDefaults and defers documentation', () => {
    const shaped = shapeCompletionList(list(), VS_CODE, 7);
    const json = JSON.parse(JSON.stringify(shaped.list));
    assert.deepEqual(json.itemDefaults, { editRange: range, data: 7 });
    assert.deepEqual(json.items[0], { label: 'Read', kind: 3, sortText: '00000' }, 'the label is the text; plain text is the default format');
    assert.deepEqual(json.items[1], { label: 'Bash(…)', kind: 15, sortText: '10000', textEditText: 'Bash(${1:npm run *})', insertTextFormat: 2 });
    assert.equal(json.isIncomplete, true);
    assert.deepEqual(documentationFor(shaped, { label: 'Read', kind: 3 }), { kind: 'markdown', value: 'Reads files.' });
    assert.equal(documentationFor(shaped, { label: 'Read', kind: 15 }), undefined, 'kind and label identify an item');
  });

  it('keeps per-item data and edits when the client has no list defaults', () => {
    const shaped = shapeCompletionList(list(), { itemDefaults: [], resolveDocumentation: true }, 3);
    const json = JSON.parse(JSON.stringify(shaped.list));
    assert.equal(json.items[0].data, 3);
    assert.deepEqual(json.items[0].textEdit, { range, newText: 'Read' });
    assert.equal(json.items[0].documentation, undefined);
  });

  it('leaves the list alone for a client that wants everything at once', () => {
    const original = list();
    const shaped = shapeCompletionList(original, { itemDefaults: [], resolveDocumentation: false }, 1);
    assert.deepEqual(shaped.list, list());
  });

  it('does not share a range that differs between items', () => {
    const mixed = list();
    mixed.items[1].textEdit = { range: { start: { line: 3, character: 0 }, end: range.end }, newText: 'x' };
    const json = JSON.parse(JSON.stringify(shapeCompletionList(mixed, VS_CODE, 2).list));
    assert.equal(json.itemDefaults.editRange, undefined);
    assert.ok(json.items.every((item: { textEdit?: unknown }) => item.textEdit));
  });
});
