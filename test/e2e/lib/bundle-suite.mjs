// Bundles the in-extension-host suite (TypeScript under test/e2e/suite/) together with its
// mocha into one CommonJS file, so the run depends on neither the source tree's node_modules
// nor the unpacked extension's. `vscode` stays external: the extension host provides it.
import path from 'node:path';
import { E2E_DIR } from './paths.mjs';

export async function bundleSuite(outFile) {
  // esbuild comes from the repository's own devDependencies (it builds the extension too).
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(E2E_DIR, 'suite', 'index.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
    // mocha's optional ESM loader and browser bits are never used in the extension host.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent' },
  });
  return outFile;
}
