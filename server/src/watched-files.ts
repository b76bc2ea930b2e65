/**
 * The one place that watches files: asks a client that can (dynamic registration of
 * `workspace/didChangeWatchedFiles`) to report Markdown files and deleted folders, and routes
 * each report to whoever caches what changed — the workspace index (created and changed files
 * are read again, deleted ones dropped; a rename arrives as a delete and a create), the skills
 * catalog (any change under a `skills/` folder), the project configs (`.agentsmith.json`), and
 * Check Workspace's published problems.
 * Without a watching client, the index is built at start and refreshed when documents close
 * or Check Workspace runs; skills are re-read every few seconds.
 */
import { type Connection, DidChangeWatchedFilesNotification, FileChangeType, type FileEvent, WatchKind } from 'vscode-languageserver/node';
import type { AgentsmithLanguageService } from './core/service';
import { pathOfUri } from './document-input';
import { PROJECT_CONFIG_GLOB, type ProjectConfigStore } from './project-config-store';
import { describeError, type Logger, runSafeVoid } from './run-safe';
import type { SkillsCatalog } from './skills-catalog';
import type { WorkspaceIndexer } from './workspace-indexer';

/** Every Markdown file: agent candidates and SKILL.md files alike. */
export const MARKDOWN_FILES_GLOB = '**/*.md';
/** Anything deleted: a deleted (or renamed) folder is reported once, not file by file. */
export const DELETED_ANYTHING_GLOB = '**/*';

export interface WatchedFilesDependencies {
  log: Logger;
  service: AgentsmithLanguageService;
  indexer: WorkspaceIndexer;
  skills: SkillsCatalog;
  /** `.agentsmith.json` files: a created, changed or deleted one means new settings. */
  projectConfigs?: Pick<ProjectConfigStore, 'filesChanged'>;
  /** Told after the index has taken the changes in (Check Workspace re-checks closed files). */
  afterChanges?(changed: readonly string[], deleted: readonly string[]): void | Promise<void>;
}

const UNDER_SKILLS = /(^|\/)skills\//;

export class WatchedFiles {
  private registered = false;

  constructor(
    private readonly connection: Connection,
    private readonly deps: WatchedFilesDependencies,
  ) {
    connection.onDidChangeWatchedFiles((params) => void runSafeVoid(deps.log, 'workspace/didChangeWatchedFiles', () => this.handle(params.changes)));
  }

  /** Asks the client to watch (once); `include` globs of non-Markdown agent files are watched too. */
  register(include: readonly string[] = []): void {
    if (this.registered) return;
    this.registered = true;
    const extra = include.filter((glob) => !glob.endsWith('.md')).map((glob) => (glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`));
    const watchers = [
      { globPattern: MARKDOWN_FILES_GLOB },
      ...extra.map((globPattern) => ({ globPattern })),
      { globPattern: PROJECT_CONFIG_GLOB },
      { globPattern: DELETED_ANYTHING_GLOB, kind: WatchKind.Delete },
    ];
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .then(() => this.deps.skills.setWatched(true))
      .catch((error: unknown) => this.deps.log(`[warn] could not watch files; the index refreshes when documents close, skills every few seconds: ${describeError(error)}`));
  }

  private async handle(changes: readonly FileEvent[]): Promise<void> {
    // The last report per file wins (changed then deleted = deleted; deleted then created = created).
    const last = new Map<string, FileChangeType>();
    for (const change of changes) {
      last.delete(change.uri);
      last.set(change.uri, change.type);
    }
    const deleted = [...last].filter(([, type]) => type === FileChangeType.Deleted).map(([uri]) => uri);
    const changed = [...last].filter(([, type]) => type !== FileChangeType.Deleted).map(([uri]) => uri);
    if ([...last.keys()].some((uri) => UNDER_SKILLS.test(pathOfUri(uri)))) {
      this.deps.skills.invalidate();
      this.deps.service.workspace.touch();
    }
    this.deps.projectConfigs?.filesChanged([...last.keys()]);
    // Deleted first: a folder deleted and a file created inside it again (a checkout) ends present.
    if (deleted.length > 0) await this.deps.indexer.filesDeleted(deleted);
    if (changed.length > 0) await this.deps.indexer.filesChanged(changed);
    await this.deps.afterChanges?.(changed, deleted);
  }
}
