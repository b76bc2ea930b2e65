/**
 * What the CLI's commands get from the process, as one object, so tests can run a command
 * in process with their own folder, environment and output buffers.
 */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTty: boolean;
  /** The package's version (package.json). */
  version: string;
  /** Folder of the running bundle: the shipped docs/rules pages are found from there. */
  bundleFolder: string;
}
