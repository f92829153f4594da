/**
 * The only place the library touches the disk: read every issue file of a folder, in date order.
 * Used by the command-line scripts and by Astro's content loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIssueFile } from './issue-file.ts';
import type { Issue } from '../schema.ts';

export const ISSUES_DIR = 'content/issues';

export function issueFilesIn(dir: string = ISSUES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadIssue(path: string): Issue {
  return readIssueFile({ source: path, bytes: readFileSync(path) });
}

export function loadIssues(dir: string = ISSUES_DIR): Issue[] {
  return issueFilesIn(dir).map(loadIssue);
}
