import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/errors.ts';
import { fsErrorDiagnostic } from '../../../src/lib/fs/fs-error.ts';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: …, open '${path}'`), { code, path });

describe('fsErrorDiagnostic', () => {
  it('says a full disk is full, naming the path (a real ENOSPC from /dev/full)', () => {
    // write() fails, and its error names no path: the caller's is used.
    const error = thrownBy(() => writeFileSync('/dev/full', 'x'));
    expect(formatDiagnostic(fsErrorDiagnostic(error, '/dev/full')!)).toBe(
      '/dev/full: error: the disk is full, so this could not be written; nothing was changed [disk-full]\n  hint: Free some space on the disk (or write to another one) and run the command again.',
    );
  });

  it('says a permission problem is one (EACCES, EPERM), naming the path', () => {
    expect(formatDiagnostic(fsErrorDiagnostic(errno('EACCES', 'content/issues/2024-02-02.txt'))!)).toBe(
      'content/issues/2024-02-02.txt: error: permission denied [permission-denied]\n  hint: Your user may not read or write this file or its folder: check their permissions (ls -l) or ask whoever set up the machine.',
    );
    expect(formatDiagnostic(fsErrorDiagnostic(errno('EPERM', 'dist'))!)).toBe(
      'dist: error: the system does not allow this operation on this file [permission-denied]\n  hint: The file or its folder may be locked or read-only: check their permissions and attributes, then try again.',
    );
  });

  it('leaves errors that are not the disk’s to the caller', () => {
    expect(fsErrorDiagnostic(new TypeError('x'))).toBeNull();
    expect(fsErrorDiagnostic(undefined)).toBeNull();
  });
});
