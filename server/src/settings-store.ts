/**
 * Where the server's settings come from, in layers (see `core/config/settings-layer.ts`): the
 * defaults, then the project's `.agentsmith.json` (for every client), then what the user set in
 * the editor. Clients that support `workspace/configuration` (VS Code) are asked per resource,
 * and the answers are cached until the next `workspace/didChangeConfiguration`; VS Code's client
 * answers with explicitly set values only, so its defaults do not hide the project config.
 * Clients without it (many Neovim and Emacs setups) give settings through
 * `initializationOptions` and the didChangeConfiguration payload. Settings are never kept in
 * module globals: the store belongs to one server.
 */
import { mergeSettings, type SettingsLayer, settingsLayerFromValue } from './core/config/index';
import type { AgentsmithSettings } from './core/settings';
import { describeError, type Logger } from './run-safe';

/** The settings section every client uses (`agentsmith.*` in VS Code). */
export const SETTINGS_SECTION = 'agentsmith';

const TOP_LEVEL_KEYS = ['profile', 'profiles', 'rules', 'extraTools', 'extraModels', 'files', 'maxProblemsPerRule'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns `{ "agentsmith.files.include": [...] }` into `{ agentsmith: { files: { include: [...] } } }`.
 * Some clients send settings with dotted keys, the way users write them in VS Code's JSON.
 */
function expandDottedKeys(value: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(value).some((key) => key.includes('.'))) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const parts = key.split('.');
    let target = result;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      target = isRecord(next) ? next : (target[part] = {});
    }
    const last = parts[parts.length - 1] ?? key;
    target[last] = isRecord(entry) && isRecord(target[last]) ? { ...(target[last] as object), ...entry } : entry;
  }
  return result;
}

/**
 * Finds our section in whatever a client sent: `{ agentsmith: {...} }`, `{ settings: { agentsmith } }`,
 * dotted keys, or the section itself. Returns undefined when the payload holds nothing of ours.
 */
export function extractAgentsmithSection(payload: unknown): Record<string, unknown> | undefined {
  if (!isRecord(payload)) return undefined;
  const expanded = expandDottedKeys(payload);
  const nested = expanded[SETTINGS_SECTION];
  if (isRecord(nested)) return nested;
  if (isRecord(expanded.settings)) return extractAgentsmithSection(expanded.settings);
  if (TOP_LEVEL_KEYS.some((key) => key in expanded)) return expanded;
  return undefined;
}

export type FetchConfiguration = (scopeUri: string) => Promise<unknown>;
/** The project config's layer for a document (undefined: no config applies). Never rejects. */
export type ProjectLayer = (uri: string) => Promise<SettingsLayer | undefined>;

/** Stands for "no project config" in the merge memo (WeakMap keys must be objects). */
const NO_LAYER: SettingsLayer = Object.freeze({});

export class SettingsStore {
  private askClient = false;
  private fetchConfiguration: FetchConfiguration | undefined;
  /** What the client pushed (initializationOptions, didChangeConfiguration), as a layer. */
  private pushed: SettingsLayer = NO_LAYER;
  private readonly perResource = new Map<string, Promise<AgentsmithSettings>>();
  /**
   * Merged settings per (project layer, client layer) pair, so documents under one config with
   * the same editor settings share one settings object (the service caches schemas by identity).
   */
  private merged = new WeakMap<SettingsLayer, WeakMap<SettingsLayer, AgentsmithSettings>>();
  private changeCount = 0;

  constructor(
    private readonly log: Logger,
    private readonly projectLayer: ProjectLayer = () => Promise.resolve(undefined),
  ) {}

  /**
   * Called once from `initialize`. `fetch` is used only when the client advertised
   * `workspace.configuration`; `initializationOptions` seed the settings either way.
   */
  configure(options: { fetch?: FetchConfiguration; initializationOptions?: unknown }): void {
    this.fetchConfiguration = options.fetch;
    this.askClient = options.fetch !== undefined;
    const section = extractAgentsmithSection(options.initializationOptions);
    if (section) this.pushed = settingsLayerFromValue(section);
  }

  /** Bumped on every configuration change (editor or project config); part of pull-diagnostic result ids. */
  get generation(): number {
    return this.changeCount;
  }

  /** Settings for one document. Never rejects: on trouble, the last known settings apply. */
  get(uri: string): Promise<AgentsmithSettings> {
    let pending = this.perResource.get(uri);
    if (!pending) {
      pending = Promise.all([this.projectLayer(uri).catch(() => undefined), this.clientLayer(uri)]).then(([project, client]) =>
        this.merge(project ?? NO_LAYER, client),
      );
      this.perResource.set(uri, pending);
    }
    return pending;
  }

  private clientLayer(uri: string): Promise<SettingsLayer> {
    const fetch = this.fetchConfiguration;
    if (!this.askClient || !fetch) return Promise.resolve(this.pushed);
    return fetch(uri).then(
      (value) => settingsLayerFromValue(value),
      (error: unknown) => {
        this.log(`[warn] workspace/configuration for ${uri} failed, using the last known settings: ${describeError(error)}`);
        this.perResource.delete(uri);
        return this.pushed;
      },
    );
  }

  private merge(project: SettingsLayer, client: SettingsLayer): AgentsmithSettings {
    let byClient = this.merged.get(project);
    if (!byClient) this.merged.set(project, (byClient = new WeakMap()));
    let settings = byClient.get(client);
    if (!settings) byClient.set(client, (settings = mergeSettings(project, client)));
    return settings;
  }

  /**
   * `workspace/didChangeConfiguration`: forget cached answers, take a pushed payload if there is
   * one. A client that is asked per resource is asked again instead: its notification (VS Code's
   * carries every value, defaults included) would hide the project config if it were a layer.
   */
  didChangeConfiguration(payload: unknown): void {
    this.changed();
    const section = this.askClient ? undefined : extractAgentsmithSection(payload);
    if (section) this.pushed = settingsLayerFromValue(section);
  }

  /** A project config file changed: merge again. */
  projectConfigChanged(): void {
    this.changed();
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  private changed(): void {
    this.changeCount++;
    this.perResource.clear();
    // New settings objects, so the service's per-settings caches start afresh.
    this.merged = new WeakMap();
  }
}
