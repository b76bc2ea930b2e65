/**
 * The `agentsmith` settings a VS Code user set explicitly, for the server's
 * `workspace/configuration` requests. VS Code's own answer includes every default, which would
 * hide a project's `.agentsmith.json` (the layer between the defaults and the user's settings),
 * so the client answers from `inspect()` instead: user, workspace and folder values, with the
 * `rules` and `profiles` maps merged across those levels as VS Code merges them. Pure (no
 * `vscode` import) so that it is testable.
 */

/** The settings the server reads, as `agentsmith.<key>` in VS Code. */
export const SETTING_KEYS: readonly string[] = ['profile', 'profiles', 'rules', 'extraTools', 'extraModels', 'files.include', 'files.exclude', 'maxProblemsPerRule'];

/** Object settings whose entries merge across levels (the others replace). */
const MAP_KEYS = new Set(['profiles', 'rules']);

/** The part of `WorkspaceConfiguration.inspect()` that matters here, least specific level first. */
export interface InspectedSetting {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
  globalLanguageValue?: unknown;
  workspaceLanguageValue?: unknown;
  workspaceFolderLanguageValue?: unknown;
}

const LEVELS: readonly (keyof InspectedSetting)[] = [
  'globalValue',
  'workspaceValue',
  'workspaceFolderValue',
  'globalLanguageValue',
  'workspaceLanguageValue',
  'workspaceFolderLanguageValue',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ files: { include: [...] }, rules: {...} }` with only the keys someone set. */
export function explicitSettings(inspect: (key: string) => InspectedSetting | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const inspected = inspect(key);
    if (!inspected) continue;
    const set = LEVELS.map((level) => inspected[level]).filter((value) => value !== undefined);
    if (set.length === 0) continue;
    const value = MAP_KEYS.has(key) ? Object.assign({}, ...set.filter(isRecord)) : set[set.length - 1];
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail === undefined) result[head] = value;
    else result[head] = { ...(isRecord(result[head]) ? result[head] : {}), [tail]: value };
  }
  return result;
}
