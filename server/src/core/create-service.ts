import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import * as navigation from './features/navigation/index';
import type { AgentDocument } from './document/model';
import { parseAgentDocument } from './document/parse';
import { buildAgentModel, type AgentModel } from './features/agent-model';
import { fixAllAction, fixAllEdits, FIX_ALL_KIND, quickFixes } from './features/code-actions';
import type { AgentChoice } from './features/completion/agent-name-items';
import { completions } from './features/completion/index';
import { DocsMemo } from './features/docs/docs-memo';
import { toDiagnostic } from './features/diagnostics';
import { hover } from './features/hover/index';
import { BUMP_VERSION_KIND, type BumpLevel, bumpVersionActions, planVersionBump } from './features/bump-version';
import { documentSymbols } from './features/document-symbols';
import { foldingRanges } from './features/folding-ranges';
import { encodeSemanticTokens, semanticTokenList } from './features/semantic-tokens';
import { detectProfile } from './profile';
import { allRules } from './rules/registry';
import type { Baseline, Rule } from './rules/rule';
import { runRules, type RuleMemoEntry } from './rules/run-rules';
import { getProfileSchema } from './schema/index';
import type { AgentsmithLanguageService, CompletionRequest, DocumentInput, LanguageServiceHost, SkillInfo } from './service';
import type { AgentsmithSettings } from './settings';
import type { Finding, ProfileId } from './types';
import { decideByContent, decideByPath, isInClaudeAgentsFolder, isInPluginAgentsFolder } from './workspace/agent-files';
import type { AgentSummary } from './workspace/agent-summary';
import { agentScope, pathInScope } from './workspace/agent-scope';
import { summarizeAgent, type SummaryState, updateSummary } from './workspace/summarize-agent';
import { createWorkspaceIndex, type RuleWorkspace } from './workspace/workspace-index';

interface CacheEntry {
  version: number;
  text: string;
  doc: AgentDocument;
  /** Findings for one settings object; settings are replaced, never mutated, so identity is enough. */
  findings?: { settings: AgentsmithSettings; profile: ProfileId; generation: number; baseline: Baseline | undefined; list: Finding[] };
  /** The workspace summary of this version, recomputed only when the frontmatter or body changed. */
  summary?: SummaryState;
  /** The profile of this version for one settings object and path (see `profileFor`). */
  profile?: { settings: AgentsmithSettings; path: string; value: ProfileId };
  /** Each rule's last problems, carried over from version to version of the document. */
  ruleMemo: Map<string, RuleMemoEntry>;
  /** The committed text last seen for this document, parsed at most once; carried over like `ruleMemo`. */
  baseline?: Baseline;
}

export interface ServiceOptions {
  /** Rules to run; the full registry by default. Tests pass a throwing rule here. */
  rules?: readonly Rule[];
}

/**
 * Builds the language service. Each document version is parsed once and its findings are
 * computed once per settings object; every feature reads from that cache.
 */
