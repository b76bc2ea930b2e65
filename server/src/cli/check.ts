/**
 * `agentsmith check`: collects the files, builds the same language service the server uses
 * (skills from disk, rule pages, committed baselines), indexes the project's agent files so
 * rules across files see all of them, then checks — and with `--fix` fixes — the targets and
 * prints the report in the chosen format. Returns the exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { allRules } from '../core/rules/registry';
import { type AgentsmithLanguageService, createLanguageService, type LanguageServiceHost, type SkillInfo } from '../core/service';
import type { AgentsmithSettings } from '../core/settings';
import type { Severity } from '../core/types';
import { summarizeAgent } from '../core/workspace/summarize-agent';
import { createRuleDocsLocator } from '../rule-docs';
import { SkillsCatalog } from '../skills-catalog';
import type { CheckOptions } from './args';
import { readBaselines } from './baselines';
import { type CollectedFile, type Collection, collectFiles, displayPath, documentInput } from './collect';
import { CliSettings } from './config';
import { findProjectRoot } from './discover';
import { fixText } from './fix';
import { formatHuman, useColors } from './formatters/human';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import type { CliIo } from './io';
import { encode } from './read-files';
import { type CheckedFile, type CheckReport, compareProblems, failureOf, type ReportedProblem, summarize } from './report';

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const started = performance.now();
  const verbose = (message: string) => options.verbose && io.stderr(`${message}\n`);
  const root = findProjectRoot(io.cwd);
  const config = await CliSettings.create(options, io.cwd);
  const ruleDocsUri = createRuleDocsLocator(io.bundleFolder);
  const skills = new SkillsCatalog(verbose);
  skills.setWorkspaceFolders([{ uri: pathToFileURL(root).href }]);
  skills.setWatched(true); // one run: a folder read once stays valid
  // The catalog's answer depends only on the file's folder: asked once per folder, not per file.
  const skillsByFolder = new Map<string, readonly SkillInfo[]>();
  const skillsOfFolder = (folderUri: string): readonly SkillInfo[] => {
    let list = skillsByFolder.get(folderUri);
    if (!list) skillsByFolder.set(folderUri, (list = skills.list(`${folderUri}/agent.md`)));
    return list;
  };
  const baselines = new Map<string, string>();
  const host: LanguageServiceHost = {
    log: (message) => verbose(`[service] ${message}`),
    ruleDocsUri,
    listSkills: (uri) => skillsOfFolder(uri.slice(0, uri.lastIndexOf('/'))),
    baselineOf: (document) => baselines.get(document.path),
  };
  const service = createLanguageService(host);
  const needsWorkspace = allRules.some((rule) => rule.dependsOn?.includes('workspace'));

  const collection = await collectFiles(service, config, {
    operands: options.paths,
    cwd: io.cwd,
    root,
    needsWorkspace,
    checkExact: options.fix,
  });
  const configReport = config.report();
  for (const message of [...configReport.messages, ...collection.messages]) io.stderr(`${message}\n`);
  if (configReport.failed) io.stderr('agentsmith: fix the config file above (or run with --no-config)\n');
  if (configReport.failed || (collection.failed && collection.targets.length === 0)) return 2;
  const collected = performance.now();

  // The committed texts come from a git process that runs while this thread parses (the parse
  // loop yields now and then so git's output is read as it comes).
  const committedTexts = wantsBaselines(config.forFolder(root))
    ? readBaselines(collection.targets.filter((target) => mayBeThreePhase(target, config.forFile(target.path))).map((target) => target.path), verbose)
    : undefined;
  await indexProject(service, config, collection, needsWorkspace);
  const indexed = performance.now();
  const committed = (await committedTexts) ?? new Map<string, string>();
  for (const target of collection.targets) {
    const text = committed.get(target.path);
    // A file as committed has nothing to compare (the usual case in CI): no baseline, nothing parsed.
    if (text !== undefined && text !== target.file.text) baselines.set(target.path, text);
  }
  const baselined = performance.now();

  const files: CheckedFile[] = [];
  for (const target of collection.targets) {
    files.push(checkFile(service, config.forFile(target.path), target, options, io, verbose));
    // Its parse is not needed again (the index keeps its summary): less for the garbage collector to walk.
    service.forget(target.uri);
  }
  const checked = performance.now();

  const summary = summarize(files);
  const failure = failureOf(files, summary, options.failOn, options.maxWarnings);
  const report: CheckReport = { toolVersion: io.version, root, files, summary, exitCode: failure ? 1 : 0, failure, fixRan: options.fix };
  io.stdout(format(report, options, io, config.forFolder(root), ruleDocsUri));
  if (collection.targets.length === 0 && options.format === 'human') io.stderr(`agentsmith: no agent files found under ${displayPath(root, io.cwd)}\n`);
  verbose(
    `agentsmith: ${files.length} files checked, ${collection.others.length} more indexed, in ${Math.round(performance.now() - started)} ms ` +
      `(collect ${Math.round(collected - started)}, parse and index ${Math.round(indexed - collected)}, ` +
      `wait for git ${Math.round(baselined - indexed)}, check ${Math.round(checked - baselined)})`,
  );
  // Unreadable named files are a usage error even when the others were checked.
  return collection.failed ? 2 : report.exitCode;
}

/** Files parsed between two looks at the event loop while indexing. */
const PARSE_BATCH = 10;

