/**
 * Settings come in layers: the defaults, a project's `.agentsmith.json`, then what the editor's
 * user set explicitly (VS Code settings, Neovim/Emacs settings tables, CLI flags). A layer holds
 * only what its source said; `mergeSettings` stacks them, later layers winning.
 */
import { type AgentsmithSettings, DEFAULT_SETTINGS } from '../settings';

/** What one source of settings says: any subset of the keys, `files` too. */
export type SettingsLayer = Partial<Omit<AgentsmithSettings, 'files'>> & { files?: Partial<AgentsmithSettings['files']> };

/**
 * Stacks layers over the defaults. Maps (`rules`, `profiles`) merge key by key, so a project
 * can turn one rule off and a user another; lists (`extraTools`, `files.include`, …) and single
 * values replace what lower layers said. Returns a new object every time (the service caches by
 * settings identity, so callers keep the result while their layers are unchanged).
 */
export function mergeSettings(...layers: (SettingsLayer | undefined)[]): AgentsmithSettings {
  const merged: AgentsmithSettings = {
    ...DEFAULT_SETTINGS,
    profiles: { ...DEFAULT_SETTINGS.profiles },
    rules: { ...DEFAULT_SETTINGS.rules },
    files: { ...DEFAULT_SETTINGS.files },
  };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile !== undefined) merged.profile = layer.profile;
    if (layer.profiles !== undefined) merged.profiles = { ...merged.profiles, ...layer.profiles };
    if (layer.rules !== undefined) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.extraTools !== undefined) merged.extraTools = layer.extraTools;
    if (layer.extraModels !== undefined) merged.extraModels = layer.extraModels;
    if (layer.files?.include !== undefined) merged.files = { ...merged.files, include: layer.files.include };
    if (layer.files?.exclude !== undefined) merged.files = { ...merged.files, exclude: layer.files.exclude };
    if (layer.maxProblemsPerRule !== undefined) merged.maxProblemsPerRule = layer.maxProblemsPerRule;
  }
  return merged;
}
