// Bundles the extension: `dist/client.js` (loaded by VS Code, `vscode` stays external),
// `dist/server.js` (the language server: forked by the client over IPC, and the
// `agentsmith-language-server` bin over --stdio), `dist/cli.js` (the `agentsmith` bin), and
// `media/preview.js` (the preview webview's script). Type checking is `npm run typecheck`.
//   node esbuild.mjs            build once
//   node esbuild.mjs --watch    rebuild on change
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
  define: { AGENTSMITH_VERSION: JSON.stringify(manifest.version) },
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM
  // build bundles cleanly (the compiled unit tests keep using the UMD one through Node).
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

/** Every bundle the package ships; tests read this list (e.g. the bin must be one of them). */
export const bundles = [
  { name: 'client', entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    name: 'server',
    entryPoints: ['server/src/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    executable: true,
  },
  // The `agentsmith` CLI (check, schema): the core without the LSP connection, started once per
  // CI step, so its load time counts.
  {
    name: 'cli',
    entryPoints: ['server/src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    executable: true,
  },
  // What dist/cli.js loads (with V8's code cache, written below after the build).
  { name: 'cli-main', entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' },
  // The preview's webview script: browser code, DOM-only, loaded from media/ (the webview's only
  // local resource root) with the page's nonce.
  {
    name: 'preview',
    entryPoints: ['client/src/preview/webview/main.ts'],
    outfile: 'media/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
  },
];

async function build({ watch }) {
  const contexts = await Promise.all(
    bundles.map(({ name, executable, ...options }) => esbuild.context({ ...common, ...options })),
  );
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('esbuild: watching client and server…');
    return;
  }
  try {
    await Promise.all(contexts.map((context) => context.rebuild()));
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
  for (const bundle of bundles) {
    await keepAscii(join(root, bundle.outfile));
    if (bundle.executable) await chmod(join(root, bundle.outfile), 0o755);
  }
  console.log(`esbuild: built ${bundles.map((bundle) => bundle.outfile).join(', ')}`);
  writeCliCodeCache();
}

/**
 * Rewrites every non-ASCII character of a bundle as a `\\uXXXX` escape. esbuild escapes them in
 * strings but leaves them in regular expressions and comments, and V8 keeps a script whose
 * source has a single character beyond Latin-1 at two bytes per character: one `–` in a regex
 * made the server's 2 MB source take 4 MB of every process's heap. The escape means the same
 * in a regex (with or without `u`), a string or a template; in a comment it is only text.
 */
async function keepAscii(file) {
  const text = await readFile(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  // After a backslash the escape would read as a literal `\` and `uXXXX`: say so rather than guess.
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character; write it as \\uXXXX in the source`);
  await writeFile(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * The CLI's V8 code cache: one check of the bundled examples with the cache writer on, so the
 * functions a check runs are compiled into it. Best effort: without it the CLI compiles as usual.
 */
function writeCliCodeCache() {
  rmSync(join(root, 'dist', 'cli-main.cache'), { force: true });
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--no-config', '--format', 'json', 'examples'], {
    cwd: root,
    env: { ...process.env, AGENTSMITH_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  if (run.status !== 0 && run.status !== 1) console.warn(`esbuild: no code cache for the CLI (the check exited with ${run.status ?? run.signal})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build({ watch: process.argv.includes('--watch') }).catch(() => {
    process.exitCode = 1; // esbuild already printed the errors
  });
}
