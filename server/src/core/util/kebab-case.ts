const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase letters and digits in words joined by single hyphens: `api-designer`. */
export function isKebabCase(text: string): boolean {
  return KEBAB_CASE.test(text);
}

/**
 * The kebab-case form of a name or file name: `API Designer` → `api-designer`,
 * `myAgent_v2` → `my-agent-v2`, `plugin:reviewer` → `plugin-reviewer`. Accents are dropped;
 * other characters separate words. Returns '' when nothing usable is left.
 */
export function toKebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
