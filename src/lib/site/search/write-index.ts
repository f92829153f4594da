/**
 * Writes the Pagefind bundle for a built site: the records of the site's own dataset
 * (data/archive.json, validated against the schema) through Pagefind's Node API, into <site>/pagefind/.
 * Node only; the browser side is in the other modules of this folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { datasetSchema } from '../dataset.ts';
import { searchRecords } from './records.ts';

export interface IndexSummary {
  records: number;
  outputPath: string;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

export async function writeSearchIndex(siteDir: string): Promise<IndexSummary> {
  const datasetPath = join(siteDir, 'data', 'archive.json');
  const dataset = datasetSchema.parse(JSON.parse(await readFile(datasetPath, 'utf8')));
  const records = searchRecords(dataset.issues);
  const outputPath = join(siteDir, 'pagefind');
  const { errors, index } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    for (const record of records) check(`record ${record.url}`, (await index.addCustomRecord(record)).errors);
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
  }
  return { records: records.length, outputPath };
}
