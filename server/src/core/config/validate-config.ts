/**
 * Reads `.agentsmith.json` (JSON with comments and trailing commas) into a settings layer and
 * says precisely what is wrong with it: broken JSON, unknown keys, values of the wrong type,
 * unknown rule ids, bad severities and globs. Every problem has the range of the text at fault
 * and a message that says what to write instead. What is valid still applies; what is not is
 * left out of the layer, so the defaults (or other layers) apply there. Never throws.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findRule, allRules } from '../rules/registry';
import type { Range } from '../types';
import { didYouMean } from '../util/did-you-mean';
import { globProblem } from './config-globs';
import { CONFIG_KEYS, type ConfigKey, type ConfigValueKind, SEVERITY_SETTINGS } from './config-keys';
import { type ConfigNode, configNodeFromValue, parseConfigText } from './config-node';
import type { SettingsLayer } from './settings-layer';

export interface ConfigProblem {
  range: Range;
  message: string;
  /** `error`: the text cannot be read or a value is ignored; `warning`: ignored but harmless (unknown keys and rule ids, repeats). */
  severity: 'error' | 'warning';
}

export interface ConfigValidation {
  settings: SettingsLayer;
  problems: ConfigProblem[];
}

interface RawProblem {
  offset: number;
  length: number;
  message: string;
  severity: ConfigProblem['severity'];
}

/** Words people write for a severity, mapped to ours (suggestions only: they are still reported). */
const SEVERITY_ALIASES: Record<string, string> = { info: 'information', warn: 'warning', err: 'error', none: 'off', disabled: 'off', ignore: 'off' };

const code = (text: string) => `\`${text}\``;
const listWords = (words: readonly string[]) => words.map(code).join(', ').replace(/, ([^,]*)$/, ' or $1');

export function validateConfig(text: string): ConfigValidation {
  const problems: RawProblem[] = [];
  const { root, errors } = parseConfigText(text);
  for (const error of errors) {
    // The parser may report the same gap twice (two objects left open at the end): once is enough.
    if (!problems.some((p) => p.offset === error.offset && p.message === error.message)) problems.push({ ...error, severity: 'error' });
  }
  const settings = root ? new LayerReader(problems, true).read(root) : {};
  if (problems.length === 0) return { settings, problems: [] };
  problems.sort((a, b) => a.offset - b.offset); // in reading order, JSON errors among the others
  const document = TextDocument.create('', 'json', 0, text);
  return {
    settings,
    problems: problems.map((p) => ({
      range: { start: document.positionAt(p.offset), end: document.positionAt(p.offset + Math.max(p.length, 0)) },
      message: p.message,
      severity: p.severity,
    })),
  };
}

/**
 * A layer from settings a client sent (VS Code, Neovim, Emacs). The same checks drop what is
 * invalid; globs are kept as written, since editor settings match absolute paths as they are.
 */
export function settingsLayerFromValue(value: unknown): SettingsLayer {
  return new LayerReader([], false).read(configNodeFromValue(value));
}

class LayerReader {
  constructor(
    private readonly problems: RawProblem[],
    /** Config files hold relative globs that must be checked; client settings do not. */
    private readonly checkGlobs: boolean,
  ) {}

  read(root: ConfigNode): SettingsLayer {
    if (root.type !== 'object') {
      this.report(root, 'The config is one JSON object, e.g. `{ "rules": { "name-file-mismatch": "off" } }`.');
      return {};
    }
    const layer: Record<string, unknown> = {};
    this.readObject(root, CONFIG_KEYS, '', layer);
    delete layer.$schema;
    return layer as SettingsLayer;
  }

  private readObject(node: ConfigNode, keys: readonly ConfigKey[], prefix: string, into: Record<string, unknown>): void {
    const properties = node.properties ?? [];
    properties.forEach((property, index) => {
      const keyNode = { offset: property.keyOffset, length: property.keyLength };
      if (properties.slice(index + 1).some((later) => later.key === property.key)) {
        this.report(keyNode, `${code(prefix + property.key)} appears more than once and only the last one applies: merge them into one.`, 'warning');
        return;
      }
      const spec = keys.find((k) => k.key === property.key);
      if (!spec) {
        this.report(keyNode, this.unknownKeyMessage(property.key, keys, prefix, property.value), 'warning');
        return;
      }
      if (!property.value) return; // the JSON error is reported already
      const value = this.readValue(spec.kind, property.value, prefix + spec.key);
      if (value !== undefined) into[spec.key] = value;
    });
  }

  private unknownKeyMessage(key: string, keys: readonly ConfigKey[], prefix: string, value: ConfigNode | undefined): string {
    const names = keys.map((k) => k.key).filter((k) => k !== '$schema');
    if (prefix === '' && key === 'agentsmith' && value?.type === 'object') {
      return 'Put the settings at the top level of this file, without the `agentsmith` object around them.';
    }
    if (prefix === '' && key.startsWith('agentsmith.')) {
      return `Write ${code(key.slice('agentsmith.'.length))} without the \`agentsmith.\` prefix: this file holds only Agentsmith's settings.`;
    }
    const suggestion = didYouMean(key, names);
    if (suggestion) return `Unknown key ${code(prefix + key)}: did you mean ${code(prefix + suggestion)}?`;
    return `Unknown key ${code(prefix + key)}: the keys here are ${listWords(names.map((n) => prefix + n))}.`;
  }

