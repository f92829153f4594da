/**
 * The only place the library touches the disk: list the issues folder (folder.ts decides what in it is
 * an issue file) and read those files, in date order. Used by the command-line scripts, `npm run check`
 * and Astro's content loader, so all of them read the same files.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { classifyFolder, type EntryKind, type FolderEntry, type FolderListing } from './folder.ts';
import { readIssueFile, type IssueSource } from './issue-file.ts';
import { fsErrorDiagnostic } from '../fs/fs-error.ts';
import { ArchiveError } from '../errors.ts';
import type { Diagnostic, Issue, ReporterAlias } from '../schema.ts';
import { parseReporterAliases, reportersFile } from '../site/reporter-aliases.ts';

export const ISSUES_DIR = 'content/issues';

function kindOf(path: string): EntryKind {
  const stats = statSync(path);
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
}

/** One entry as folder.ts needs it: a link is judged by where it really points. */
function describeEntry(dir: string, realDir: string, name: string): FolderEntry {
  const path = join(dir, name);
  const stats = lstatSync(path);
  if (!stats.isSymbolicLink()) {
    return { name, kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other' };
  }
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return { name, kind: 'link-broken' };
  }
  const inside = relative(realDir, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { name, kind: 'link-outside', target };
  return { name, kind: kindOf(target), target };
}

/** The folder's entries sorted into issue files (as paths) and diagnostics about everything else. */
export function listIssueFolder(dir: string = ISSUES_DIR): FolderListing {
  dir = dir.replace(/(?<=.)\/+$/, '');
  const names = readdirSync(dir);
  const realDir = realpathSync(dir);
  const entries = names.map((name) => describeEntry(dir, realDir, name));
  const listing = classifyFolder(dir, entries);
  return { ...listing, issues: listing.issues.map((name) => join(dir, name)) };
}

export function issueFilesIn(dir: string = ISSUES_DIR): string[] {
  return listIssueFolder(dir).issues;
}

/** The file's bytes; a failure names the file (EISDIR from read() names none). */
export function readIssueSource(path: string): IssueSource {
  try {
    return { source: path, bytes: readFileSync(path) };
  } catch (error) {
    throw Object.assign(error as NodeJS.ErrnoException, { path });
  }
}

export function loadIssue(path: string): Issue {
  return readIssueFile(readIssueSource(path));
}

export function loadIssues(dir: string = ISSUES_DIR): Issue[] {
  return issueFilesIn(dir).map(loadIssue);
}

export interface IssueFolder<T> {
  /** What `visit` made of each issue file read, in date order. */
  results: T[];
  /** About everything else in the folder, and about the files that could not be read. */
  diagnostics: Diagnostic[];
}

/**
 * Lists the folder and hands each issue file to `visit` as it is read, so a large archive is never held
 * in memory as bytes all at once; a file that cannot be read is a diagnostic, not a crash.
 */
export function visitIssueFolder<T>(dir: string, visit: (file: IssueSource) => T): IssueFolder<T> {
  const listing = listIssueFolder(dir);
  const results: T[] = [];
  const diagnostics = [...listing.diagnostics];
  for (const path of listing.issues) {
    let file: IssueSource;
    try {
      file = readIssueSource(path);
    } catch (error) {
      const diagnostic = fsErrorDiagnostic(error, path);
      if (!diagnostic) throw error;
      diagnostics.push(diagnostic);
      continue;
    }
    results.push(visit(file));
  }
  return { results, diagnostics };
}

/**
 * The editors' reporter aliases (content/reporters.yaml, or ARCHIVE_REPORTERS): none when the file is
 * absent; a broken or unreadable file is an error like a broken issue file, and the check goes on as if
 * it were empty.
 */
export function readReporterAliases(file: string = reportersFile()): {
  aliases: ReporterAlias[];
  diagnostics: Diagnostic[];
} {
  if (!existsSync(file)) return { aliases: [], diagnostics: [] };
  try {
    return { aliases: parseReporterAliases(readFileSync(file, 'utf8'), file), diagnostics: [] };
  } catch (error) {
    if (error instanceof ArchiveError) return { aliases: [], diagnostics: [error.diagnostic] };
    const diagnostic = fsErrorDiagnostic(error, file);
    if (diagnostic) return { aliases: [], diagnostics: [diagnostic] };
    throw error;
  }
}
