/**
 * npm run build [-- --outDir dist]   the reader's site: Astro, then the search index (scripts/search-index.ts).
 *
 * Both write into a new folder beside the output (dist.next-<pid>), which replaces dist/ only when
 * both succeeded: a failed or killed build leaves the last good site in place.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../src/lib/errors.ts';
import { nextBuildPath, recoverDirectory, replaceDirectory } from '../src/lib/fs/atomic-write.ts';
import { fsErrorDiagnostic } from '../src/lib/fs/fs-error.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const SEARCH_INDEX = 'scripts/search-index.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const target = values.outDir.replace(/\/+$/, '');

function step(script: string, args: string[]): boolean {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  return result.status === 0;
}

function build(): number {
  recoverDirectory(target);
  const next = nextBuildPath(target);
  const ok = step(ASTRO, ['build', '--outDir', next]) && step(SEARCH_INDEX, [next]);
  if (!ok) {
    rmSync(next, { recursive: true, force: true });
    console.error(`\nThe build failed; ${target}/ still holds the last site that built.`);
    return 1;
  }
  replaceDirectory(next, target);
  return 0;
}

try {
  process.exitCode = build();
} catch (error) {
  const diagnostic = fsErrorDiagnostic(error, target);
  console.error(
    diagnostic
      ? formatDiagnostic(diagnostic)
      : `internal error: ${(error as Error).message}\n  hint: this is a bug in the build script; please report it.`,
  );
  process.exitCode = 1;
}
