// The agent preview in real VS Code: the command opens a webview panel beside the editor; the
// panel shows the card, the three phases and the checklist count; an edit shows up in it. What
// the panel rendered and which version its webview reports showing are read through the
// extension's internal `agentsmith.preview.state` command, which waits on the webview's own
// acknowledgement (an event), so there is no polling. The UI check (lib/preview-ui.mjs) looks at
// the same panel on screen and takes the light and dark screenshots.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor, rangeOf, replaceDocumentText } from './helpers';

const STATE_COMMAND = 'agentsmith.preview.state';

interface PanelState {
  uri: string;
  renderedVersion: number | undefined;
  shownVersion: number | undefined;
  overviewHtml: string;
  chunkCount: number;
}

/** The panel's state once its webview shows `version`; fails readably if it never does. */
async function shownState(uri: vscode.Uri, version: number, guardMs = 20_000): Promise<PanelState> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the preview of ${vscode.workspace.asRelativePath(uri)} did not show version ${version} within ${guardMs / 1000} s`)), guardMs);
  });
  try {
    const states = await Promise.race([vscode.commands.executeCommand<PanelState[]>(STATE_COMMAND, uri.toString(), version), guard]);
    assert.equal(states.length, 1, 'one preview panel for the document');
    return states[0]!;
  } finally {
    clearTimeout(timer);
  }
}

const count = (html: string, pattern: RegExp): number => (html.match(pattern) ?? []).length;

export function registerPreviewTests(): void {
  describe('preview', () => {
    it('opens beside the editor and shows the card, the three phases and the checklist count', async () => {
      const editor = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      await vscode.commands.executeCommand('agentsmith.openPreviewToSide');
      const state = await shownState(editor.document.uri, editor.document.version);
      assert.equal(state.renderedVersion, editor.document.version);
      assert.match(state.overviewHtml, /<h1 class="agent-name"[^>]*>api-reviewer<\/h1>/);
      assert.match(state.overviewHtml, /v2\.1\.0/);
      assert.match(state.overviewHtml, /methodology-specialist/);
      assert.equal(count(state.overviewHtml, /<li class="phase"/g), 3, 'three phases');
      assert.equal(count(state.overviewHtml, /phase-missing/g), 0);
      assert.match(state.overviewHtml, /class="count-badge">2 items</);
      assert.match(state.overviewHtml, /No problems/);
      assert.ok(state.chunkCount > 5, 'the body is rendered below the overview');
      const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
      assert.ok(tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === 'Preview api-reviewer'), 'a webview tab titled with the agent name');
    });

    it('follows edits: a new checklist item and a removed phase show up', async () => {
      const editor = await openInEditor('.claude/agents/specialists/api-reviewer.md');
      const { document } = editor;
      const original = document.getText();
      try {
        await vscode.commands.executeCommand('agentsmith.openPreviewToSide');
        await shownState(document.uri, document.version);

        assert.equal(await editor.edit((builder) => builder.insert(rangeOf(document, '- [ ] Every finding has a suggestion').end, '\n- [ ] The review was posted')), true);
        let state = await shownState(document.uri, document.version);
        assert.match(state.overviewHtml, /class="count-badge">3 items</);
        assert.match(state.overviewHtml, /The review was posted/);

        assert.equal(await editor.edit((builder) => builder.replace(rangeOf(document, '### Phase 2: Review'), '### Review')), true);
        state = await shownState(document.uri, document.version);
        assert.equal(count(state.overviewHtml, /<li class="phase phase-missing"/g), 1, 'the removed phase is a gap');
        assert.match(state.overviewHtml, /Phase 2/);
        assert.match(state.overviewHtml, /phase-missing/);
        assert.match(state.overviewHtml, /data-problem="0"/, 'the problems strip counts the new warning');
      } finally {
        await replaceDocumentText(document, original);
        await shownState(document.uri, document.version);
      }
    });

    it('binds ctrl+k a without taking a default VS Code binding', async () => {
      await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
      const defaults = vscode.window.activeTextEditor?.document.getText() ?? '';
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      assert.ok(defaults.length > 10_000, 'the default keybindings were read');
      const taken = [...defaults.matchAll(/"key":\s*"(ctrl|cmd)\+k a"[\s\S]*?"command":\s*"([^"]+)"/g)].map((match) => match[2]);
      assert.deepEqual(taken.filter((command) => command !== 'agentsmith.openPreviewToSide'), [], 'no other command on ctrl+k a');
    });
  });
}
