/** The eight colours Claude Code can show an agent in. */
export const CLAUDE_CODE_COLORS: readonly string[] = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'];

/**
 * Extra colour names CAMI agents use. Claude Code does not know them (the agent loads, but
 * without that colour); in the three-phase profile they are accepted with a note.
 */
export const CAMI_COLORS: readonly string[] = [
  'amber',
  'emerald',
  'indigo',
  'lime',
  'magenta',
  'maroon',
  'ruby',
  'sky',
  'slate',
  'teal',
  'violet',
];

/** The nearest of Claude Code's eight for each CAMI colour, offered as a quick fix. */
export const CAMI_COLOR_NEAREST: Readonly<Record<string, string>> = {
  amber: 'orange',
  emerald: 'green',
  indigo: 'blue',
  lime: 'green',
  magenta: 'pink',
  maroon: 'red',
  ruby: 'red',
  sky: 'cyan',
  slate: 'blue',
  teal: 'cyan',
  violet: 'purple',
};
