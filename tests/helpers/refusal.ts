import { expect } from 'vitest';
import { ArchiveError } from '../../src/lib/errors.ts';

/**
 * The rules by which the archive refuses an editor's input: what a property test may accept as an
 * answer. The splitter's own failures (lost-line, line-twice, lost-text, a crash) are bugs and are not
 * in this list, so a test that tolerates refusals still fails on them.
 */
export const INPUT_REFUSALS = [
  'not-text',
  'unknown-encoding',
  'ambiguous-encoding',
  'invalid-utf8',
  'invalid-encoding',
  'file-too-large',
  'front-matter-syntax',
  'front-matter-unknown-key',
  'front-matter-invalid',
  'front-matter-unclosed',
  'empty-page',
  'unknown-markup',
  'dangling-markup',
  'story-out-of-range',
  'story-markup-unused',
  'unknown-section',
  'unknown-kind',
] as const;

/** Passes only for an ArchiveError that refuses input by one of INPUT_REFUSALS; rethrows anything else. */
export function expectInputRefusal(error: unknown): void {
  if (!(error instanceof ArchiveError)) throw error;
  expect(INPUT_REFUSALS, `${error.diagnostic.ruleId}: ${error.message}`).toContain(error.diagnostic.ruleId);
}
