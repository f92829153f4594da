/**
 * Writes a synthetic archive to a folder, one issue file at a time (a 100,000-article archive is
 * 250 MB of text; it is never held in memory whole). Used by scripts/generate-archive.ts and the
 * benchmark; the only disk access of bench/lib besides reading the real pages.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArchiveError } from '../../src/lib/errors.ts';
import { loadIssues } from '../../src/lib/issues/load-issues.ts';
import { harvestMaterial } from './material.ts';
import { synthesizeArchive, type SynthesisOptions } from './synthesize.ts';

export interface WrittenArchive {
  dir: string;
  files: number;
  bytes: number;
  stories: number;
}

export function writeSyntheticArchive(dir: string, options: SynthesisOptions & { seedsDir: string }): WrittenArchive {
  if (existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.txt'))) {
    throw new ArchiveError({
      ruleId: 'output-not-empty',
      file: dir,
      line: null,
      message: 'this folder already holds issue files',
      hint: 'Write a synthetic archive into an empty or new folder, so it never mixes with real issues.',
    });
  }
  mkdirSync(dir, { recursive: true });
  const material = harvestMaterial(loadIssues(options.seedsDir));
  const written: WrittenArchive = { dir, files: 0, bytes: 0, stories: 0 };
  for (const issue of synthesizeArchive(material, options)) {
    const bytes = Buffer.from(issue.text, 'utf8');
    writeFileSync(join(dir, issue.fileName), bytes);
    written.files += 1;
    written.bytes += bytes.length;
    written.stories += issue.stories;
  }
  return written;
}
