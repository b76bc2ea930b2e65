/**
 * Creates the LanguageClient for the bundled server (`dist/server.js`, the same file users run
 * with `--stdio`), started over Node IPC. Only Markdown and `chatagent` documents in `file`
 * and `untitled` schemes are sent; the server decides which of them are agent files.
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
import { AGENT_FILE_LANGUAGES, AGENT_FILE_SCHEMES } from './agent-file-gate';

export const CLIENT_ID = 'agentsmith';
export const CLIENT_NAME = 'Agentsmith';
export const SERVER_BUNDLE = 'dist/server.js';

export const DOCUMENT_SELECTOR: DocumentSelector = AGENT_FILE_LANGUAGES.flatMap((language) =>
  AGENT_FILE_SCHEMES.map((scheme) => ({ language, scheme })),
);

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
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
