/**
 * Checks of one field value against its spec, returning what `invalid-value` reports. Kept
 * apart from the rule so each kind's policy reads on its own.
 */
import type { FieldItem, FrontmatterField } from '../../../document/model';
import type { FieldSpec, ProfileSchema } from '../../../schema/profile-schema';
import { CAMI_COLOR_NEAREST } from '../../../schema/data/colors';
import { MODEL_ALIASES } from '../../../schema/data/models';
import type { Fix, Range, Severity } from '../../../types';
import { didYouMean } from '../../../util/did-you-mean';

export interface ValueProblem {
  range: Range;
  message: string;
  severity?: Severity;
  fixes?: Fix[];
}

/** What Claude Code does with a value it does not understand, per field. */
const CONSEQUENCE: Readonly<Record<string, string>> = {
  model: 'Claude Code falls back to the main conversation\'s model',
  color: 'Claude Code shows the agent in its default colour',
  class: 'CAMI cannot weigh the phases or suggest a model',
  tags: 'CAMI cannot index it',
  use_cases: 'CAMI cannot index it',
  skill_aware: 'CAMI reads it as not set',
};

function consequence(key: string): string {
  return CONSEQUENCE[key] ?? 'Claude Code will not apply it as written';
}

function replaceFix(range: Range, newText: string, title: string, safe = false): Fix[] {
  return [{ title, edits: [{ range, newText }], isPreferred: true, safe: safe || undefined }];
}

/** Values that YAML would read as something else when written plain: quote them in fixes. */
function plainSafe(text: string): string {
  return /^[A-Za-z][\w.-]*$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text) ? text : `"${text}"`;
}

const describeValue = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'object' ? 'a mapping' : `\`${String(value)}\``;

export function checkEnum(field: FrontmatterField, spec: FieldSpec, schema: ProfileSchema): ValueProblem | undefined {
  const value = field.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    return { range: field.valueRange, message: `\`${spec.key}\` must be a single value, not ${describeValue(value)}, or ${consequence(spec.key)}.` };
  }
  const text = String(value).trim();
  if (spec.key === 'model') return checkModel(field, text, schema);
  if (spec.key === 'color') return checkColor(field, text, schema);
  const values = spec.values ?? [];
  if (values.includes(text)) return undefined;
  const suggestion = didYouMean(text, values);
  return {
    range: field.valueRange,
    message: `\`${text}\` is not a valid \`${spec.key}\`, so ${consequence(spec.key)}; ${suggestion ? `did you mean \`${suggestion}\`?` : `use one of ${values.map((v) => `\`${v}\``).join(', ')}.`}`,
    fixes: suggestion ? replaceFix(field.valueRange, suggestion, `Change to \`${suggestion}\``, suggestion.toLowerCase() === text.toLowerCase()) : undefined,
  };
}

function checkModel(field: FrontmatterField, text: string, schema: ProfileSchema): ValueProblem | undefined {
  if (schema.isKnownModel(text)) return undefined;
  const suggestion = didYouMean(text, MODEL_ALIASES) ?? didYouMean(text, schema.models);
  return {
    range: field.valueRange,
    message: `Claude Code does not know the model \`${text}\` and falls back to the main conversation's model; ${suggestion ? `did you mean \`${suggestion}\`?` : 'use `sonnet`, `opus`, `haiku`, `inherit` or a full `claude-…` id.'}`,
    fixes: suggestion ? replaceFix(field.valueRange, plainSafe(suggestion), `Change to \`${suggestion}\``, suggestion.toLowerCase() === text.toLowerCase()) : undefined,
  };
}

function checkColor(field: FrontmatterField, text: string, schema: ProfileSchema): ValueProblem | undefined {
  const lower = text.toLowerCase();
  if (schema.colors.includes(text)) return undefined;
  const nearest = CAMI_COLOR_NEAREST[lower];
  if (schema.extraColors.includes(lower) && nearest) {
    // A CAMI palette colour in a CAMI agent: deliberate, only worth a note.
    return {
      range: field.valueRange,
      severity: 'information',
      message: `\`${text}\` is a CAMI colour that Claude Code does not know, so it shows the agent in its default colour; \`${nearest}\` is the closest of its eight.`,
      fixes: replaceFix(field.valueRange, nearest, `Change to \`${nearest}\``),
    };
  }
  const suggestion = (schema.colors.includes(lower) ? lower : undefined) ?? nearest ?? didYouMean(text, schema.colors);
  return {
    range: field.valueRange,
    message: `\`${text}\` is not one of Claude Code's colours, so it shows the agent in its default colour; ${suggestion ? `did you mean \`${suggestion}\`?` : `use one of ${schema.colors.map((c) => `\`${c}\``).join(', ')}.`}`,
    fixes: suggestion ? replaceFix(field.valueRange, suggestion, `Change to \`${suggestion}\``, suggestion === lower) : undefined,
  };
}

