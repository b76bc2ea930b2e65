/** Field keys per profile, for "did you mean" and for telling CAMI keys from unknown ones. */
import type { ProfileId } from '../types';
import { CAMI_FIELD_KEYS } from './fields-three-phase';

export { CAMI_FIELD_KEYS };

export const CLAUDE_CODE_FIELD_KEYS: readonly string[] = [
  'name',
  'description',
  'tools',
  'disallowedTools',
  'model',
  'permissionMode',
  'maxTurns',
  'skills',
  'mcpServers',
  'hooks',
  'memory',
  'background',
  'effort',
  'isolation',
  'color',
  'initialPrompt',
];

export const THREE_PHASE_FIELD_KEYS: readonly string[] = [...CLAUDE_CODE_FIELD_KEYS, ...CAMI_FIELD_KEYS];

export function fieldKeysFor(profile: ProfileId): readonly string[] {
  return profile === 'three-phase' ? THREE_PHASE_FIELD_KEYS : CLAUDE_CODE_FIELD_KEYS;
}

/**
 * Spellings from neighbouring formats that mean one of our keys but are too far apart for
 * edit distance: skills' and commands' `allowed-tools`, snake_case from other tools.
 */
export const FIELD_KEY_SYNONYMS: Readonly<Record<string, string>> = {
  'allowed-tools': 'tools',
  allowed_tools: 'tools',
  allowedTools: 'tools',
  'disallowed-tools': 'disallowedTools',
  'denied-tools': 'disallowedTools',
  deniedTools: 'disallowedTools',
  'mcp-servers': 'mcpServers',
  mcp: 'mcpServers',
  colour: 'color',
  usecases: 'use_cases',
  'use-cases': 'use_cases',
  useCases: 'use_cases',
};
