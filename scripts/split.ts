/**
 * npm run split -- FILE [--verbose]        how one page was split, for editors
 * npm run --silent split -- --json [FILES] every issue (or the files named) as the JSON export
 */
import { ArchiveError, formatDiagnostic } from '../src/lib/errors.ts';
import { exportIssues } from '../src/lib/export.ts';
import { fsErrorDiagnostic } from '../src/lib/fs/fs-error.ts';
import { issueFilesIn, loadIssue } from '../src/lib/issues/load-issues.ts';
import { formatSplitReport } from '../src/lib/editor/report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const files = args.filter((arg) => !arg.startsWith('--'));

try {
  if (json) {
    const issues = (files.length ? files : issueFilesIn(process.env['ARCHIVE_CONTENT_DIR'])).map(loadIssue);
    process.stdout.write(`${JSON.stringify(exportIssues(issues), null, 1)}\n`);
  } else if (files.length === 0) {
    console.error('usage: npm run split -- FILE [FILE…] [--verbose]   or   npm run --silent split -- --json [FILE…]');
    process.exitCode = 2;
  } else {
    console.log(files.map((file) => formatSplitReport(loadIssue(file), { verbose })).join('\n\n'));
  }
} catch (error) {
  const plain = error instanceof ArchiveError ? error.diagnostic : fsErrorDiagnostic(error);
  if (plain) console.error(formatDiagnostic(plain));
  else
    console.error(
      `internal error: ${(error as Error).message}\n  hint: this is a bug in the splitter; please report it with the file.`,
    );
  process.exitCode = 1;
}
