/**
 * `agentsmith check --fix` round trips: the safe fixes land as the golden file says, in LF,
 * CRLF, BOM and mixed-ending copies of the same agent; every byte outside the fixes is kept;
 * a second run changes nothing; a file that is not valid UTF-8 is never written.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI_FIXTURES, copyFixture, GOLDEN, runCli } from './support';

const SOURCE = readFileSync(join(CLI_FIXTURES, 'fix', 'release-checker.md'), 'utf8');
const FIXED = readFileSync(join(GOLDEN, 'release-checker.fixed.md'), 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** Runs --fix twice on `bytes` in a fresh project; returns the bytes after each run. */
function fixTwice(bytes: Buffer): { first: Buffer; second: Buffer; firstRun: ReturnType<typeof runCli>; secondRun: ReturnType<typeof runCli> } {
  const project = copyFixture(join(CLI_FIXTURES, 'fix'));
  writeFileSync(join(project, '.agentsmith.json'), '{}\n');
  const file = join(project, 'release-checker.md');
  writeFileSync(file, bytes);
  const firstRun = runCli(['check', '--fix', 'release-checker.md'], project);
  const first = readFileSync(file);
  const secondRun = runCli(['check', '--fix', 'release-checker.md'], project);
  return { first, second: readFileSync(file), firstRun, secondRun };
}

describe('agentsmith check --fix', () => {
  it('applies the safe fixes (the golden file), reports them and what is left, exits by what is left', () => {
    const { first, firstRun } = fixTwice(Buffer.from(SOURCE));
    assert.equal(first.toString('utf8'), FIXED);
    assert.equal(firstRun.status, 0, firstRun.stderr);
    assert.match(firstRun.stdout, /^Fixed \d+ problems \(1 file written\)\.\nNo problems: 1 file checked\.\n$/);
  });

  const variants: [string, Buffer, Buffer][] = [
    ['LF', Buffer.from(SOURCE), Buffer.from(FIXED)],
    ['CRLF', Buffer.from(crlf(SOURCE)), Buffer.from(crlf(FIXED))],
    ['BOM + LF', Buffer.concat([BOM, Buffer.from(SOURCE)]), Buffer.concat([BOM, Buffer.from(FIXED)])],
    ['BOM + CRLF', Buffer.concat([BOM, Buffer.from(crlf(SOURCE))]), Buffer.concat([BOM, Buffer.from(crlf(FIXED))])],
  ];
  for (const [label, input, expected] of variants) {
    it(`keeps ${label} byte for byte, and a second run changes nothing`, () => {
      const { first, second, secondRun } = fixTwice(input);
      assert.ok(first.equals(expected), `${label}: fixed bytes differ:\n${JSON.stringify(first.toString('utf8'))}`);
      assert.ok(second.equals(first), `${label}: the second run changed the file`);
      assert.equal(secondRun.stdout, 'No problems: 1 file checked.\n');
    });
  }

  it('keeps a stray LF line in a CRLF file, and trailing spaces, where no fix touches them', () => {
    const odd = (text: string) => crlf(text).replace('Say what is missing, or that the release is ready.\r\n', 'Say what is missing, or that the release is ready.  \n');
    const { first } = fixTwice(Buffer.from(odd(SOURCE)));
    assert.equal(first.toString('utf8'), odd(FIXED));
  });

  it('does not write a file that is not valid UTF-8, and says why', () => {
    const broken = Buffer.concat([Buffer.from(SOURCE.replace('Collect the changelog', 'Collect the \u0000changelog')), Buffer.from([0xff, 0xfe, 0x0a])]);
    const { first, firstRun } = fixTwice(broken);
    assert.ok(first.equals(broken), 'the file is untouched');
    assert.match(firstRun.stderr, /not fixed: the file is not valid UTF-8/);
    assert.equal(firstRun.status, 1, 'its problems are still reported');
  });

  it('fixes only the files it checks', () => {
    const project = copyFixture(join(CLI_FIXTURES, 'fix'));
    writeFileSync(join(project, '.agentsmith.json'), '{}\n');
    writeFileSync(join(project, 'other.md'), SOURCE);
    runCli(['check', '--fix', 'release-checker.md'], project);
    assert.equal(readFileSync(join(project, 'other.md'), 'utf8'), SOURCE);
  });
});
