// Runs node's built-in test runner on every `*.test.js` under the given folders (or files).
// Why a script: Node 20's `node --test` takes folders but no globs, Node 22+ takes globs but
// no folders; listing the files ourselves works on both (the protocol tests run on 20 and 24).
//   node scripts/run-node-tests.mjs out/test/unit [--test-name-pattern=…]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const nodeOptions = process.argv.slice(2).filter((arg) => arg.startsWith('--'));

function testFiles(folder) {
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (stat?.isFile()) return [folder];
  if (!stat?.isDirectory()) {
    console.error(`run-node-tests: ${folder} does not exist (compile first: npm run compile)`);
    process.exit(1);
  }
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => join(folder, file))
    .sort();
}

const files = folders.flatMap(testFiles);
if (files.length === 0) {
  console.error(`run-node-tests: no *.test.js under ${folders.join(', ')}`);
  process.exit(1);
}
const reporter = nodeOptions.some((option) => option.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
const run = spawnSync(process.execPath, ['--test', ...reporter, ...nodeOptions, ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
