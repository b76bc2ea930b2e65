/**
 * A reader for LSP / VS Code snippet syntax that expands a snippet to the text it inserts
 * when every placeholder keeps its default: `${1:text}` → `text`, `${1|a,b|}` → `a`, `$1` and
 * `$0` → nothing, `${TM_FILENAME_BASE}` → the given variable's value. The server sends plain
 * text this way to clients without snippet support; tests use it to validate every snippet.
 * Malformed input is read as literal text, never thrown on.
 */

export type SnippetVariables = Readonly<Record<string, string>>;

export function expandSnippet(snippet: string, variables: SnippetVariables = {}): string {
  return new SnippetReader(snippet, variables).readUntil(() => false);
}

class SnippetReader {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly variables: SnippetVariables,
  ) {}

  /** Reads text and snippet elements until `stop` says so at an unescaped character, or the end. */
  readUntil(stop: (char: string) => boolean): string {
    let out = '';
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (stop(char)) break;
      if (char === '\\' && this.index + 1 < this.text.length && '$}\\'.includes(this.text[this.index + 1])) {
        out += this.text[this.index + 1];
        this.index += 2;
      } else if (char === '$') {
        out += this.readDollar();
      } else {
        out += char;
        this.index += 1;
      }
    }
    return out;
  }

  /** At a `$`: a tabstop, placeholder, choice or variable; a lone `$` stays literal. */
  private readDollar(): string {
    const start = this.index;
    this.index += 1;
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.text.slice(this.index));
    if (simple) {
      this.index += simple[0].length;
      return /^\d/.test(simple[0]) ? '' : this.variable(simple[0], undefined);
    }
    if (this.text[this.index] !== '{') return '$';
    const head = /^\{(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.text.slice(this.index));
    if (!head) {
      this.index = start + 1;
      return '$';
    }
    this.index += head[0].length;
    const name = head[1];
    const isTabstop = /^\d/.test(name);
    const next = this.text[this.index];
    if (next === '}') {
      this.index += 1;
      return isTabstop ? '' : this.variable(name, undefined);
    }
    if (next === ':') {
      this.index += 1;
      const inner = this.readUntil((c) => c === '}');
      this.index += 1; // the closing brace (or past the end for an unclosed placeholder)
      return isTabstop ? inner : this.variable(name, inner);
    }
    if (next === '|' && isTabstop) {
      const close = this.text.indexOf('|}', this.index + 1);
      if (close >= 0) {
        const options = splitChoice(this.text.slice(this.index + 1, close));
        this.index = close + 2;
        return options[0] ?? '';
      }
    }
    if (next === '/') {
      // A transform: `${name/regex/format/flags}`. Not used by our snippets; skip it whole.
      const close = this.text.indexOf('}', this.index);
      this.index = close >= 0 ? close + 1 : this.text.length;
      return isTabstop ? '' : this.variable(name, undefined);
    }
    this.index = start + 1;
    return '$';
  }

  private variable(name: string, fallback: string | undefined): string {
    const value = this.variables[name];
    if (value !== undefined && value !== '') return value;
    // VS Code inserts an unknown variable's name; its default wins when there is one.
    return fallback ?? (value === undefined ? name : '');
  }
}

/** Choice options: `a,b\,c` → `a`, `b,c` (`\,`, `\|` and `\\` are escapes). */
function splitChoice(text: string): string[] {
  const options: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length && ',|\\$}'.includes(text[i + 1])) {
      current += text[++i];
    } else if (char === ',') {
      options.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  options.push(current);
  return options;
}
