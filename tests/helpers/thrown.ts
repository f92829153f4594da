import { expect } from 'vitest';
import { ArchiveError } from '../../src/lib/errors.ts';

/** The diagnostic of the ArchiveError that `run` throws; fails the test if it throws nothing or something else. */
export function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveError);
    return (error as ArchiveError).diagnostic;
  }
  throw new Error('expected an ArchiveError');
}
