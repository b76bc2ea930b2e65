/**
 * The server's view of `.agentsmith.json` files: which config applies to a document (the
 * nearest one up to its workspace folder or repository root, see `files/project-config.ts`),
 * read once and cached per folder until a config file changes. The client reports changes
 * through its file watcher (`**\/.agentsmith.json`) or, without one, by saving a config document
 * it has open. A config's problems are logged once per read; they are also the config
 * document's diagnostics while it is open. Never throws: an unreadable config is logged and
 * the defaults apply.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { PROJECT_CONFIG_FILE_NAME, type SettingsLayer, validateConfig } from './core/config/index';
import { DIAGNOSTIC_SOURCE } from './core/service';
import { pathOfUri } from './document-input';
import { findProjectConfigPath, formatConfigProblem, type ProjectConfig, readProjectConfig } from './files/project-config';
import { describeError, type Logger } from './run-safe';

/** What the server asks the client to watch for config changes. */
export const PROJECT_CONFIG_GLOB = `**/${PROJECT_CONFIG_FILE_NAME}`;

/** Whether a URI names a project config file (by its name, whatever folder it is in). */
export function isProjectConfigUri(uri: string): boolean {
  // The suffix test first: this runs for every document on every keystroke.
  return uri.endsWith(PROJECT_CONFIG_FILE_NAME) && uri.startsWith('file:') && pathOfUri(uri).endsWith(`/${PROJECT_CONFIG_FILE_NAME}`);
}

/**
 * The problems of a config document as the editor has it (unsaved edits included), as
 * diagnostics. The settings come from the file on disk; these show what saving it would give.
 */
export function configFileDiagnostics(text: string): Diagnostic[] {
  // A byte order mark becomes a space: the ranges stay in the text's own coordinates.
  return validateConfig(text.replace(/^\uFEFF/, ' ')).problems.map((problem) => ({
    range: problem.range,
    message: problem.message,
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
  }));
}

export class ProjectConfigStore {
  private workspaceFolders: string[] = [];
  /** Folder of a document → the config that applies there (undefined: none). */
  private readonly byFolder = new Map<string, Promise<ProjectConfig | undefined>>();
  /** Config path → its contents, shared by every folder it applies to. */
  private readonly byPath = new Map<string, Promise<ProjectConfig>>();

  constructor(
    private readonly log: Logger,
    /** Called after config files changed and the caches were dropped: settings must be merged again. */
    private readonly onChange: () => void,
  ) {}

  /** The workspace folders (from `initialize`, then as they change): walks for a config stop at them. */
  setWorkspaceFolders(folders: readonly { uri: string }[] | null | undefined, rootUri?: string | null): void {
    this.byFolder.clear(); // where a walk stops may have moved
    const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.workspaceFolders = uris.filter((uri) => uri.startsWith('file:')).flatMap((uri) => {
      try {
        return [fileURLToPath(uri)];
      } catch {
        return [];
      }
    });
  }

  /** The settings layer of the config that applies to a document; undefined when none does. */
  async layerFor(uri: string): Promise<SettingsLayer | undefined> {
    return (await this.configFor(uri))?.settings;
  }

  /** The config that applies to a document: for an unsaved buffer, the first workspace folder's. */
  configFor(uri: string): Promise<ProjectConfig | undefined> {
    const folder = uri.startsWith('file:') ? dirname(pathOfUri(uri)) : this.workspaceFolders[0];
    if (folder === undefined) return Promise.resolve(undefined);
    let pending = this.byFolder.get(folder);
    if (!pending) {
      pending = this.find(folder);
      this.byFolder.set(folder, pending);
    }
    return pending;
  }

  /**
   * Files changed on disk (watcher events, or a saved config document): when any of them is a
   * config file or a deleted folder that held one, every cached answer is dropped (a new config
   * may now be the nearest for many folders) and `onChange` runs. Returns whether that happened.
   */
  filesChanged(uris: readonly string[]): boolean {
    if (!uris.some((uri) => isProjectConfigUri(uri) || this.holdsKnownConfig(uri))) return false;
    this.byFolder.clear();
    this.byPath.clear();
    this.onChange();
    return true;
  }

  /** A deleted folder is reported as itself, not file by file: did it hold a config we read? */
  private holdsKnownConfig(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const folder = `${pathOfUri(uri).replace(/\/+$/, '')}/`;
    return [...this.byPath.keys()].some((path) => path.replace(/\\/g, '/').startsWith(folder));
  }

  private async find(folder: string): Promise<ProjectConfig | undefined> {
    try {
      const path = await findProjectConfigPath(folder, { stopAt: this.workspaceFolders });
      if (!path) return undefined;
      let loading = this.byPath.get(path);
      if (!loading) {
        loading = readProjectConfig(path).then((config) => {
          for (const problem of config.problems) this.log(`[warn] ${formatConfigProblem(config, problem)}`);
          return config;
        });
        this.byPath.set(path, loading);
      }
      return await loading;
    } catch (error) {
      this.log(`[warn] could not look for ${PROJECT_CONFIG_FILE_NAME} from ${folder}, using the defaults: ${describeError(error)}`);
      return undefined;
    }
  }
}
