import type { ProfileId, SeveritySetting } from './types';

/**
 * Everything a user can configure. The server fills it from the client's settings; the CLI
 * from flags. `rules` maps a rule id to a severity or `off`.
 */
export interface AgentsmithSettings {
  profile: 'auto' | ProfileId;
  /** Glob (matched against the workspace-relative or absolute path) → forced profile. */
  profiles: Record<string, ProfileId>;
  rules: Record<string, SeveritySetting>;
  extraTools: string[];
  extraModels: string[];
  files: { include: string[]; exclude: string[] };
  /** Cap on diagnostics per rule per file, so a broken 10 MB file stays responsive. */
  maxProblemsPerRule: number;
}

export const DEFAULT_SETTINGS: AgentsmithSettings = Object.freeze({
  profile: 'auto',
  profiles: {},
  rules: {},
  extraTools: [],
  extraModels: [],
  files: { include: [], exclude: ['**/README.md', '**/node_modules/**'] },
  maxProblemsPerRule: 100,
}) as AgentsmithSettings;

/** Fills gaps in a partial (possibly malformed) settings object with defaults. */
export function resolveSettings(partial: unknown): AgentsmithSettings {
  const p = (partial && typeof partial === 'object' ? partial : {}) as Record<string, unknown>;
  const files = (p.files && typeof p.files === 'object' ? p.files : {}) as Record<string, unknown>;
  const strings = (v: unknown, fallback: string[]): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;
  const record = <T>(v: unknown): Record<string, T> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, T>) : {};
  const profile = p.profile === 'claude-code' || p.profile === 'three-phase' ? p.profile : 'auto';
  const max = typeof p.maxProblemsPerRule === 'number' && p.maxProblemsPerRule > 0 ? p.maxProblemsPerRule : 100;
  return {
    profile,
    profiles: record<ProfileId>(p.profiles),
    rules: record<SeveritySetting>(p.rules),
    extraTools: strings(p.extraTools, []),
    extraModels: strings(p.extraModels, []),
    files: {
      include: strings(files.include, DEFAULT_SETTINGS.files.include),
      exclude: strings(files.exclude, DEFAULT_SETTINGS.files.exclude),
    },
    maxProblemsPerRule: max,
  };
}
