/** The file name without folders and without its `.md` (or other) extension. */
export function baseNameWithoutExtension(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? '';
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}
