/**
 * "Agentsmith: New Agent" — asks for a name (checked against the core's name rules as you
 * type, via the server), the kind of agent (Claude Code subagent or a three-phase class) and
 * the model; writes `<name>.md` into `.claude/agents/` of the workspace folder (or into the
 * folder it was run on from the Explorer), never over an existing file, and opens it with the
 * cursor on the first placeholder. The content comes from the server, as a snippet.
 *
 * Tests (and keybindings) may pass `{ name, kind, model, folder }` to skip the questions.
 */
import * as vscode from 'vscode';
import {
  type AgentKind,
  type AgentNameCheck,
  NEW_AGENT_CHOICES_METHOD,
  NEW_AGENT_CONTENT_METHOD,
  type NewAgentChoices,
  type NewAgentContentParams,
  type NewAgentContentResult,
  VALIDATE_AGENT_NAME_METHOD,
} from '../../../server/src/protocol/messages';
import type { Command } from './command';

/** What the command needs from the language server. */
export interface AgentServer {
  sendRequest<R>(method: string, params: unknown): Promise<R | undefined>;
}

export interface NewAgentArguments {
  name?: string;
  kind?: AgentKind;
  model?: string;
  /** The folder to write into (a Uri or a file-system path); default `.claude/agents/` of the workspace folder. */
  folder?: vscode.Uri | string;
}

const AGENTS_FOLDER = ['.claude', 'agents'];
const NOT_RUNNING = 'Agentsmith: the language server is not running; see the Agentsmith output channel.';

export class NewAgentCommand implements Command {
  readonly id = 'agentsmith.newAgent';

  constructor(private readonly server: AgentServer) {}

  /** Resolves with the new file's URI, or undefined when cancelled or refused. */
  async execute(argument?: unknown): Promise<vscode.Uri | undefined> {
    const options: NewAgentArguments = argument instanceof vscode.Uri ? { folder: argument } : isArguments(argument) ? argument : {};
    const folder = await this.targetFolder(options.folder);
    if (!folder) return undefined;
    const choices = await this.server.sendRequest<NewAgentChoices>(NEW_AGENT_CHOICES_METHOD, {});
    if (!choices) return void vscode.window.showErrorMessage(NOT_RUNNING);

    const name = options.name !== undefined ? await this.checkedName(options.name, folder) : await this.askName(folder);
    if (!name) return undefined;
    const kind = options.kind ?? (await askKind(choices));
    if (!kind) return undefined;
    const model = options.model ?? (await askModel(choices, kind));
    if (!model) return undefined;

    const params: NewAgentContentParams = { kind, name, model };
    const content = await this.server.sendRequest<NewAgentContentResult>(NEW_AGENT_CONTENT_METHOD, params);
    if (!content?.snippet) return void vscode.window.showErrorMessage(NOT_RUNNING);
    return writeAndOpen(vscode.Uri.joinPath(folder, `${name}.md`), content.snippet);
  }

  /** The given folder; else `.claude/agents/` of the (chosen) workspace folder; else one the user picks. */
  private async targetFolder(given: vscode.Uri | string | undefined): Promise<vscode.Uri | undefined> {
    if (given !== undefined) return typeof given === 'string' ? toUri(given) : given;
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) return vscode.Uri.joinPath(folders[0].uri, ...AGENTS_FOLDER);
    if (folders.length > 1) {
      const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new agent (it goes into .claude/agents/)' });
      return picked && vscode.Uri.joinPath(picked.uri, ...AGENTS_FOLDER);
    }
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Create the agent here' });
    return chosen?.[0];
  }

  private async askName(folder: vscode.Uri): Promise<string | undefined> {
    const name = await vscode.window.showInputBox({
      title: 'New Agent (1/3): name',
      prompt: `Lowercase words joined by hyphens; the file becomes <name>.md in ${vscode.workspace.asRelativePath(folder)}`,
      placeHolder: 'api-designer',
      ignoreFocusOut: true,
      validateInput: (value) => this.validationMessage(value, folder),
    });
    return name?.trim() || undefined;
  }

  /** For a name passed as an argument: refused names are shown, not written. */
  private async checkedName(name: string, folder: vscode.Uri): Promise<string | undefined> {
    const problem = await this.validationMessage(name, folder);
    if (problem && problem.severity === vscode.InputBoxValidationSeverity.Error) {
      void vscode.window.showErrorMessage(`Agentsmith: ${problem.message}`);
      return undefined;
    }
    return name.trim();
  }

  private async validationMessage(value: string, folder: vscode.Uri): Promise<vscode.InputBoxValidationMessage | undefined> {
    const check = await this.server.sendRequest<AgentNameCheck>(VALIDATE_AGENT_NAME_METHOD, { name: value });
    if (check?.severity === 'error' && check.message) return { message: check.message, severity: vscode.InputBoxValidationSeverity.Error };
    if (await exists(vscode.Uri.joinPath(folder, `${value.trim()}.md`))) {
      return { message: `${value.trim()}.md already exists there; choose another name.`, severity: vscode.InputBoxValidationSeverity.Error };
    }
    if (check?.severity === 'warning' && check.message) return { message: check.message, severity: vscode.InputBoxValidationSeverity.Warning };
    return undefined;
  }
}

function isArguments(value: unknown): value is NewAgentArguments {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toUri(pathOrUri: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUri) ? vscode.Uri.parse(pathOrUri) : vscode.Uri.file(pathOrUri);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function askKind(choices: NewAgentChoices): Promise<AgentKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    // Not `kind`: QuickPickItem.kind means separator or item.
    choices.kinds.map((choice) => ({ label: choice.label, detail: choice.detail, agentKind: choice.kind })),
    { title: 'New Agent (2/3): kind', placeHolder: 'A Claude Code subagent, or a three-phase specialist of one class', ignoreFocusOut: true, matchOnDetail: true },
  );
  return picked?.agentKind;
}

async function askModel(choices: NewAgentChoices, kind: AgentKind): Promise<string | undefined> {
  const suggested = choices.kinds.find((choice) => choice.kind === kind)?.suggestedModel;
  const ordered = [...choices.models].sort((a, b) => Number(b.model === suggested) - Number(a.model === suggested));
  const picked = await vscode.window.showQuickPick(
    ordered.map((choice) => ({ label: choice.model, description: choice.model === suggested ? 'suggested' : undefined, detail: choice.detail })),
    { title: 'New Agent (3/3): model', placeHolder: 'The model Claude Code runs this agent on', ignoreFocusOut: true },
  );
  return picked?.label;
}

/** Writes an empty file (refusing to replace one), opens it and inserts the content as a snippet. */
async function writeAndOpen(target: vscode.Uri, snippet: string): Promise<vscode.Uri | undefined> {
  if (await exists(target)) {
    void vscode.window.showErrorMessage(`Agentsmith: ${vscode.workspace.asRelativePath(target)} already exists; New Agent does not overwrite files.`);
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, new Uint8Array());
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  // A snippet, so that Tab walks the placeholders; the editor selects the first one.
  const inserted = await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  if (inserted) await document.save();
  return target;
}
