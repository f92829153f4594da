/**
 * npm run new-issue -- RAW.txt --date 2024-02-02 [--page 5] [--masthead 大同日报·走近平城] [--title '…']
 *
 * Copies a raw page into the issues folder with front matter, refusing to overwrite, then prints the
 * split report. ARCHIVE_CONTENT_DIR overrides the folder (content/issues).
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ArchiveError, formatDiagnostic } from '../src/lib/errors.ts';
import { writeNewFileAtomically } from '../src/lib/fs/atomic-write.ts';
import { fsErrorDiagnostic } from '../src/lib/fs/fs-error.ts';
import { ISSUES_DIR, issueFilesIn, loadIssue, readIssueSource } from '../src/lib/issues/load-issues.ts';
import { existingIssues, planNewIssue } from '../src/lib/editor/new-issue.ts';
import { formatSplitReport } from '../src/lib/editor/report.ts';

const USAGE = "usage: npm run new-issue -- RAW.txt --date YYYY-MM-DD [--page N] [--masthead NAME] [--title 'TEXT']";

function run(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        page: { type: 'string' },
        masthead: { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [rawPath, ...extra] = args.positionals;
  if (args.values.help || rawPath === undefined || extra.length > 0) {
    console.error(USAGE);
    return args.values.help ? 0 : 2;
  }
  const dir = process.env['ARCHIVE_CONTENT_DIR'] || ISSUES_DIR;
  mkdirSync(dir, { recursive: true });
  const existing = existingIssues(issueFilesIn(dir).map(readIssueSource));
  const { date, page, masthead, title } = args.values;
  const plan = planNewIssue({
    raw: readIssueSource(rawPath),
    date,
    page,
    masthead,
    title,
    dir,
    existing,
  });
  // All or nothing, and never over a file that appeared since the folder was listed.
  writeNewFileAtomically(plan.path, plan.contents);
  console.log(`added ${plan.path}: ${plan.masthead}, ${plan.date}, page ${plan.page}\n`);
  try {
    console.log(formatSplitReport(loadIssue(plan.path)));
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    console.error(formatDiagnostic(error.diagnostic));
    console.error(
      `\nThe page was added as ${plan.path}, but it cannot be split yet: correct it as the hint says, then run npm run check.`,
    );
    return 1;
  }
  console.log(
    `\nNext: read the report above; mark any line the splitter got wrong (see README), then run npm run check.`,
  );
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  const plain = error instanceof ArchiveError ? error.diagnostic : fsErrorDiagnostic(error);
  if (plain) console.error(formatDiagnostic(plain));
  else
    console.error(`internal error: ${(error as Error).message}\n  hint: this is a bug in new-issue; please report it.`);
  process.exitCode = 1;
}
