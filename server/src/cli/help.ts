/** The `--help` texts: complete, so a user never needs the README to run the CLI. */

export function mainHelp(version: string): string {
  return `agentsmith ${version}
Checks agent files: Claude Code subagents (.claude/agents/**/*.md, plugin agents/ folders)
and three-phase specialist (CAMI) agents.

Usage:
  agentsmith check [options] [paths or globs…]   report problems (and --fix the safe ones)
  agentsmith schema [options]                    print the frontmatter JSON Schema
  agentsmith help [check|schema]                 this text, or a command's options
  agentsmith --version                           the version

Exit codes: 0 clean, 1 problems at or above the failure level, 2 usage or config error.
Run \`agentsmith check --help\` for the options of check.
`;
}

export const CHECK_HELP = `Usage: agentsmith check [options] [paths or globs…]

Checks agent files with the same rules as the language server and prints the problems.

What is checked:
  (no paths)     every agent file of the project, found as the editor finds them:
                 .claude/agents/**/*.md, plugin agents/*.md with frontmatter, three-phase
                 specialist sources anywhere, plus files.include globs, minus files.exclude.
  a file         always checked, even outside agent folders.
  a directory    the agent files under it (found as above).
  a glob         every file it matches, except files.exclude (quote it: 'specialists/**/*.md').
The project root is the nearest folder upwards from the current directory that holds
.agentsmith.json or .git (else the current directory). Every agent file of the project is
read, so rules across files (duplicate names, references to other agents) see all of them,
but only the named files are reported.

Options:
  -f, --format <human|json|sarif>
                     human (default): path:line:col  severity  message  rule-id, then a
                       summary; colours on a terminal.
                     json: one object, see "JSON output" below.
                     sarif: SARIF 2.1.0 for code scanning (GitHub upload-sarif), with every
                       rule's description, help text and link.
      --fix          apply the safe fixes in place (those that never change meaning: quoting,
                     renamed tools, checklist boxes, …), then report what is left. Line
                     endings, a BOM and every byte outside the fixes are kept; a second run
                     changes nothing.
      --fail-on <error|warning|information|hint>
                     the lowest severity that fails the run (default: error).
      --max-warnings <n>
                     also fail when there are more than n warnings (default: no limit).
      --profile <auto|claude-code|three-phase>
                     the rule profile for every file, instead of the config's \`profile\`.
  -c, --config <file>
                     read this config file instead of the project's .agentsmith.json.
      --no-config    use the built-in defaults, no config file.
      --color, --no-color
                     force colours on or off (default: on for a terminal; NO_COLOR and
                     FORCE_COLOR are respected).
      --verbose      also print timings and internal warnings on stderr.
  -h, --help         this text.

Exit codes:
  0  no problem at or above the failure level, and warnings within --max-warnings
  1  problems at or above the failure level, or too many warnings
  2  usage error, a path that does not exist or cannot be read, or a config file that
     cannot be used

JSON output (--format json), stable; fields may be added, never renamed:
  { "tool": { "name": "agentsmith", "version": "…" },
    "root": "<project root, absolute>",
    "files": [ { "path": "<relative to the current directory>",
                 "profile": "claude-code" | "three-phase",
                 "fixed": <edits applied by --fix>,
                 "problems": [ { "ruleId", "severity": "error"|"warning"|"information"|"hint",
                                 "message", "line", "column", "endLine", "endColumn",
                                 "fixable": <a safe fix exists>, "docs": "<rule page>" } ] } ],
    "summary": { "files", "filesWithProblems", "errors", "warnings", "information",
                 "hints", "fixable", "fixed" },
    "exitCode": 0 | 1 }
  Lines and columns are 1-based; columns count UTF-16 code units, as editors do.

Examples:
  agentsmith check
  agentsmith check --fix .claude/agents/reviewer.md
  agentsmith check --format sarif > agentsmith.sarif
  agentsmith check --max-warnings 0 'specialists/**/*.md'
`;

export const SCHEMA_HELP = `Usage: agentsmith schema [options]

Prints the JSON Schema (draft-07) of an agent file's YAML frontmatter: every field with its
documentation, type and allowed values, \`name\` and \`description\` required. Other tools (the
YAML extension, CI validators) can use it; \`agentsmith check\` checks more than the schema says.

Options:
      --profile <claude-code|three-phase>
                     whose fields (default: the config's \`profile\` when it names one,
                     else claude-code). three-phase adds version, class, specialty, tags,
                     use_cases, skill_aware and the CAMI colours.
  -c, --config <file>
                     read extraTools and extraModels from this config file instead of the
                     project's .agentsmith.json.
      --no-config    the built-in lists only.
      --verbose      internal warnings on stderr.
  -h, --help         this text.

Exit codes: 0 printed, 2 usage or config error.

Example:
  agentsmith schema --profile three-phase > agent-frontmatter.schema.json
`;
