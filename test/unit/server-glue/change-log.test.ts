import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChangeLog } from '../../../server/src/change-log';

const at = (line: number, character: number) => ({ line, character });
const edit = (text: string) => ({ range: { start: at(0, 0), end: at(0, 0) }, text });

describe('change log', () => {
  it('replays the edits between two versions in order, across several steps', () => {
    const log = new ChangeLog();
    log.record('a', 1, 2, [edit('x')]);
    log.record('a', 2, 3, [edit('y'), edit('z')]);
    log.record('a', 3, 4, [edit('w')]);
    assert.deepEqual(log.changesBetween('a', 1, 4)?.map((c) => c.text), ['x', 'y', 'z', 'w']);
    assert.deepEqual(log.changesBetween('a', 2, 3)?.map((c) => c.text), ['y', 'z']);
    assert.deepEqual(log.changesBetween('a', 4, 4), []);
  });

  it('answers unknown for versions it never saw, a full-text change, or after a reset', () => {
    const log = new ChangeLog();
    log.record('a', 1, 2, [edit('x')]);
    log.record('a', 2, 3, [{ text: 'whole new text' }]);
    log.record('a', 3, 4, [edit('y')]);
    assert.equal(log.changesBetween('a', 0, 2), undefined);
    assert.equal(log.changesBetween('a', 1, 4), undefined, 'a full replacement has no ranges to replay');
    assert.deepEqual(log.changesBetween('a', 3, 4)?.map((c) => c.text), ['y']);
    assert.equal(log.changesBetween('b', 1, 2), undefined);
    log.reset('a');
    assert.equal(log.changesBetween('a', 3, 4), undefined);
  });

  it('keeps a bounded history', () => {
    const log = new ChangeLog();
    for (let v = 1; v <= 1000; v++) log.record('a', v, v + 1, [edit('x')]);
    assert.equal(log.changesBetween('a', 1, 1001), undefined, 'the oldest steps were dropped');
    assert.equal(log.changesBetween('a', 900, 1001)?.length, 101);
  });
});
