// The packaged extension is present and activates in the extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

export function registerExtensionTests(): void {
  describe('extension', () => {
    it('is installed from the package and activates', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not loaded`);
      // The runner says which folder it unpacked the .vsix into: make sure that copy is the one
      // loaded, not one installed from elsewhere.
      const expectedPath = process.env.AGENTSMITH_E2E_EXTENSION_PATH;
      if (expectedPath) assert.equal(extension.extensionPath, expectedPath);
      await extension.activate();
      assert.equal(extension.isActive, true);
    });
  });
}
