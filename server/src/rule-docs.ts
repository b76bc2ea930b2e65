/**
 * Links from diagnostics to the rule pages shipped with the server (`docs/rules/<id>.md`,
 * next to the `dist/` folder that holds the bundle). Only pages that exist are linked.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** How many folders up from the bundle we look for `docs/rules` (dist/ → package root, plus slack). */
const MAX_LEVELS_UP = 3;

function findRuleDocsFolder(startFolder: string): string | undefined {
  let folder = startFolder;
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    const candidate = join(folder, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return undefined;
}

/** Returns `ruleDocsUri` for the language service host; answers are cached per rule id. */
export function createRuleDocsLocator(bundleFolder: string): (ruleId: string) => string | undefined {
  const folder = findRuleDocsFolder(bundleFolder);
  const cache = new Map<string, string | undefined>();
  return (ruleId) => {
    if (!folder || !RULE_ID.test(ruleId)) return undefined;
    if (cache.has(ruleId)) return cache.get(ruleId);
    const file = join(folder, `${ruleId}.md`);
    const uri = existsSync(file) ? pathToFileURL(file).toString() : undefined;
    cache.set(ruleId, uri);
    return uri;
  };
}
