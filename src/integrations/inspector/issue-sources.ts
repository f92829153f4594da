/**
 * The inspector's only reads from disk: the issue files of the folder the dev server's content loader
 * watches (ARCHIVE_CONTENT_DIR or content/issues), read afresh on every request so a saved file shows.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { issueIdFromSource, type IssueSource } from '../../lib/issues/issue-file.ts';
import { issueFilesIn } from '../../lib/issues/load-issues.ts';
import { contentDir } from '../../lib/site/issue-loader.ts';

const read = (source: string): IssueSource => ({ source, bytes: readFileSync(source) });

export function readIssueSources(): IssueSource[] {
  return issueFilesIn(contentDir()).map(read);
}

/** The file of one issue, or null when no file in the folder has that id (any more). */
export function readIssueSource(id: string | undefined): IssueSource | null {
  const source = issueFilesIn(contentDir()).find((path) => issueIdFromSource(path) === id);
  return source ? read(source) : null;
}

/** A digest of the file's bytes: the page and its poll compare these to know the file was saved. */
export function versionOf(file: IssueSource): string {
  return createHash('sha1').update(file.bytes).digest('hex');
}
