import { ArchiveError, formatDiagnostic } from '../../src/lib/errors.ts';

/** What the editor sees when `run` refuses their input: the formatted ArchiveError. */
export function editorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveError) return formatDiagnostic(error.diagnostic);
    throw error;
  }
  throw new Error('expected an ArchiveError, but nothing was thrown');
}