  private readValue(kind: ConfigValueKind, node: ConfigNode, name: string): unknown {
    switch (kind.type) {
      case 'string':
        if (node.type === 'string') return node.value;
        this.report(node, `${code(name)} takes a string.`);
        return undefined;
      case 'choice':
        return this.readChoice(node, kind.values, name, kind.noun);
      case 'positive-integer':
        if (node.type === 'number' && Number.isInteger(node.value) && (node.value as number) >= 1) return node.value;
        this.report(node, `${code(name)} takes a whole number of at least 1, e.g. \`100\`.`);
        return undefined;
      case 'list':
        return this.readList(node, kind.items, name);
      case 'glob-map':
        return this.readMap(node, name, `e.g. \`{ "specialists/**": "three-phase" }\``, (key) => this.checkGlobKey(key), (value) =>
          this.readChoice(value, kind.values, `${name} value`, kind.noun),
        );
      case 'rule-map':
        return this.readMap(node, name, 'e.g. `{ "name-file-mismatch": "off" }`', (key) => this.checkRuleId(key), (value) => this.readSeverity(value));
      case 'object': {
        if (node.type !== 'object') {
          this.report(node, `${code(name)} takes an object with ${listWords(kind.keys.map((k) => k.key))}.`);
          return undefined;
        }
        const inner: Record<string, unknown> = {};
        this.readObject(node, kind.keys, `${name}.`, inner);
        return Object.keys(inner).length > 0 ? inner : undefined;
      }
    }
  }

  private readChoice(node: ConfigNode, values: readonly string[], name: string, noun: string): string | undefined {
    if (node.type === 'string' && values.includes(node.value as string)) return node.value as string;
    if (node.type !== 'string') {
      this.report(node, `${code(name)} takes a string: ${listWords(values)}.`);
      return undefined;
    }
    const suggestion = didYouMean(node.value as string, values);
    this.report(node, `${code(node.value as string)} is not ${noun}: ${suggestion ? `did you mean ${code(suggestion)}?` : `use ${listWords(values)}.`}`);
    return undefined;
  }

  private readSeverity(node: ConfigNode): string | undefined {
    if (node.type === 'string' && SEVERITY_SETTINGS.includes(node.value as never)) return node.value as string;
    if (node.type !== 'string') {
      this.report(node, `A severity is a string: ${listWords(SEVERITY_SETTINGS)}.`);
      return undefined;
    }
    const written = node.value as string;
    const suggestion = SEVERITY_ALIASES[written.toLowerCase()] ?? didYouMean(written, SEVERITY_SETTINGS);
    this.report(node, `${code(written)} is not a severity: ${suggestion ? `did you mean ${code(suggestion)}?` : `use ${listWords(SEVERITY_SETTINGS)}.`}`);
    return undefined;
  }

  private readList(node: ConfigNode, items: 'glob' | 'name', name: string): string[] | undefined {
    const example = items === 'glob' ? '`["agents/**/*.md"]`' : '`["DeployPreview"]`';
    if (node.type !== 'array') {
      this.report(node, `${code(name)} takes a list of strings, e.g. ${example}.`);
      return undefined;
    }
    const values: string[] = [];
    for (const item of node.items ?? []) {
      if (item.type !== 'string') {
        this.report(item, `Each entry of ${code(name)} is a string in double quotes.`);
        continue;
      }
      const text = item.value as string;
      const problem = items === 'glob' ? this.globProblemOf(text) : text.trim() === '' ? 'An empty name: remove the entry.' : undefined;
      if (problem) this.report(item, problem);
      else values.push(text);
    }
    // A list whose every entry is invalid falls back to the default rather than becoming empty.
    return values.length === 0 && (node.items?.length ?? 0) > 0 ? undefined : values;
  }

  /**
   * An object whose keys and values are checked one entry at a time: valid entries apply.
   * `checkKey` returns a message and whether the entry is still used (unknown rule ids are harmless).
   */
  private readMap(
    node: ConfigNode,
    name: string,
    example: string,
    checkKey: (key: string) => { message: string; severity: ConfigProblem['severity']; keep: boolean } | undefined,
    readEntry: (value: ConfigNode) => string | undefined,
  ): Record<string, string> | undefined {
    if (node.type !== 'object') {
      this.report(node, `${code(name)} takes an object, ${example}.`);
      return undefined;
    }
    const map: Record<string, string> = {};
    const properties = node.properties ?? [];
    properties.forEach((property, index) => {
      const keyNode = { offset: property.keyOffset, length: property.keyLength };
      if (properties.slice(index + 1).some((later) => later.key === property.key)) {
        this.report(keyNode, `${code(property.key)} appears more than once in ${code(name)} and only the last one applies: remove one.`, 'warning');
        return;
      }
      const keyProblem = checkKey(property.key);
      if (keyProblem) this.report(keyNode, keyProblem.message, keyProblem.severity);
      if (!property.value || (keyProblem && !keyProblem.keep)) return;
      const value = readEntry(property.value);
      if (value !== undefined) map[property.key] = value;
    });
    return Object.keys(map).length === 0 && properties.length > 0 ? undefined : map;
  }

  private globProblemOf(glob: string): string | undefined {
    return this.checkGlobs ? globProblem(glob) : undefined;
  }

  private checkGlobKey(glob: string) {
    const message = this.globProblemOf(glob);
    return message ? { message, severity: 'error' as const, keep: false } : undefined;
  }

  /** Unknown rule ids are reported but kept: they change nothing, and a newer Agentsmith may know them. */
  private checkRuleId(id: string) {
    if (findRule(id)) return undefined;
    const suggestion = didYouMean(id, allRules.map((rule) => rule.id));
    const message = suggestion
      ? `Unknown rule ${code(id)}: did you mean ${code(suggestion)}?`
      : `Unknown rule ${code(id)}: the rule ids are listed in the README's rules table.`;
    return { message, severity: 'warning' as const, keep: true };
  }

  private report(node: { offset: number; length: number }, message: string, severity: ConfigProblem['severity'] = 'error'): void {
    this.problems.push({ offset: node.offset, length: node.length, message, severity });
  }
}
