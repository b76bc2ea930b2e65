/**
 * Zod validators shared by the field specs. They validate the parsed YAML value (strings,
 * numbers, booleans, arrays, maps) and describe the problem in words a user can act on.
 */
import { z, type ZodType } from 'zod';

export const nonEmptyText: ZodType = z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' });

export const anyText: ZodType = z.string({ error: 'must be text' });

export function oneOf(values: readonly string[], what: string): ZodType {
  const allowed = new Set(values);
  return z
    .string({ error: `must be one of ${values.join(', ')}` })
    .refine((v) => allowed.has(v), { error: `is not a known ${what}; use one of ${values.join(', ')}` });
}

export const booleanFlag: ZodType = z.boolean({ error: 'must be `true` or `false`' });

export const positiveInteger: ZodType = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .positive({ error: 'must be 1 or more' });

/** A YAML list of strings. */
export const stringList: ZodType = z.array(z.string({ error: 'every entry must be text' }), { error: 'must be a list, e.g. `["a", "b"]`' });

/** Claude Code reads these as a comma-separated string or a YAML list. */
export const stringOrList: ZodType = z.union([z.string(), z.array(z.string({ error: 'every entry must be text' }))], {
  error: 'must be a comma-separated string or a list of names',
});

export const mapping: ZodType = z.record(z.string(), z.unknown(), { error: 'must be a mapping of keys to settings' });

/** `mcpServers`: a list of server names or inline configs, a map of name → config, or one name. */
export const mcpServerList: ZodType = z.union(
  [z.string(), z.array(z.union([z.string(), z.record(z.string(), z.unknown())])), z.record(z.string(), z.unknown())],
  { error: 'must be a list of server names or inline server configs' },
);

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function isSemver(text: string): boolean {
  return SEMVER.test(text);
}

export const semverText: ZodType = z
  .string({ error: 'must be a quoted semantic version such as "1.0.0"' })
  .regex(SEMVER, { error: 'must be a semantic version such as "1.0.0"' });
