/** One command per file, each a small object; `index.ts` lists them and registers the list. */
export interface Command {
  /** The id contributed in package.json (`contributes.commands`). */
  readonly id: string;
  execute(...args: unknown[]): unknown;
}