export function checkBoolean(field: FrontmatterField, spec: FieldSpec): ValueProblem | undefined {
  const value = field.value;
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  const text = String(value).trim().toLowerCase();
  const meant = ['true', 'yes', 'on', 'y'].includes(text) ? 'true' : ['false', 'no', 'off', 'n'].includes(text) ? 'false' : undefined;
  const quoted = typeof value === 'string' && (field.style === 'single' || field.style === 'double');
  return {
    range: field.valueRange,
    message: quoted && meant === text
      ? `\`${spec.key}\` is the text \`${String(value)}\`, not a boolean, so ${consequence(spec.key)}; write \`${meant}\` without quotes.`
      : `\`${spec.key}\` must be \`true\` or \`false\`, not ${describeValue(value)}, or ${consequence(spec.key)}.`,
    fixes: meant ? replaceFix(field.valueRange, meant, `Change to \`${meant}\``, meant === text) : undefined,
  };
}

export function checkPositiveInteger(field: FrontmatterField, spec: FieldSpec): ValueProblem | undefined {
  const value = field.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return undefined;
  const digits = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  if (digits !== undefined && digits > 0) {
    return {
      range: field.valueRange,
      message: `\`${spec.key}\` is the text \`${value}\`, not a number, so ${consequence(spec.key)}; write ${digits} without quotes.`,
      fixes: replaceFix(field.valueRange, String(digits), `Change to ${digits}`, true),
    };
  }
  return { range: field.valueRange, message: `\`${spec.key}\` must be a whole number of 1 or more, not ${describeValue(value)}, or ${consequence(spec.key)}.` };
}

/** Lists of names or phrases; `allowString` for fields Claude Code also reads comma-separated. */
export function checkStringList(field: FrontmatterField, spec: FieldSpec, allowString: boolean): ValueProblem[] {
  const value = field.value;
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') {
    if (allowString) return [];
    const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
    const list = `[${parts.map((p) => JSON.stringify(p)).join(', ')}]`;
    return [
      {
        range: field.valueRange,
        message: `\`${spec.key}\` is a single text, not a list, so ${consequence(spec.key)}; write it as \`${parts.length > 1 ? list : `["${parts[0] ?? ''}"]`}\`.`,
        fixes: parts.length > 0 ? replaceFix(field.valueRange, list, 'Make it a list') : undefined,
      },
    ];
  }
  if (!Array.isArray(value)) {
    return [{ range: field.valueRange, message: `\`${spec.key}\` must be a list, not ${describeValue(value)}, or ${consequence(spec.key)}.` }];
  }
  return (field.items ?? []).filter(isNestedItem).map((item) => ({
    range: item.range,
    message: `Each entry of \`${spec.key}\` must be a single value, not ${describeValue(item.value)}; a \`: \` inside an entry needs quotes.`,
  }));
}

function isNestedItem(item: FieldItem): boolean {
  return item.value !== null && typeof item.value === 'object';
}

/** `hooks`, `mcpServers`: validated by the field's own zod schema. */
export function checkWithValidator(field: FrontmatterField, spec: FieldSpec): ValueProblem | undefined {
  if (field.value === null || field.value === undefined) return undefined;
  const result = spec.validator.safeParse(field.value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return { range: field.valueRange, message: `\`${spec.key}\` ${issue?.message ?? 'has the wrong shape'}, so ${consequence(spec.key)}.` };
}

/** Text fields: a list or mapping where text belongs. Numbers and booleans read fine as text. */
export function checkText(field: FrontmatterField, spec: FieldSpec): ValueProblem | undefined {
  const value = field.value;
  if (value === null || value === undefined || typeof value !== 'object') return undefined;
  return { range: field.valueRange, message: `\`${spec.key}\` must be text, not ${describeValue(value)}, or ${consequence(spec.key)}.` };
}
