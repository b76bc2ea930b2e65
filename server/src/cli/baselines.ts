/**
 * The committed text (git HEAD) of the files the CLI checks, for rules that compare a file
 * with its last commit (`version-not-bumped`). Read once for all files before checking (one
 * `git cat-file --batch` per repository), so the service's `baselineOf` answers from memory.
 */
import { GitBaselines } from '../files/git-baseline';

/** Path → text at HEAD; a file missing from the map is not committed (or there is no repository or no git): version rules stay silent. */
export async function readBaselines(paths: readonly string[], log: (message: string) => void): Promise<Map<string, string>> {
  if (paths.length === 0) return new Map();
  const baselines = new GitBaselines({ persistent: false, log });
  try {
    return await baselines.readMany(paths);
  } catch (error) {
    log(`agentsmith: reading the committed versions failed: ${error instanceof Error ? error.message : String(error)}`);
    return new Map();
  } finally {
    baselines.dispose();
  }
}
