import picomatch from 'picomatch';

const cache = new Map<string, (path: string) => boolean>();

/**
 * Matches a path against a user glob. Paths may be absolute or workspace-relative; a glob
 * without `/` matches the file name anywhere (`README.md`), `**\/x` matches at any depth.
 * Compiled matchers are memoised by glob text: pure functions of their input, so sharing
 * them between service instances is safe.
 */
export function matchesGlob(path: string, glob: string): boolean {
  let matcher = cache.get(glob);
  if (!matcher) {
    const compiled = picomatch(glob, { dot: true, nocase: false, basename: !glob.includes('/') });
    matcher = (p: string) => compiled(p) || compiled(p.replace(/^\/+/, '')) || (glob.startsWith('**/') && compiled('/' + p));
    if (cache.size > 500) cache.clear();
    cache.set(glob, matcher);
  }
  return matcher(normalizePath(path));
}

export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^[A-Za-z]:/, '');
}
