/**
 * `dist/cli.js`, the `agentsmith` bin: loads the CLI bundle (`dist/cli-main.js`) with V8's code
 * cache when the build left one (`dist/cli-main.cache`), then runs it. A CI step starts the CLI
 * once; compiling the 1.5 MB bundle and its first functions is a tenth of a check of 1,000 files,
 * and the cache skips most of it. A cache from another Node or V8 version, or for another
 * bundle, is rejected by V8 and the bundle is compiled as usual: the cache only ever saves time.
 *
 * `AGENTSMITH_WRITE_CODE_CACHE=1` makes a run write the cache at exit (the build does this once,
 * on the bundled examples, so the functions a check uses are in it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { wrap } from 'node:module';

const bundle = join(__dirname, 'cli-main.js');
const cacheFile = join(__dirname, 'cli-main.cache');

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // no cache built: compile as usual
  }
}

const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const script = new Script(wrap(source), { filename: bundle, cachedData: readCache() });
const loaded = { exports: {} as { main?: () => void } };
(script.runInThisContext() as (...args: unknown[]) => void).call(loaded.exports, loaded.exports, require, loaded, bundle, __dirname);
if (process.env.AGENTSMITH_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
loaded.exports.main?.();