/**
 * Parses the targets (the service keeps each parse for `diagnose`) and, when a rule reads the
 * workspace, indexes them and the project's other agent files before any rule runs. Targets
 * are parsed once: their summaries are made from the kept parse (indexFile would parse again).
 */
async function indexProject(service: AgentsmithLanguageService, config: CliSettings, collection: Collection, needsWorkspace: boolean): Promise<void> {
  let count = 0;
  const pause = async () => {
    if (++count % PARSE_BATCH === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  if (needsWorkspace) {
    for (const file of collection.others) {
      service.indexFile(file.uri, file.path, file.file.text, config.forFile(file.path));
      await pause();
    }
  }
  for (const target of collection.targets) {
    const input = documentInput(target, target.file.text, 1);
    const doc = service.parse(input);
    if (needsWorkspace) service.workspace.set(summarizeAgent(doc, target.path, service.profileOf(input, config.forFile(target.path))));
    await pause();
  }
}

/** Anything that could make the three-phase profile apply: a CAMI key, a three-phase heading, a setting. */
const THREE_PHASE_HINT = /(?:three|3)[- ]phase|^["']?(?:version|class|specialty|tags|use_cases|skill_aware)["']?[ \t]*:/im;

/**
 * Whether a file may be a three-phase agent, told before parsing (the committed texts are read
 * meanwhile): never false for one that is (see `detectProfile`), sometimes true for one that is not.
 */
function mayBeThreePhase(target: CollectedFile, settings: AgentsmithSettings): boolean {
  if (settings.profile === 'three-phase' || Object.values(settings.profiles).includes('three-phase')) return true;
  return THREE_PHASE_HINT.test(target.file.text);
}

/** Whether a rule that compares with the last commit is on (they run on three-phase agents only; which those are is known after parsing). */
function wantsBaselines(settings: AgentsmithSettings): boolean {
  return allRules.some((rule) => rule.dependsOn?.includes('baseline') && settings.rules[rule.id] !== 'off');
}

function checkFile(
  service: AgentsmithLanguageService,
  settings: AgentsmithSettings,
  target: CollectedFile,
  options: CheckOptions,
  io: CliIo,
  verbose: (message: string) => void,
): CheckedFile {
  const original = documentInput(target, target.file.text, 1);
  let input = original;
  let fixed = 0;
  if (options.fix) {
    const before = fixableCount(service.diagnose(original, settings));
    const outcome = fixText(service, settings, original, (text, round) => documentInput(target, text, 1 + round));
    if (outcome.unfinished) verbose(`agentsmith: ${target.path}: fixes kept coming after several rounds; the rest is left as it is`);
    if (outcome.text !== target.file.text) {
      if (!target.file.exact) {
        io.stderr(`agentsmith: ${displayPath(target.path, io.cwd)}: not fixed: the file is not valid UTF-8, and writing it would change other bytes\n`);
      } else if (write(target.path, encode(outcome.text, target.file.bom), io)) {
        input = outcome.input;
        fixed = Math.max(0, before - fixableCount(service.diagnose(input, settings)));
      }
    }
  }
  const problems = service.diagnose(input, settings).map(toReported).sort(compareProblems);
  return {
    path: target.path,
    displayPath: displayPath(target.path, io.cwd),
    uri: target.uri,
    profile: service.profileOf(input, settings),
    problems,
    fixed,
  };
}

function write(path: string, bytes: Buffer, io: CliIo): boolean {
  try {
    writeFileSync(path, bytes);
    return true;
  } catch (error) {
    io.stderr(`agentsmith: ${displayPath(path, io.cwd)}: could not write the fixes: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

function fixableCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter(isFixable).length;
}

function isFixable(diagnostic: Diagnostic): boolean {
  return (diagnostic.data as { fixable?: unknown } | undefined)?.fixable === true;
}

function toReported(diagnostic: Diagnostic): ReportedProblem {
  return {
    ruleId: String(diagnostic.code ?? 'agentsmith'),
    severity: SEVERITY[diagnostic.severity ?? 1] ?? 'error',
    message: diagnostic.message,
    range: diagnostic.range,
    fixable: isFixable(diagnostic),
    docs: diagnostic.codeDescription?.href,
  };
}

function format(report: CheckReport, options: CheckOptions, io: CliIo, settings: AgentsmithSettings, ruleDocsUri: (id: string) => string | undefined): string {
  if (options.format === 'json') return formatJson(report);
  if (options.format === 'sarif') {
    return formatSarif(report, { rules: allRules, settings, ruleDocsUri, ruleHelp: (id) => readRuleHelp(ruleDocsUri(id)) });
  }
  return formatHuman(report, { enabled: useColors(options.color, io.env, io.stdoutIsTty) });
}

function readRuleHelp(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  try {
    return readFileSync(fileURLToPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}
