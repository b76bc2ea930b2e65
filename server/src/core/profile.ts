import type { AgentDocument } from './document/model';
import type { AgentsmithSettings } from './settings';
import type { ProfileId } from './types';
import { matchesGlob } from './workspace/glob';

/** Frontmatter keys that only CAMI three-phase agents use. */
const CAMI_KEYS = ['version', 'class', 'specialty', 'tags', 'use_cases', 'skill_aware'];

/**
 * `three-phase` when the body has a three-phase methodology heading, or the frontmatter has
 * at least two CAMI keys; `claude-code` otherwise. Settings override detection: the glob map
 * first (most specific intent), then the global `agentsmith.profile`.
 */
export function detectProfile(doc: AgentDocument, path: string, settings: AgentsmithSettings): ProfileId {
  for (const [glob, profile] of Object.entries(settings.profiles)) {
    if ((profile === 'claude-code' || profile === 'three-phase') && matchesGlob(path, glob)) return profile;
  }
  if (settings.profile !== 'auto') return settings.profile;
  if (doc.structure.methodology) return 'three-phase';
  const keys = new Set(doc.frontmatter?.fields.map((f) => f.key) ?? []);
  return CAMI_KEYS.filter((k) => keys.has(k)).length >= 2 ? 'three-phase' : 'claude-code';
}

