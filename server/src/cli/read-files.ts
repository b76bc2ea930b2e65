/**
 * Reads files for the CLI: many at once but bounded (a thousand agents should not open a
 * thousand descriptors), each decoded as UTF-8 with its BOM set aside — editors hide the BOM,
 * so positions must not count it — and with enough facts to write it back byte for byte.
 */
import { readFile } from 'node:fs/promises';

/** Reads in flight at once: enough to hide disk latency, far below descriptor limits. */
const READ_CONCURRENCY = 32;
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
export async function readTexts(paths: readonly string[], checkExact: boolean): Promise<Map<string, ReadResult>> {
  const results = new Map<string, ReadResult>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++];
      results.set(path, await readText(path, checkExact));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  return results;
}

export async function readText(path: string, checkExact: boolean): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
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
