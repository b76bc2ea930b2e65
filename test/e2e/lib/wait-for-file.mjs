// Waiting on the file system instead of sleeping: a file the editor writes (New Agent, a
// rename) is checked at once and again on every change in its folder, with a bound.
import { existsSync, readFileSync, watch } from 'node:fs';
import path from 'node:path';

/** Resolves with the text of `file` once it exists with content that satisfies `predicate`. */
export function waitForFile(file, predicate, timeoutMs) {
  const folder = path.dirname(file);
  return new Promise((resolve, reject) => {
    const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    const check = () => {
      const text = read();
      if (text === undefined || !predicate(text)) return;
      finish();
      resolve(text);
    };
    const watcher = watch(folder, check);
    const guard = setTimeout(() => {
      finish();
      const text = read();
      reject(new Error(text === undefined ? `${file} never appeared` : `${file} never had the expected content; it has: ${JSON.stringify(text.slice(0, 200))}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(guard);
      watcher.close();
    };
    check();
  });
}
