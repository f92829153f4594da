/**
 * What a failed read or write of the disk means for an editor, as a diagnostic naming the path: a full
 * disk or a permission problem is the machine's, not a bug in the archive, and says so in plain words.
 */
import type { Diagnostic } from '../schema.ts';

const PLAIN: Readonly<Record<string, { ruleId: string; message: string; hint: string }>> = {
  ENOENT: { ruleId: 'no-such-file', message: 'no such file or folder', hint: 'Check the path and try again.' },
  EISDIR: {
    ruleId: 'is-a-folder',
    message: 'is a folder, not a file',
    hint: 'Give the path of a file; an issue file is one .txt file per printed page.',
  },
  ENOTDIR: {
    ruleId: 'not-a-folder',
    message: 'a part of this path is a file, not a folder',
    hint: 'Check the path and try again.',
  },
  EEXIST: { ruleId: 'exists', message: 'already exists; nothing was written', hint: 'Nothing was changed.' },
  ENOSPC: {
    ruleId: 'disk-full',
    message: 'the disk is full, so this could not be written; nothing was changed',
    hint: 'Free some space on the disk (or write to another one) and run the command again.',
  },
  EDQUOT: {
    ruleId: 'disk-full',
    message: 'your disk quota is used up, so this could not be written; nothing was changed',
    hint: 'Free some space in your account and run the command again.',
  },
  EACCES: {
    ruleId: 'permission-denied',
    message: 'permission denied',
    hint: 'Your user may not read or write this file or its folder: check their permissions (ls -l) or ask whoever set up the machine.',
  },
  EPERM: {
    ruleId: 'permission-denied',
    message: 'the system does not allow this operation on this file',
    hint: 'The file or its folder may be locked or read-only: check their permissions and attributes, then try again.',
  },
  EROFS: {
    ruleId: 'read-only',
    message: 'is on a read-only disk',
    hint: 'Copy the archive to a disk you can write to, or mount this one read-write.',
  },
  EMFILE: {
    ruleId: 'too-many-files',
    message: 'too many files are open',
    hint: 'Close other programs, or raise the limit (ulimit -n), and try again.',
  },
};

/** The plain diagnostic for a Node file-system error, or null when `error` is something else. */
export function fsErrorDiagnostic(error: unknown, fallbackPath = '(unknown path)'): Diagnostic | null {
  const { code, path, dest } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string };
  const plain = code ? PLAIN[code] : undefined;
  if (!plain) return null;
  return {
    ruleId: plain.ruleId,
    severity: 'error',
    file: dest && code === 'EEXIST' ? dest : (path ?? fallbackPath),
    line: null,
    message: plain.message,
    hint: plain.hint,
  };
}
