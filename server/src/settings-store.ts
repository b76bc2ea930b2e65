/**
 * Where the server's settings come from. Clients that support `workspace/configuration`
 * (VS Code) are asked per resource, and the answers are cached until the next
 * `workspace/didChangeConfiguration`. Clients without it (many Neovim and Emacs setups) give
 * settings through `initializationOptions` and the didChangeConfiguration payload; with neither,
 * the defaults apply. Settings are never kept in module globals: the store belongs to one server.
 */
import { type AgentsmithSettings, resolveSettings } from './core/settings';
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

export class SettingsStore {
  private askClient = false;
  private fetchConfiguration: FetchConfiguration | undefined;
  private pushed: AgentsmithSettings = resolveSettings(undefined);
  private readonly perResource = new Map<string, Promise<AgentsmithSettings>>();
  private changeCount = 0;

  constructor(private readonly log: Logger) {}

  /**
   * Called once from `initialize`. `fetch` is used only when the client advertised
   * `workspace.configuration`; `initializationOptions` seed the settings either way.
   */
  configure(options: { fetch?: FetchConfiguration; initializationOptions?: unknown }): void {
    this.fetchConfiguration = options.fetch;
    this.askClient = options.fetch !== undefined;
    const section = extractAgentsmithSection(options.initializationOptions);
    if (section) this.pushed = resolveSettings(section);
  }

  /** Bumped on every configuration change; part of pull-diagnostic result ids. */
  get generation(): number {
    return this.changeCount;
  }

  /** Settings for one document. Never rejects: on trouble, the last known settings apply. */
  get(uri: string): Promise<AgentsmithSettings> {
    const fetch = this.fetchConfiguration;
    if (!this.askClient || !fetch) return Promise.resolve(this.pushed);
    let pending = this.perResource.get(uri);
    if (!pending) {
      pending = fetch(uri).then(
        (value) => resolveSettings(value),
        (error: unknown) => {
          this.log(`[warn] workspace/configuration for ${uri} failed, using the last known settings: ${describeError(error)}`);
          this.perResource.delete(uri);
          return this.pushed;
        },
      );
      this.perResource.set(uri, pending);
    }
    return pending;
  }

  /** `workspace/didChangeConfiguration`: forget cached answers, take a pushed payload if there is one. */
  didChangeConfiguration(payload: unknown): void {
    this.changeCount++;
    this.perResource.clear();
    const section = extractAgentsmithSection(payload);
    if (section) this.pushed = resolveSettings(section);
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }
}
