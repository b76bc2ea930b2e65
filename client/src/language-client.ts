/**
 * Creates the LanguageClient for the bundled server (`dist/server.js`, the same file users run
 * with `--stdio`), started over Node IPC. Only Markdown and `chatagent` documents in `file`
 * and `untitled` schemes are sent (the server decides which of them are agent files), and
 * `.agentsmith.json` files, whose problems the server reports in them.
 */
import * as vscode from 'vscode';
import {
  type DocumentSelector,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { AGENT_FILE_LANGUAGES, AGENT_FILE_SCHEMES, PROJECT_CONFIG_FILE_NAME } from './agent-file-gate';
import { explicitSettings } from './explicit-settings';

export const CLIENT_ID = 'agentsmith';
export const CLIENT_NAME = 'Agentsmith';
export const SERVER_BUNDLE = 'dist/server.js';

export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...AGENT_FILE_LANGUAGES.flatMap((language) => AGENT_FILE_SCHEMES.map((scheme) => ({ language, scheme }))),
  { scheme: 'file', pattern: `**/${PROJECT_CONFIG_FILE_NAME}` },
];

/** The section the server asks for; answered with explicitly set values only (see `explicit-settings.ts`). */
const SETTINGS_SECTION = 'agentsmith';

/**
 * Answers the server's `workspace/configuration` requests for our section from what the user
 * set, so that a project's `.agentsmith.json` shows through wherever the user set nothing.
 * Other sections (none today) get VS Code's usual answer.
 */
const answerConfiguration: NonNullable<NonNullable<NonNullable<LanguageClientOptions['middleware']>['workspace']>['configuration']> = async (
  params,
  token,
  next,
) => {
  const usual = params.items.some((item) => item.section !== SETTINGS_SECTION) ? await next(params, token) : [];
  if (!Array.isArray(usual)) return usual; // an error from VS Code's side, passed on
  return params.items.map((item, index) => {
    if (item.section !== SETTINGS_SECTION) return usual[index] ?? null;
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined);
    return explicitSettings((key) => config.inspect(key));
  });
};

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(SERVER_BUNDLE);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6039'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    // Problems belong in the Problems view; the log is there when someone asks for it.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Settings are pulled by the server per resource (workspace/configuration) and the server
    // registers for didChangeConfiguration itself, so nothing is synchronized from here.
    middleware: { workspace: { configuration: answerConfiguration } },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