export function createLanguageService(host: LanguageServiceHost, options: ServiceOptions = {}): AgentsmithLanguageService {
  const rules = options.rules ?? allRules;
  const cache = new Map<string, CacheEntry>();
  /** What the path alone says about being an agent file, per settings object. */
  const pathDecisions = new WeakMap<AgentsmithSettings, Map<string, boolean | undefined>>();
  /** Findings reused from version to version keep their LSP form too. */
  const diagnosticOf = new WeakMap<Finding, Diagnostic>();
  /** The schema for a settings object (settings are replaced on change, never mutated). */
  const schemas = new WeakMap<AgentsmithSettings, Map<ProfileId, ReturnType<typeof getProfileSchema>>>();
  const schemaFor = (profile: ProfileId, settings: AgentsmithSettings) => {
    let byProfile = schemas.get(settings);
    if (!byProfile) schemas.set(settings, (byProfile = new Map()));
    let schema = byProfile.get(profile);
    if (!schema) byProfile.set(profile, (schema = getProfileSchema(profile, settings)));
    return schema;
  };

  function entry(document: DocumentInput): CacheEntry {
    const cached = cache.get(document.uri);
    const text = document.getText();
    // The text check guards hosts that reuse version numbers (the CLI, untitled files).
    if (cached && cached.version === document.version && cached.text === text) return cached;
    // With the edits since the cached version, only what changed is parsed again.
    const changes = cached ? document.changesSince?.(cached.version) : undefined;
    const doc = parseAgentDocument(document.uri, document.version, text, {
      lineStarts: document.lineStarts?.(),
      previous: cached && changes ? { doc: cached.doc, changes } : undefined,
    });
    const fresh: CacheEntry = { version: document.version, text, doc, ruleMemo: cached?.ruleMemo ?? new Map(), baseline: cached?.baseline, summary: cached?.summary };
    cache.set(document.uri, fresh);
    return fresh;
  }

  /** The document's profile, computed once per version, settings object and path. */
  function profileFor(e: CacheEntry, path: string, settings: AgentsmithSettings): ProfileId {
    const p = e.profile;
    if (p && p.settings === settings && p.path === path) return p.value;
    const value = detectProfile(e.doc, path, settings);
    e.profile = { settings, path, value };
    return value;
  }

  const index = createWorkspaceIndex();

  /**
   * The open document's newest summary overlays what the host read from disk. It is carried
   * from version to version and each part is recomputed only when what it reads changed.
   */
  function overlay(e: CacheEntry, path: string, profile: ProfileId): void {
    const summary = updateSummary(e.doc, path, profile, e.summary);
    if (summary === e.summary) return;
    e.summary = summary;
    index.set(summary.value);
  }

  /** The indexed agents besides this document, each with its path as seen from this file's agent folder. */
  function otherAgents(document: DocumentInput): AgentChoice[] {
    const scope = agentScope(document.path);
    const choices: AgentChoice[] = [];
    for (const summary of index.all()) {
      if (summary.uri === document.uri || !summary.name) continue;
      choices.push({ name: summary.name.name, where: pathInScope(scope, summary.path), description: summary.description });
    }
    return choices;
  }

  /** One view per document, kept while it is open, so rules that read the workspace are memoised by identity. */
  const ruleWorkspaces = new Map<string, RuleWorkspace>();
  function ruleWorkspace(uri: string): RuleWorkspace {
    let view = ruleWorkspaces.get(uri);
    if (!view) {
      view = {
        agentsNamed: (name) => index.agentsNamed(name),
        agentsNamedIgnoringCase: (name) => index.agentsNamedIgnoringCase(name),
        agentNames: () => index.names(),
        get hasAgents() {
          return index.size > (index.get(uri) ? 1 : 0);
        },
        skills: () => (host.listSkills ? skillsOf(uri) : undefined),
      };
      ruleWorkspaces.set(uri, view);
    }
    return view;
  }

  function baselineOf(document: DocumentInput): string | undefined {
    try {
      return host.baselineOf?.(document);
    } catch (error) {
      host.log(`Reading the committed version of ${document.uri} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Whether a rule that reads the baseline runs for this profile and these settings (else the host is not asked: no git for subagents). */
  const baselineWanted = new WeakMap<AgentsmithSettings, Map<ProfileId, boolean>>();
  function wantsBaseline(profile: ProfileId, settings: AgentsmithSettings): boolean {
    let byProfile = baselineWanted.get(settings);
    if (!byProfile) baselineWanted.set(settings, (byProfile = new Map()));
    let wanted = byProfile.get(profile);
    if (wanted === undefined) {
      wanted = rules.some((rule) => rule.dependsOn?.includes('baseline') && rule.profiles.includes(profile) && settings.rules[rule.id] !== 'off');
      byProfile.set(profile, wanted);
    }
    return wanted;
  }

  /** The entry's baseline object, replaced only when the committed text changes (so it is parsed once). */
  function baselineFor(e: CacheEntry, document: DocumentInput, profile: ProfileId, settings: AgentsmithSettings): Baseline | undefined {
    if (!host.baselineOf || !wantsBaseline(profile, settings)) return undefined;
    const text = baselineOf(document);
    if (text === undefined) return undefined;
    if (e.baseline?.text === text) return e.baseline;
    const uri = document.uri;
    let parsed: AgentDocument | undefined;
    e.baseline = {
      text,
      get doc() {
        return (parsed ??= parseAgentDocument(uri, -1, text));
      },
      memo: new Map(),
    };
    return e.baseline;
  }

  function findings(document: DocumentInput, settings: AgentsmithSettings): Finding[] {
    const e = entry(document);
    const profile = profileFor(e, document.path, settings);
    overlay(e, document.path, profile);
    const baseline = baselineFor(e, document, profile, settings);
    const generation = index.generation;
    const f = e.findings;
    if (f && f.settings === settings && f.generation === generation && f.baseline === baseline) return f.list;
    const list = runRules({
      doc: e.doc,
      profile,
      schema: schemaFor(profile, settings),
      settings,
      path: document.path,
      inAgentsFolder: isInClaudeAgentsFolder(document.path) || isInPluginAgentsFolder(document.path),
      workspace: ruleWorkspace(document.uri),
      workspaceGeneration: generation,
      baseline,
      rules,
      memo: e.ruleMemo,
      onRuleError: (ruleId, error) => host.log(`Rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
    });
    e.findings = { settings, profile, generation, baseline, list };
    return list;
  }

  /** Docs that depend only on the schema, built once for all completion lists. */
  const docs = new DocsMemo();

  /** The host's skills for a document; a failing host costs the skills, not the request. */
  function skillsOf(uri: string): readonly SkillInfo[] {
    try {
      return host.listSkills?.(uri) ?? [];
    } catch (error) {
      host.log(`Listing skills for ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  function navigationContext(document: DocumentInput, position: Position): navigation.NavigationContext {
    return { doc: entry(document).doc, path: document.path, position, index, skills: () => skillsOf(document.uri) };
  }

  function isAgentFile(document: DocumentInput, settings: AgentsmithSettings): boolean {
    let byPath = pathDecisions.get(settings);
    if (!byPath) pathDecisions.set(settings, (byPath = new Map()));
    let decision = byPath.get(document.path);
    if (!byPath.has(document.path)) byPath.set(document.path, (decision = decideByPath(document.path, settings)));
    return decision ?? decideByContent(document.path, document.getText());
  }

  return Object.freeze({
    isAgentFile,
    parse: (document: DocumentInput) => entry(document).doc,
    profileOf: (document: DocumentInput, settings: AgentsmithSettings) => profileFor(entry(document), document.path, settings),
    diagnose(document: DocumentInput, settings: AgentsmithSettings): Diagnostic[] {
      return findings(document, settings).map((f) => {
        let diagnostic = diagnosticOf.get(f);
        if (!diagnostic) diagnosticOf.set(f, (diagnostic = toDiagnostic(f, host.ruleDocsUri?.(f.ruleId), document.uri)));
        return diagnostic;
      });
    },
    agentModel(document: DocumentInput, settings: AgentsmithSettings): AgentModel {
      // The findings the diagnostics are made of, for this version and these settings (cached);
      // none for a file Agentsmith does not check, as the editor shows none for it either.
      const checked = isAgentFile(document, settings);
      const list = checked ? findings(document, settings) : [];
      const e = entry(document);
      return buildAgentModel(e.doc, profileFor(e, document.path, settings), checked, list);
    },
    codeActions(document: DocumentInput, settings: AgentsmithSettings, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
      const list = findings(document, settings);
      const wants = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(o + '.'));
      const actions = wants('quickfix') ? quickFixes(document.uri, list, diagnostics) : [];
      if (wants(FIX_ALL_KIND)) {
        const edits = fixAllEdits(list);
        if (edits.length > 0) actions.push(fixAllAction(document.uri, edits));
      }
      if (wants(BUMP_VERSION_KIND)) actions.push(...bumpVersionActions(entry(document).doc, document.uri, range));
      return actions;
    },
    fixAll: (document: DocumentInput, settings: AgentsmithSettings): TextEdit[] => fixAllEdits(findings(document, settings)),
    documentSymbols: (document: DocumentInput): DocumentSymbol[] => documentSymbols(entry(document).doc),
    foldingRanges: (document: DocumentInput): FoldingRange[] => foldingRanges(entry(document).doc),
    semanticTokens(document: DocumentInput, settings: AgentsmithSettings): number[] {
      const e = entry(document);
      const doc = e.doc;
      const schema = schemaFor(profileFor(e, document.path, settings), settings);
      const isTool = (word: string) => schema.tools.has(word) || schema.renamedTools.has(word) || word.startsWith('mcp__');
      return encodeSemanticTokens(semanticTokenList(doc, isTool));
    },
    bumpVersion: (document: DocumentInput, level: BumpLevel) => planVersionBump(entry(document).doc, level),
    complete(document: DocumentInput, settings: AgentsmithSettings, position: Position, request: CompletionRequest = {}): CompletionList {
      const e = entry(document);
      const doc = e.doc;
      const profile = profileFor(e, document.path, settings);
      return completions(
        {
          doc,
          profile,
          schema: schemaFor(profile, settings),
          path: document.path,
          position,
          triggerKind: request.triggerKind ?? 1,
          triggerCharacter: request.triggerCharacter,
          retriggerCommand: request.retriggerCommand,
          skills: () => skillsOf(document.uri),
          agents: () => otherAgents(document),
          docs,
        },
        { snippets: request.snippets ?? true },
      );
    },
    hover(document: DocumentInput, settings: AgentsmithSettings, position: Position): Hover | null {
      const list = findings(document, settings);
      const e = entry(document);
      const profile = profileFor(e, document.path, settings);
      const context = { doc: e.doc, profile, schema: schemaFor(profile, settings), position, skills: () => skillsOf(document.uri), agents: () => otherAgents(document), docs };
      return hover(context, list, host.ruleDocsUri);
    },
    workspace: index,
    indexFile(uri: string, path: string, text: string, settings: AgentsmithSettings): boolean {
      if (cache.has(uri)) return isAgentFile({ uri, version: 0, path, getText: () => text }, settings);
      const input: DocumentInput = { uri, version: 0, path, getText: () => text };
      if (!isAgentFile(input, settings)) {
        index.delete(uri);
        return false;
      }
      const doc = parseAgentDocument(uri, 0, text);
      index.set(summarizeAgent(doc, path, detectProfile(doc, path, settings)));
      return true;
    },
    definition: (document: DocumentInput, _settings: AgentsmithSettings, position: Position) => navigation.definition(navigationContext(document, position)),
    references: (document: DocumentInput, _settings: AgentsmithSettings, position: Position, includeDeclaration: boolean) =>
      navigation.references(navigationContext(document, position), includeDeclaration),
    prepareRename: (document: DocumentInput, _settings: AgentsmithSettings, position: Position) => navigation.prepareRename(navigationContext(document, position)),
    rename: (document: DocumentInput, _settings: AgentsmithSettings, position: Position, newName: string, options: { renameFile?: boolean } = {}) =>
      navigation.rename(navigationContext(document, position), newName, options),
    workspaceSymbols: (query: string) => navigation.workspaceSymbols(index, query),
    forget(uri: string): void {
      cache.delete(uri);
      ruleWorkspaces.delete(uri);
    },
  });
}

