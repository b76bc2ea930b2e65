// Shared helpers for the extension-host suite. Everything waits on VS Code events; the only
// timers are guards that turn a hang into a readable failure.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'agentsmith.agentsmith';
export const OUR_SOURCE = 'agentsmith';

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test window has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Agentsmith's own diagnostics. VS Code adds its own (source-less) ones to `chatagent` files,
 * so every assertion filters by source.
 */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === OUR_SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return '(no diagnostics)';
  return all
    .map((d) => `${d.source ?? '-'}/${codeOf(d)} @${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .join('\n      ');
}

/**
 * Resolves with our diagnostics once `predicate` holds for them, checking now and on every
 * onDidChangeDiagnostics for the uri. Rejects after `guardMs` with what was there.
 */
export function waitForOurDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  guardMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ourDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const guard = setTimeout(() => {
      finish();
      reject(new Error(`timed out waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; it has:\n      ${describeDiagnostics(uri)}`));
    }, guardMs);
    const finish = (): void => {
      clearTimeout(guard);
      subscription.dispose();
    };
    check();
  });
}

/** Waits until our diagnostics include every code in `codes`. */
export function waitForCodes(uri: vscode.Uri, codes: string[], guardMs?: number): Promise<vscode.Diagnostic[]> {
  return waitForOurDiagnostics(
    uri,
    (diagnostics) => codes.every((code) => diagnostics.some((d) => codeOf(d) === code)),
    `codes ${codes.join(', ')}`,
    guardMs,
  );
}

export function findByCode(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const found = diagnostics.find((d) => codeOf(d) === code);
  if (!found) throw new Error(`no ${code} diagnostic among: ${diagnostics.map(codeOf).join(', ') || '(none)'}`);
  return found;
}

/** The text a range covers: asserting on it checks the range without brittle numbers. */
export function textAt(document: vscode.TextDocument, range: vscode.Range): string {
  return document.getText(range);
}

let barrierCount = 0;

/**
 * Proves that the language server has caught up with everything shown before: writes and shows
 * a fresh defective agent file and waits for its diagnostics. The client asks for the documents
 * in the order they were shown and the server answers in order, so a file shown earlier that
 * still has none really has none.
 */
export async function waitForServerToCatchUp(): Promise<void> {
  barrierCount += 1;
  const uri = workspaceUri(`.claude/agents/barrier-${barrierCount}.md`);
  const text = `---\nname: barrier-${barrierCount}\ndescription: Use this agent to prove the server caught up.\nmodel: gpt-4\n---\n\nYou wait.\n`;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  await waitForOurDiagnostics(document.uri, (diagnostics) => diagnostics.length > 0, 'barrier diagnostics');
}

/** Replaces the whole document text (used to undo a test's edits without saving). */
export async function replaceDocumentText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) throw new Error(`could not restore ${document.uri.path}`);
}

/** The position of the first occurrence of `needle` (fails loudly when it is absent). */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not found in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}
