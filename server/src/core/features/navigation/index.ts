/**
 * Navigation between agents: definition, references, rename, workspace symbols. Reads the
 * current document's parse and the workspace index; protocol types only.
 */
export type { NavigationContext } from './context';
export { definition } from './definition';
export { references } from './references';
export { prepareRename, rename, RenameError } from './rename';
export { workspaceSymbols } from './workspace-symbols';
