/**
 * npm run check [-- FILE…]   validate every issue file (or the files named): front matter, encoding,
 * duplicate pages and the splitter's warnings. Exit 1 on errors, 0 with warnings only.
 * ARCHIVE_CONTENT_DIR overrides the folder (content/issues).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { checkFolderListing, checkIssueFiles, formatSummary, summarise } from '../src/lib/editor/check.ts';
import { formatDiagnostic } from '../src/lib/errors.ts';
import { ISSUES_DIR, issueFilesIn } from '../src/lib/issues/load-issues.ts';
import { ArchiveError } from '../src/lib/errors.ts';
import type { Diagnostic, ReporterAlias } from '../src/lib/schema.ts';
import { parseReporterAliases, reportersFile } from '../src/lib/site/reporter-aliases.ts';

const dir = process.env['ARCHIVE_CONTENT_DIR'] || ISSUES_DIR;
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

/** The editors' reporter aliases; a broken file is reported like any other, and checked as if empty. */
function readAliases(file: string): { aliases: ReporterAlias[]; diagnostics: Diagnostic[] } {
  if (!existsSync(file)) return { aliases: [], diagnostics: [] };
  try {
    return { aliases: parseReporterAliases(readFileSync(file, 'utf8'), file), diagnostics: [] };
  } catch (error) {
    if (error instanceof ArchiveError) return { aliases: [], diagnostics: [error.diagnostic] };
    throw error;
  }
}

try {
  const paths = named.length > 0 ? named : issueFilesIn(dir);
  const files = paths.map((source) => ({ source, bytes: readFileSync(source) }));
  const reporters = readAliases(reportersFile());
  const diagnostics = [
    ...(named.length > 0 ? [] : checkFolderListing(dir, readdirSync(dir))),
    ...reporters.diagnostics,
    ...checkIssueFiles(files, reporters.aliases),
  ];
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
  const summary = summarise(files.length, diagnostics);
  console.log(formatSummary(summary));
  process.exitCode = summary.errors > 0 ? 1 : 0;
} catch (error) {
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') console.error(`${path}: no such file or folder`);
  else if (code === 'EISDIR') console.error(`${path}: is a folder, not an issue file`);
  else
    console.error(`internal error: ${(error as Error).message}\n  hint: this is a bug in the check; please report it.`);
  process.exitCode = 1;
}
