/**
 * `../shared` (seeds, gold labels, dev pages, the scorer) sits beside the repository on the team's
 * machines and in the project's CI, but not on a user's GitHub checkout or in its Actions workflow.
 * Tests that need it skip there and say why; `.ci/run` sets ARCHIVE_REQUIRE_SHARED=1, so a missing
 * `../shared` (or python3 for the scorer) fails there instead of passing unseen. GitHub Actions sets
 * CI=true too, which is why CI alone does not decide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';

export const SHARED = resolve('../shared');
export const SCORER = `${SHARED}/eval/score_split.py`;

function findProblem(): string | null {
  if (!existsSync(SCORER)) return `${SHARED}/eval is missing`;
  if (spawnSync('python3', ['--version']).status !== 0) return 'python3 is missing (the scorer needs it)';
  return null;
}

export const sharedProblem = findProblem();
export const sharedRequired = process.env['ARCHIVE_REQUIRE_SHARED'] === '1';

/** `it` for a test that needs ../shared: skipped with its reason where it is missing, failed where required. */
export function itWithShared(name: string, test: () => void | Promise<void>, timeout?: number): void {
  if (sharedProblem && !sharedRequired) {
    console.warn(`SKIPPED "${name}": ${sharedProblem}`);
    it.skip(`${name} (skipped: ${sharedProblem})`, test);
    return;
  }
  it(
    name,
    () => {
      if (sharedProblem) throw new Error(`${sharedProblem}: .ci/run requires ../shared (ARCHIVE_REQUIRE_SHARED=1)`);
      return test();
    },
    timeout,
  );
}
