/**
 * npm run generate-archive -- --issues N [--seed S] --out DIR [--seeds content/issues]
 *
 * Writes N synthetic issue files into DIR, recombined from the real pages (bench/lib/synthesize.ts);
 * the same seed always gives the same archive. For the benchmark and for trying the site at scale.
 */
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from '../bench/lib/write-archive.ts';
import { ArchiveError, formatDiagnostic } from '../src/lib/errors.ts';
import { ISSUES_DIR } from '../src/lib/issues/load-issues.ts';

const USAGE = 'usage: npm run generate-archive -- --issues N [--seed S] --out DIR [--seeds content/issues]';

function positiveInteger(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`--${name} must be a whole number, not “${value ?? ''}”\n${USAGE}`);
  return number;
}

try {
  const { values } = parseArgs({
    options: {
      issues: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      seeds: { type: 'string' },
    },
  });
  if (!values.out || values.issues === undefined) throw new Error(USAGE);
  const issues = positiveInteger('issues', values.issues);
  const seed = positiveInteger('seed', values.seed, 1);
  const started = performance.now();
  const written = writeSyntheticArchive(values.out, { issues, seed, seedsDir: values.seeds ?? ISSUES_DIR });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${written.files} issues, ${written.stories} stories, ${(written.bytes / 1e6).toFixed(1)} MB in ${written.dir} (seed ${seed}, ${seconds} s)`,
  );
} catch (error) {
  console.error(error instanceof ArchiveError ? formatDiagnostic(error.diagnostic) : (error as Error).message);
  process.exitCode = 1;
}
