/**
 * `npm run new-issue` without the disk: from a raw page and the editor's arguments to the issue file to
 * write (its path and contents), or an ArchiveError saying what to fix. Nothing is written here, so a
 * refusal never leaves half a file behind; the CLI writes with “fail if it exists”.
 *
 * The page text is kept exactly as extracted (only re-encoded as UTF-8 with `\n` line endings); the
 * front matter is written in the form `npm run check` accepts.
 */
import { archiveLimits, type ArchiveLimits } from '../../config/archive.ts';
import { ArchiveError } from '../errors.ts';
import { describeDateProblem } from '../issues/editor-date.ts';
import { readFrontMatter } from '../issues/front-matter.ts';
import type { IssueSource } from '../issues/issue-file.ts';
import { chooseIssueFileName, type ExistingIssue } from '../issues/issue-name.ts';
import { mastheadFor } from '../issues/masthead.ts';
import { dateOutsidePaperLife, pageAboveMaximum } from '../issues/paper-life.ts';
import { decode } from '../split/decode.ts';
import { cleanInvisible } from '../split/normalise.ts';

/** The 平城 page is printed as page 5 (第5版) of 大同日报; --page overrides it. */
export const DEFAULT_PAGE = 5;

export interface NewIssueRequest {
  /** The raw page as extracted from the PDF. */
  raw: IssueSource;
  /** Arguments as typed; undefined when not given. */
  date: string | undefined;
  page?: string | undefined;
  masthead?: string | undefined;
  title?: string | undefined;
  /** The issues folder, e.g. content/issues. */
  dir: string;
  existing: readonly ExistingIssue[];
  /** First year and highest page; src/config/archive.ts by default. */
  limits?: ArchiveLimits;
  /** “Next year” is counted from this day. */
  today?: Date;
}

export interface NewIssuePlan {
  path: string;
  contents: string;
  date: string;
  page: number;
  masthead: string;
}

const COMMAND = 'npm run new-issue';

function refuse(ruleId: string, message: string, hint: string, file = COMMAND, line: number | null = null): never {
  throw new ArchiveError({ ruleId, file, line, message, hint });
}

/** A YAML scalar: plain when it is only letters, digits and ·, else single-quoted. */
function yamlText(value: string): string {
  return /^[\p{L}\p{N}·][\p{L}\p{N}· ]*$/u.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

export function frontMatterText(fields: {
  date: string;
  masthead: string;
  page: number;
  title?: string | undefined;
}): string {
  const lines = ['---', `date: ${fields.date}`, `masthead: ${yamlText(fields.masthead)}`, `page: ${fields.page}`];
  if (fields.title !== undefined) lines.push(`title: ${yamlText(fields.title)}`);
  return `${lines.join('\n')}\n---\n`;
}

function checkDate(date: string | undefined, limits: ArchiveLimits, today: Date): string {
  if (date === undefined)
    refuse('missing-argument', '--date is required', 'Give the date printed on the page: --date 2024-02-02.');
  const problem = describeDateProblem(date) ?? dateOutsidePaperLife(date, limits, today);
  if (problem) refuse('bad-argument', `--date ${problem.message}`, problem.hint);
  return date;
}

function checkPage(page: string | undefined, limits: ArchiveLimits): number {
  if (page === undefined) return DEFAULT_PAGE;
  if (!/^\d+$/.test(page.trim()) || Number(page) < 1)
    refuse(
      'bad-argument',
      `--page must be a whole number such as 5, not “${page}”`,
      'Give the page number (版次) printed on the page, in digits.',
    );
  const problem = pageAboveMaximum(Number(page), limits);
  if (problem) refuse('bad-argument', `--page: ${problem.message}`, problem.hint);
  return Number(page);
}

function checkOneLine(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '' || /[\r\n]/.test(value))
    refuse('bad-argument', `--${name} must be one line of text`, `Give it in quotes: --${name} '…'.`);
  return value.trim();
}

/** The raw page as text, refusing what cannot be a raw page. */
function rawPageText(raw: IssueSource): string {
  const { text } = decode(raw.bytes, raw.source);
  if (cleanInvisible(text).trim() === '')
    refuse(
      'empty-page',
      'this file is empty: there is no page text to add',
      'Export the text of the page again; the file should hold the whole printed page.',
      raw.source,
    );
  const block = readFrontMatter(text, raw.source);
  if (block.present && block.keyLines.size > 0) {
    refuse(
      'already-an-issue',
      `this file already has front matter (lines 1–${block.bodyLineOffset})`,
      'It is an issue file already: copy it into the issues folder, or delete the front matter and run new-issue again.',
      raw.source,
      1,
    );
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}

export function planNewIssue(request: NewIssueRequest): NewIssuePlan {
  const limits = request.limits ?? archiveLimits();
  const date = checkDate(request.date, limits, request.today ?? new Date());
  const page = checkPage(request.page, limits);
  const masthead = checkOneLine('masthead', request.masthead) ?? mastheadFor(date);
  const title = checkOneLine('title', request.title);
  const body = rawPageText(request.raw);
  const choice = chooseIssueFileName(date, page, request.existing);
  if (!choice.ok) {
    refuse(
      'issue-exists',
      `the archive already has page ${page} of ${date}: ${request.dir}/${choice.clash.name}`,
      'Nothing was written. If the page is another one, give its number with --page; if it replaces the old file, delete that file first.',
    );
  }
  const path = `${request.dir}/${choice.name}`;
  const contents = frontMatterText({ date, masthead, page, title }) + body;
  // The front matter written must be one `npm run check` accepts; anything else is a bug here.
  const error = readFrontMatter(contents, path).diagnostics[0];
  if (error) throw new ArchiveError(error);
  return { path, contents, date, page, masthead };
}

/** Date and page of each issue file already in the folder; an unreadable file still holds its name. */
export function existingIssues(files: readonly IssueSource[]): ExistingIssue[] {
  return files.map(({ source, bytes }) => {
    const name = source.split(/[\\/]/).pop() ?? source;
    try {
      const data = readFrontMatter(decode(bytes, source).text, source).data;
      return { name, date: data?.date ?? null, page: data?.page ?? null };
    } catch {
      return { name, date: null, page: null };
    }
  });
}
