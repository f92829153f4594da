/**
 * Writes that are all or nothing. A new issue file appears complete or not at all (a full disk used to
 * leave a 0-byte issue that the next build published), and the built site replaces the last one only
 * once it is whole (a killed or failed build used to leave dist/ empty and search hanging).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Beside the final file, hidden, so the issues folder ignores it if a crash leaves it behind. */
export const temporaryPath = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Hard links are refused on some disks (FAT USB sticks, some network shares): rename there instead. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP']);

/**
 * Writes a file that must not exist yet: the contents go to a temporary file, flushed to disk, which is
 * then linked to `path` (failing with EEXIST if another file took the name meanwhile). On any error
 * nothing is left behind, and the error (ENOSPC, EACCES …) is thrown for the caller to explain, naming
 * `path`: a full disk fails in write(), whose error names no file at all, and the temporary name would
 * only puzzle the editor.
 */
export function writeNewFileAtomically(path: string, contents: string | Uint8Array): void {
  const temp = temporaryPath(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!NO_HARD_LINKS.has(code) || existsSync(path)) throw error;
      renameSync(temp, path);
    }
  } catch (error) {
    throw Object.assign(error as NodeJS.ErrnoException, { path });
  } finally {
    rmSync(temp, { force: true });
  }
}

const previousOf = (target: string) => `${target}.previous`;

/** Folders a build left behind when it was killed: `<target>.next-<pid>`. */
export function staleBuilds(target: string): string[] {
  const dir = dirname(target);
  const prefix = `${basename(target)}.next-`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(dir, name));
}

/** Where a build writes before it replaces `target`. */
export const nextBuildPath = (target: string) => `${target}.next-${process.pid}`;

/**
 * Puts the last good site back if a replacement was cut off between its two renames, and removes what
 * killed builds left behind.
 */
export function recoverDirectory(target: string): void {
  const previous = previousOf(target);
  if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
  rmSync(previous, { recursive: true, force: true });
  for (const stale of staleBuilds(target)) rmSync(stale, { recursive: true, force: true });
}

/** Replaces folder `target` by the complete folder `next`; until the last moment `target` is untouched. */
export function replaceDirectory(next: string, target: string): void {
  const previous = previousOf(target);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(next, target);
  rmSync(previous, { recursive: true, force: true });
}
