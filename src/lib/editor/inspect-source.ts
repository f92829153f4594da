/**
 * What the split inspector shows for an issue file, from its bytes: the same steps the build takes
 * (readIssueFile: decode, front matter, split) and the same diagnostics `npm run check` prints, fed to
 * the pure view model in inspect.ts. A file the build would refuse is still shown, line by line, with
 * the error at its line, so an editor halfway through a correction sees what to mend.
 */
import { readFrontMatter } from '../issues/front-matter.ts';
import { issueIdFromSource, readIssueFile, type IssueSource } from '../issues/issue-file.ts';
import type { Diagnostic, Issue } from '../schema.ts';
import { decode } from '../split/decode.ts';
import { checkIssueFiles } from './check.ts';
import { inspectIssue, type Inspection } from './inspect.ts';

/** The one call into `npm run check`: everything it reports about these files. */
export function checkDiagnostics(files: readonly IssueSource[]): Diagnostic[] {
  return checkIssueFiles(files);
}

function splitOrNull(file: IssueSource): Issue | null {
  try {
    return readIssueFile(file);
  } catch {
    // check reports the same failure as a diagnostic with its line (a splitter crash included).
    return null;
  }
}

function decodedText(file: IssueSource): string {
  try {
    return decode(file.bytes, file.source).text;
  } catch {
    // Not text at all (a PDF, an image): check names it; there are no lines to show.
    return '';
  }
}

export function inspectSource(file: IssueSource): Inspection {
  const text = decodedText(file);
  return inspectIssue({
    source: file.source,
    text,
    bodyLineOffset: readFrontMatter(text, file.source).bodyLineOffset,
    issue: splitOrNull(file),
    diagnostics: checkDiagnostics([file]),
  });
}

export interface IssueSummary {
  id: string;
  source: string;
  date: string | null;
  page: number | null;
  masthead: string | null;
  stories: number | null;
  counts: Record<Diagnostic['severity'], number>;
}

/** One row per issue file for the inspector's index, with check's counts (duplicate pages included). */
export function summariseIssues(files: readonly IssueSource[]): IssueSummary[] {
  const diagnostics = checkDiagnostics(files);
  return files.map((file) => {
    const issue = splitOrNull(file);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const diagnostic of diagnostics) if (diagnostic.file === file.source) counts[diagnostic.severity]++;
    return {
      id: issueIdFromSource(file.source),
      source: file.source,
      date: issue?.date ?? null,
      page: issue?.page ?? null,
      masthead: issue?.masthead ?? null,
      stories: issue ? issue.articles.length : null,
      counts,
    };
  });
}
