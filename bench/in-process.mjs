// In-process measurements, no LSP and no pipe:
//  - the parse floor, as the performance notes define it: yaml.parseDocument of the frontmatter
//    plus one scan of the body lines. Nothing that checks an agent file can do less.
//  - the core itself: our language service (bundled on the fly from server/src/core with
//    esbuild) diagnosing a fresh document version per call, which tells how much of the
//    server's edit→diagnostics time is the core and how much is glue and transport.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';

const now = () => performance.now();

/** Splits `---` frontmatter from the body; returns the YAML text and the body's start offset. */
function splitFrontmatter(text) {
  if (!text.startsWith('---\n')) return { yaml: '', bodyStart: 0 };
  const close = text.indexOf('\n---\n', 3);
  if (close < 0) return { yaml: text.slice(4), bodyStart: text.length };
  return { yaml: text.slice(4, close + 1), bodyStart: close + 5 };
}

/**
 * One pass over the body lines that notices what a structure check needs: headings, fence
 * lines, checklist items and bold labels. Returns a number so the work cannot be optimised away.
 */
function scanBody(text, from) {
  let headings = 0;
  let fences = 0;
  let checklist = 0;
  let labels = 0;
  let inFence = false;
  for (let i = from; i < text.length; ) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */ && text.startsWith('```', i)) {
      fences++;
      inFence = !inFence;
    } else if (!inFence) {
      if (c === 35 /* # */) headings++;
      else if (c === 45 /* - */ && text.startsWith('- [', i)) checklist++;
      else if (c === 42 /* * */ && text.startsWith('**', i)) labels++;
    }
    i = end + 1;
  }
  return headings + fences + checklist + labels;
}

export function parseFloor(text) {
  const { yaml, bodyStart } = splitFrontmatter(text);
  const doc = YAML.parseDocument(yaml, { uniqueKeys: false });
  return doc.errors.length + (doc.contents ? 1 : 0) + scanBody(text, bodyStart);
}

/**
 * Calls `fn(i)` until both `minCalls` calls and `minMs` have passed; returns per-call ms.
 * The first call is returned separately: it includes the JIT's cold start.
 */
export function timeCalls(fn, { minCalls = 20, minMs = 300, maxCalls = 100000 } = {}) {
  const samples = [];
  const t0 = now();
  let sink = 0;
  const a = now();
  sink += Number(fn(0)) || 0;
  const first = now() - a;
  for (let i = 1; samples.length < maxCalls && (samples.length < minCalls || now() - t0 < minMs); i++) {
    const s = now();
    sink += Number(fn(i)) || 0;
    samples.push(now() - s);
  }
  return { first, samples, sink };
}

/**
 * Like timeCalls, but the process sleeps `idleMs` before each call, as a server does between
 * keystrokes. Work that runs after an idle gap finds cold caches and is measurably slower
 * (about 2× for the 4.4 KB agent here) than the same call in a tight loop.
 */
export async function timeCallsAfterIdle(fn, { minCalls = 20, minMs = 300, idleMs = 1 } = {}) {
  const samples = [];
  const t0 = now();
  let sink = 0;
  const a = now();
  sink += Number(fn(0)) || 0;
  const first = now() - a;
  for (let i = 1; samples.length < minCalls || now() - t0 < minMs; i++) {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const s = now();
    sink += Number(fn(i)) || 0;
    samples.push(now() - s);
  }
  return { first, samples, sink };
}

/**
 * Bundles the protocol-free core into bench/fixtures/ and imports it. Returns null (with the
 * reason) when the core is not there yet or does not build.
 */
export async function loadCore(repoRoot) {
  const entry = join(repoRoot, 'server/src/core/service.ts');
  if (!existsSync(join(repoRoot, 'server/src/core/create-service.ts'))) return { core: null, reason: 'server/src/core/create-service.ts does not exist yet' };
  try {
    const { module: core, outfile } = await bundleAndImport(repoRoot, 'core-bundle', [
      `export { createLanguageService } from ${JSON.stringify(entry)};`,
      `export { resolveSettings } from ${JSON.stringify(join(repoRoot, 'server/src/core/settings.ts'))};`,
    ]);
    return { core, bundle: outfile };
  } catch (error) {
    const first = error?.errors?.[0];
    const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
    return { core: null, reason: `core bundle failed: ${first ? first.text + where : String(error?.message ?? error).split('\n')[0]}` };
  }
}

/**
 * Bundles TypeScript re-exports (`exportLines`) into bench/fixtures/<name>-<pid>.mjs and imports
 * it. Packages stay node_modules imports: the bundle sits inside the repo, so yaml & co.
 * resolve there, which also avoids esbuild's "dynamic require" shim for CommonJS builtins.
 */
export async function bundleAndImport(repoRoot, name, exportLines) {
  const esbuild = await import('esbuild');
  const outDir = join(repoRoot, 'bench/fixtures');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}-${process.pid}.mjs`);
  await esbuild.build({
    stdin: { contents: exportLines.join('\n') + '\n', resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return { module: await import(pathToFileURL(outfile).href), outfile };
}

/** Offsets where each line starts, as a host's line index would hold them. */
export function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A diagnose call per fresh version, as the server makes after each keystroke. `texts`
 * alternate so that every call sees changed content; `changes[i]` is the edit that turns
 * `texts[i - 1]` into `texts[i]`, handed over through `changesSince` like the server's
 * documents do, with each text's line index computed beforehand (the host keeps one anyway).
 * The service keeps its own cache per uri, so a core that reuses work across versions gets
 * credit for it.
 */
export function coreDiagnoser(core, { uri, path, texts, changes }) {
  const messages = [];
  const service = core.createLanguageService({ log: (m) => messages.push(m) });
  const settings = core.resolveSettings({});
  const lineStarts = texts.map(lineStartsOf);
  let version = 1;
  return {
    messages,
    diagnose(i) {
      const k = i % texts.length;
      const text = texts[k];
      const v = version++;
      const doc = {
        uri,
        path,
        version: v,
        getText: () => text,
        lineStarts: () => lineStarts[k],
        changesSince: (since) => (since === v - 1 && changes ? [changes[k]] : undefined),
      };
      if (!service.isAgentFile(doc, settings)) throw new Error(`the core does not treat ${path} as an agent file`);
      return service.diagnose(doc, settings).length;
    },
  };
}
