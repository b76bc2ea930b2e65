import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/create-service';
import type { DocumentInput, LanguageServiceHost } from '../../../server/src/core/service';

/** Repository root, from the compiled test's location (out/test/unit/support). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

export function input(text: string, filePath = '/ws/.claude/agents/sample.md', version = 1): DocumentInput {
  return { uri: 'file://' + filePath, version, path: filePath, getText: () => text };
}

/** A service whose log calls fail the test: a throwing rule is a bug in tests, logged in production. */
export function strictService(host: Partial<LanguageServiceHost> = {}) {
  return createLanguageService({
    ...host,
    log(message) {
      throw new Error(`language service logged: ${message}`);
    },
  });
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), [...edits]);
}
