#!/usr/bin/env node
// Where did the server's time go? Reads V8 .cpuprofile files (written by `node --cpu-prof`,
// which `npm run bench -- --cpu-prof` passes to the server) and prints the functions with the
// most self time and the most inclusive time, in ms, summed over all given profiles.
//
//   node bench/cpu-profile-summary.mjs <file-or-dir>... [--top 20]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * esbuild marks each bundled module with a `// path/to/source.ts` line; this maps a bundle line
 * back to the source file it came from, so a profile of dist/server.js names our files.
 */
const bundleIndexes = new Map();
function sourceOf(url, line) {
  if (!url.startsWith('file://') || !url.endsWith('.js')) return null;
  if (!bundleIndexes.has(url)) {
    const marks = [];
    try {
      readFileSync(new URL(url), 'utf8').split('\n').forEach((l, i) => {
        if (/^\/\/ [\w@./-]+\.(ts|js|mjs|cjs)$/.test(l)) marks.push([i, l.slice(3)]);
      });
    } catch {
      // not readable: keep bundle positions
    }
    bundleIndexes.set(url, marks);
  }
  const marks = bundleIndexes.get(url);
  let lo = 0;
  let hi = marks.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid][0] <= line) {
      found = marks[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Self and inclusive ms per function (name + file:line), from one or more profiles. */
export function summarizeProfiles(files) {
  const self = new Map();
  const inclusive = new Map();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n) => {
      const f = n.callFrame;
      const source = f.url ? sourceOf(f.url, f.lineNumber) : null;
      const where = f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}${source ? ` [${source}]` : ''}` : '';
      return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    };
    // timeDeltas[i] is the time before sample i; attribute it to that sample's node.
    const nodeMs = new Map();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      nodeMs.set(id, (nodeMs.get(id) ?? 0) + dt);
    });
    for (const [id, t] of nodeMs) {
      totalMs += t;
      const node = byId.get(id);
      self.set(label(node), (self.get(label(node)) ?? 0) + t);
      // Walk up the stack; count each function once per sample even when it recurses.
      const seen = new Set();
      for (let cur = id; cur != null; cur = parent.get(cur)) {
        const l = label(byId.get(cur));
        if (seen.has(l)) continue;
        seen.add(l);
        inclusive.set(l, (inclusive.get(l) ?? 0) + t);
      }
    }
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([fn, t]) => ({ fn, ms: +t.toFixed(2) }));
  return { totalMs: +totalMs.toFixed(1), self: sorted(self), inclusive: sorted(inclusive) };
}

function shortUrl(url) {
  const path = url.replace(/^file:\/\//, '');
  const cut = path.indexOf('/node_modules/');
  if (cut >= 0) return path.slice(cut + 1);
  return relative(process.cwd(), path) || path;
}

export function profileFiles(paths) {
  const out = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) { if (f.endsWith('.cpuprofile')) out.push(join(p, f)); }
    else out.push(p);
  }
  return out;
}

/** `perCall`: divide by this many document versions to show ms per version as well. */
export function formatSummary(summary, top = 15, perCall = 0) {
  const row = (r) => `  ${r.ms.toFixed(1).padStart(9)} ms${perCall ? `  ${(r.ms / perCall).toFixed(2).padStart(8)} ms/version` : ''}  ${r.fn}`;
  const lines = [`total sampled: ${summary.totalMs} ms${perCall ? ` over ${perCall} document versions` : ''}`, 'self time:'];
  for (const r of summary.self.slice(0, top)) lines.push(row(r));
  lines.push('inclusive time (functions below the event loop):');
  const boring = /^\((root|program|idle|garbage collector)\)/;
  for (const r of summary.inclusive.filter((r) => !boring.test(r.fn)).slice(0, top)) lines.push(row(r));
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 20;
  if (!args.length) {
    console.error('usage: node bench/cpu-profile-summary.mjs <file.cpuprofile | dir>... [--top N]');
    process.exit(2);
  }
  console.log(formatSummary(summarizeProfiles(profileFiles(args)), top));
}
