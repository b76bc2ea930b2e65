#!/usr/bin/env node
// The protocol floor: a minimal LSP server over stdio that does everything our server must do
// except the work. It keeps each document in sync (incremental, like ours, so it pays the same
// text-update cost and holds the same text in memory) and answers every didOpen / didChange at
// once with an empty publishDiagnostics for that version; completion and hover requests get an
// empty answer at once.
//
//   node bench/echo-server.mjs --stdio
import server from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const { createConnection, TextDocuments, TextDocumentSyncKind } = server;

const connection = createConnection(process.stdin, process.stdout);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental }, completionProvider: {}, hoverProvider: true },
  serverInfo: { name: 'agentsmith-bench-echo', version: '1' },
}));

documents.onDidChangeContent(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
});

connection.onCompletion(() => ({ isIncomplete: false, items: [] }));
connection.onHover(() => null);

documents.listen(connection);
connection.listen();
