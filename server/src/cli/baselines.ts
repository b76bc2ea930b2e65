/**
 * The committed text (git HEAD) of the files the CLI checks, for rules that compare a file
 * with its last commit (`version-not-bumped`). Read once for all files before checking, so
 * the service's `baselineOf` answers from memory.
 */

/** Path → text at HEAD; a file missing from the map is not committed (or there is no repository): version rules stay silent. */
export async function readBaselines(paths: readonly string[], log: (message: string) => void): Promise<Map<string, string>> {
  // Hook for `files/git-baseline.ts` (GitBaselines.readMany), which another change brings; until
  // it lands no baseline is known and the rules that need one stay silent.
  void paths;
  void log;
  return new Map();
}
