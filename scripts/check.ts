/**
 * npm run check [-- FILE…]   validate every issue file (or the files named): front matter, encoding,
 * duplicate pages and the splitter's warnings. Exit 1 on errors, 0 with warnings only. The build runs
 * the same checks (src/lib/editor/check.ts). ARCHIVE_CONTENT_DIR overrides the folder (content/issues).
 */
import {
  checkFile,
  combineChecks,
  formatSummary,
  summarise,
  withoutDecisions,
  type FileCheck,
} from '../src/lib/editor/check.ts';
import { formatDiagnostic } from '../src/lib/errors.ts';
import { fsErrorDiagnostic } from '../src/lib/fs/fs-error.ts';
import {
  ISSUES_DIR,
  readIssueSource,
  readReporterAliases,
  visitIssueFolder,
  type IssueFolder,
} from '../src/lib/issues/load-issues.ts';
import type { Diagnostic } from '../src/lib/schema.ts';

const dir = process.env['ARCHIVE_CONTENT_DIR'] || ISSUES_DIR;
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

/** The files named on the command line; one that cannot be read is a diagnostic like any other. */
function checkNamed(paths: readonly string[]): IssueFolder<FileCheck> {
  const results: FileCheck[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    try {
      results.push(checkFile(readIssueSource(path)));
    } catch (error) {
      const diagnostic = fsErrorDiagnostic(error, path);
      if (!diagnostic) throw error;
      diagnostics.push(diagnostic);
    }
  }
  return { results, diagnostics };
}

try {
  // Each issue is kept without its per-line reasons: the rules across files need its reporters.
  const folder =
    named.length > 0 ? checkNamed(named) : visitIssueFolder(dir, (file) => withoutDecisions(checkFile(file)));
  const reporters = readReporterAliases();
  const { diagnostics } = combineChecks(
    folder.results,
    [...folder.diagnostics, ...reporters.diagnostics],
    reporters.aliases,
  );
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
  const summary = summarise(folder.results.length, diagnostics);
  console.log(formatSummary(summary));
  process.exitCode = summary.errors > 0 ? 1 : 0;
} catch (error) {
  const diagnostic = fsErrorDiagnostic(error, dir);
  console.error(
    diagnostic
      ? formatDiagnostic(diagnostic)
      : `internal error: ${(error as Error).message}\n  hint: this is a bug in the check; please report it.`,
  );
  process.exitCode = 1;
}
