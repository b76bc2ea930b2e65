/**
 * Settings for the CLI, as the server computes them: the defaults, then the `.agentsmith.json`
 * that applies to each file (the nearest one upwards, as in the editor), then the command
 * line (`--profile`). `--config <file>` makes one file apply to everything, `--no-config` none.
 *
 * A config problem of severity `error` (the file cannot be read or parsed, or a value is
 * ignored) stops the run with exit code 2: CI must not pass on a config that says something
 * other than what it means. Warnings (unknown keys or rule ids) are printed and the run goes on.
 */
import { dirname, resolve } from 'node:path';
import { mergeSettings, type SettingsLayer } from '../core/config/index';
import type { AgentsmithSettings } from '../core/settings';
import { findProjectConfigPath, formatConfigProblem, type ProjectConfig, readProjectConfig } from '../files/project-config';
import type { CommonOptions } from './args';

export interface ConfigReport {
  /** `path:line:col: severity: message` lines, for stderr. */
  messages: string[];
  /** Whether some config has an error (exit code 2). */
  failed: boolean;
}

export class CliSettings {
  /** Configs read, by path; undefined for "no config here". */
  private readonly configs = new Map<string, ProjectConfig>();
  /** Folder → the config path that applies there (or null for none). */
  private readonly configOfFolder = new Map<string, string | null>();
  /** Config path (or '' for none) → the merged settings object (one per config: the service caches by identity). */
  private readonly settingsOf = new Map<string, AgentsmithSettings>();
  private readonly cliLayer: SettingsLayer;
  private fixedConfig: string | null | undefined;

  private constructor(options: CommonOptions) {
    this.cliLayer = options.profile ? { profile: options.profile } : {};
    if (options.noConfig) this.fixedConfig = null;
  }

  /** Reads `--config` when given; otherwise configs are found per folder as files come. */
  static async create(options: CommonOptions, cwd: string): Promise<CliSettings> {
    const settings = new CliSettings(options);
    if (options.config !== undefined) {
      const path = resolve(cwd, options.config);
      settings.configs.set(path, await readProjectConfig(path));
      settings.fixedConfig = path;
    }
    return settings;
  }

  /** Finds and reads the config of each of these folders (call before `forFolder` / `forFile`). */
  async prepare(folders: Iterable<string>): Promise<void> {
    if (this.fixedConfig !== undefined) return;
    for (const folder of new Set(folders)) {
      if (this.configOfFolder.has(folder)) continue;
      const found = (await findProjectConfigPath(folder)) ?? null;
      this.configOfFolder.set(folder, found);
      if (found && !this.configs.has(found)) this.configs.set(found, await readProjectConfig(found));
    }
  }

  /** The settings that apply to a file. */
  forFile(path: string): AgentsmithSettings {
    return this.forFolder(dirname(path));
  }

  /** The settings that apply in a folder (prepared before). */
  forFolder(folder: string): AgentsmithSettings {
    const configPath = this.fixedConfig !== undefined ? this.fixedConfig : this.configOfFolder.get(folder) ?? null;
    const key = configPath ?? '';
    let settings = this.settingsOf.get(key);
    if (!settings) {
      const config = configPath ? this.configs.get(configPath) : undefined;
      settings = mergeSettings(config?.settings, this.cliLayer);
      this.settingsOf.set(key, settings);
    }
    return settings;
  }

  /** Every problem of every config read so far, once each. */
  report(): ConfigReport {
    const messages: string[] = [];
    let failed = false;
    for (const config of this.configs.values()) {
      for (const problem of config.problems) {
        messages.push(formatConfigProblem(config, problem));
        if (problem.severity === 'error') failed = true;
      }
    }
    return { messages, failed };
  }

  /** The config files that apply (for --verbose). */
  configPaths(): string[] {
    return [...this.configs.keys()];
  }
}
