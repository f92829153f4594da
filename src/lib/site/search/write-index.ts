/**
 * Writes the Pagefind bundle for a built site: the records of the site's own dataset
 * (data/archive.json, validated against the schema) through Pagefind's Node API, into <site>/pagefind/.
 * Node only; the browser side is in the other modules of this folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readReporterAliases } from '../../issues/load-issues.ts';
import { datasetSchema } from '../dataset.ts';
import { reporterResolver } from '../reporter-aliases.ts';
import { searchRecords } from './records.ts';

export interface IndexSummary {
  records: number;
  outputPath: string;
}

const BATCH = 200;

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

export interface IndexOptions {
  /** Only the articles of this year (the benchmark's one-bundle-per-year experiment). */
  year?: string;
  /** The bundle folder inside the site; `pagefind` is where the search page looks. */
  outputSubdir?: string;
}

export async function writeSearchIndex(
  siteDir: string,
  { year, outputSubdir = 'pagefind' }: IndexOptions = {},
): Promise<IndexSummary> {
  const datasetPath = join(siteDir, 'data', 'archive.json');
  const dataset = datasetSchema.parse(JSON.parse(await readFile(datasetPath, 'utf8')));
  // The reporter filter lists reporter pages, so a reporter printed two ways is one choice.
  const reporterOf = reporterResolver(readReporterAliases().aliases);
  const records = searchRecords(dataset.issues, reporterOf).filter(
    (record) => !year || record.filters['year']?.includes(year),
  );
  const outputPath = join(siteDir, outputSubdir);
  const { errors, index } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    // Pagefind's service answers one message at a time per round trip; sending a batch at once keeps it
    // busy instead of waiting on each reply (13 ms a record one by one).
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const answers = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      answers.forEach((answer, offset) => check(`record ${batch[offset]?.url}`, answer.errors));
    }
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
  }
  return { records: records.length, outputPath };
}
