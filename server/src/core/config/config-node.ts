/**
 * The validator reads one small tree shape whether the settings came as JSON text (with
 * offsets, so problems get ranges) or as a value a client sent (offsets 0: no ranges needed).
 */
import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

export type ConfigNodeType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface ConfigNode {
  type: ConfigNodeType;
  /** The value of a string, number or boolean. */
  value?: unknown;
  offset: number;
  length: number;
  properties?: ConfigProperty[];
  items?: ConfigNode[];
}

export interface ConfigProperty {
  key: string;
  keyOffset: number;
  keyLength: number;
  /** Missing in broken JSON (`{ "rules": }`). */
  value: ConfigNode | undefined;
}

export interface ParsedConfigText {
  root: ConfigNode | undefined;
  errors: { offset: number; length: number; message: string }[];
}

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected text: a value is a "string", a number, true, false, null, an object or a list.',
  InvalidNumberFormat: 'Not a valid number.',
  PropertyNameExpected: 'Expected a key in double quotes.',
  ValueExpected: 'Expected a value.',
  ColonExpected: 'Expected `:` after the key.',
  CommaExpected: 'Expected `,` between two entries.',
  CloseBraceExpected: 'Expected `}` to close the object.',
  CloseBracketExpected: 'Expected `]` to close the list.',
  EndOfFileExpected: 'Expected the end of the file: the config is one JSON object.',
  InvalidCommentToken: 'Not a valid comment: comments are `// …` or `/* … */`.',
  UnexpectedEndOfComment: 'Unclosed comment: end it with `*/`.',
  UnexpectedEndOfString: 'Unclosed string: end it with `"`.',
  UnexpectedEndOfNumber: 'Unfinished number.',
  InvalidUnicode: 'Not a valid `\\u` escape: it takes four hexadecimal digits.',
  InvalidEscapeCharacter: 'Not a valid escape: use `\\\\` for a backslash.',
  InvalidCharacter: 'A control character inside a string: escape it (`\\n`, `\\t`).',
};

/** Parses JSON with comments and trailing commas, recovering from errors where it can. */
export function parseConfigText(text: string): ParsedConfigText {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const errors = parseErrors.map((error) => ({
    offset: error.offset,
    length: error.length,
    message: PARSE_MESSAGES[printParseErrorCode(error.error)] ?? 'The JSON cannot be read here.',
  }));
  return { root: tree ? fromJsonNode(tree) : undefined, errors };
}

function fromJsonNode(node: JsonNode): ConfigNode {
  const base = { offset: node.offset, length: node.length };
  switch (node.type) {
    case 'object':
      return {
        ...base,
        type: 'object',
        properties: (node.children ?? []).flatMap((property) => {
          const [key, value] = property.children ?? [];
          if (!key || key.type !== 'string') return [];
          return [{ key: String(key.value), keyOffset: key.offset, keyLength: key.length, value: value ? fromJsonNode(value) : undefined }];
        }),
      };
    case 'array':
      return { ...base, type: 'array', items: (node.children ?? []).map(fromJsonNode) };
    case 'property': // never a value; parseTree returns properties only as object children
      return { ...base, type: 'null' };
    default:
      return { ...base, type: node.type, value: node.value };
  }
}

/** A value a client sent, as a tree without positions. */
export function configNodeFromValue(value: unknown): ConfigNode {
  const base = { offset: 0, length: 0 };
  if (Array.isArray(value)) return { ...base, type: 'array', items: value.map(configNodeFromValue) };
  if (value === null || value === undefined) return { ...base, type: 'null' };
  if (typeof value === 'object') {
    return {
      ...base,
      type: 'object',
      properties: Object.entries(value as Record<string, unknown>).map(([key, entry]) => ({ key, keyOffset: 0, keyLength: 0, value: configNodeFromValue(entry) })),
    };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { ...base, type: typeof value as ConfigNodeType, value };
  return { ...base, type: 'null' };
}
