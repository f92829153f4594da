/**
 * `npm run check` as a pure function: every issue file in, every diagnostic out, sorted by file and
 * line. It runs the same steps as the build (decode, front matter, split), so a set of files with no
 * errors builds; it adds what only makes sense across files or for editors (two files for the same page,
 * a file name that disagrees with its date, a masthead the page never carried, a file not saved as
 * UTF-8). A crash inside the splitter becomes a diagnostic too, so one bad page never hides the others.
 *
 * It is also the build's gate: Astro's content loader (site/issue-loader.ts) runs `checkFile` on each
 * file of the same folder listing and `combineChecks` over them, stops on any error and publishes only
 * the issues returned. `checkIssueFile` gives one file's own diagnostics, for tools that look at a page.
 */
import { archiveLimits, type ArchiveLimits } from '../../config/archive.ts';
import { MASTHEADS } from '../../config/sections.ts';
import { ArchiveError } from '../errors.ts';
import { FIELD_HELP, readFrontMatter, type FrontMatterBlock } from '../issues/front-matter.ts';
import { splitIssue, type IssueSource } from '../issues/issue-file.ts';
import { ISSUE_FILE_NAME } from '../issues/issue-name.ts';
import { MASTHEAD_RENAMED, mastheadFor } from '../issues/masthead.ts';
import { dateOutsidePaperLife, pageAboveMaximum } from '../issues/paper-life.ts';
import type { Diagnostic, FrontMatter, Issue, ReporterAlias } from '../schema.ts';
import { reporterNameWarnings } from './reporter-names.ts';
import { ENCODING_NAMES, decode } from '../split/decode.ts';
import { cleanInvisible } from '../split/normalise.ts';
import { suggestName } from '../issues/suggest.ts';

/** One file checked on its own: its diagnostics, and the issue split from it when it could be. */
export interface FileCheck {
  source: string;
  frontMatter: FrontMatter | null;
  dateLine: number;
  diagnostics: Diagnostic[];
  issue: Issue | null;
}

export interface CheckOptions {
  /** First year and highest page (src/config/archive.ts, ARCHIVE_FIRST_YEAR). */
  limits?: ArchiveLimits;
  /** “Next year” is counted from this day. */
  today?: Date;
}

const baseName = (source: string) => source.split(/[\\/]/).pop() ?? source;

function warning(file: string, line: number | null, ruleId: string, message: string, hint: string): Diagnostic {
  return { ruleId, severity: 'warning', file, line, message, hint };
}

function asDiagnostic(error: unknown, file: string): Diagnostic {
  if (error instanceof ArchiveError) return error.diagnostic;
  return {
    ruleId: 'splitter-crash',
    severity: 'error',
    file,
    line: null,
    message: `the splitter failed on this file: ${(error as Error).message?.split('\n')[0] ?? String(error)}`,
    hint: 'This is a bug in the splitter; please report it with the file. Correction markup (`@@ article`, `@@ body`) near the problem may work around it.',
  };
}

function checkNames(source: string, frontMatter: FrontMatter, block: FrontMatterBlock): Diagnostic[] {
  const out: Diagnostic[] = [];
  const name = ISSUE_FILE_NAME.exec(baseName(source));
  const expected = `${frontMatter.date}.txt or ${frontMatter.date}-p${frontMatter.page}.txt`;
  if (!name) {
    out.push(
      warning(
        source,
        null,
        'file-name',
        `the file name is not a date: expected ${expected}`,
        'The file name becomes the page’s address on the site; rename the file.',
      ),
    );
  } else if (name[1] !== frontMatter.date || (name[2] !== undefined && Number(name[2]) !== frontMatter.page)) {
    const line = block.keyLines.get(name[1] !== frontMatter.date ? 'date' : 'page') ?? null;
    out.push(
      warning(
        source,
        line,
        'file-name',
        `the file name ${baseName(source)} does not match the front matter: expected ${expected}`,
        'Rename the file or correct the front matter, whichever is wrong.',
      ),
    );
  }
  const masthead = frontMatter.masthead;
  const line = block.keyLines.get('masthead') ?? null;
  if (!(MASTHEADS as readonly string[]).includes(masthead)) {
    const suggestion = suggestName(masthead, MASTHEADS);
    out.push(
      warning(
        source,
        line,
        'masthead-unknown',
        `the page has never been called “${masthead}”${suggestion ? `: did you mean ${suggestion}?` : ''}`,
        `Mastheads (版名) so far: ${MASTHEADS.join(', ')}. A new name belongs in src/config/sections.ts.`,
      ),
    );
  } else if (masthead !== mastheadFor(frontMatter.date)) {
    out.push(
      warning(
        source,
        line,
        'masthead-date',
        `on ${frontMatter.date} the page was called ${mastheadFor(frontMatter.date)}, not ${masthead}`,
        `The page was renamed ${MASTHEADS[1]} on ${MASTHEAD_RENAMED}; check the date and the masthead printed on the page.`,
      ),
    );
  }
  return out;
}

function checkLimits(
  source: string,
  frontMatter: FrontMatter,
  block: FrontMatterBlock,
  options: CheckOptions,
): Diagnostic[] {
  const limits = options.limits ?? archiveLimits();
  const out: Diagnostic[] = [];
  const date = dateOutsidePaperLife(frontMatter.date, limits, options.today ?? new Date());
  if (date)
    out.push({
      ruleId: 'date-out-of-range',
      severity: 'error',
      file: source,
      line: block.keyLines.get('date') ?? 1,
      message: `\`date\` (${FIELD_HELP.date.zh}): ${date.message}`,
      hint: date.hint,
    });
  const page = pageAboveMaximum(frontMatter.page, limits);
  if (page)
    out.push({
      ruleId: 'page-out-of-range',
      severity: 'error',
      file: source,
      line: block.keyLines.get('page') ?? 1,
      message: `\`page\` (${FIELD_HELP.page.zh}): ${page.message}`,
      hint: page.hint,
    });
  return out;
}

/** Every diagnostic of one file on its own, and its issue: bytes in, no disk, no other file. */
export function checkFile({ source, bytes }: IssueSource, options: CheckOptions = {}): FileCheck {
  let text: string;
  const diagnostics: Diagnostic[] = [];
  try {
    const decoded = decode(bytes, source);
    text = decoded.text;
    if (decoded.encoding !== 'utf-8') {
      diagnostics.push(
        warning(
          source,
          null,
          'not-utf8',
          `this file is saved as ${ENCODING_NAMES[decoded.encoding]}; it was read correctly, but the archive keeps UTF-8`,
          'Save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) so every tool reads it the same way.',
        ),
      );
    }
  } catch (error) {
    return { source, frontMatter: null, dateLine: 1, diagnostics: [asDiagnostic(error, source)], issue: null };
  }
  if (cleanInvisible(text).trim() === '') {
    diagnostics.push({
      ruleId: 'empty-file',
      severity: 'error',
      file: source,
      line: null,
      message: 'this file is empty',
      hint: 'An issue file holds the front matter and the text of one printed page: add pages with npm run new-issue, or delete this file.',
    });
    return { source, frontMatter: null, dateLine: 1, diagnostics, issue: null };
  }
  const block = readFrontMatter(text, source);
  diagnostics.push(...block.diagnostics);
  if (!block.present) {
    diagnostics.push({
      ruleId: 'missing-front-matter',
      severity: 'error',
      file: source,
      line: 1,
      message: 'this file has no front matter (date, masthead, page) above the page text',
      hint: `Start the file with these lines: \`---\`, \`${FIELD_HELP.date.example}\`, \`${FIELD_HELP.masthead.example}\`, \`${FIELD_HELP.page.example}\`, \`---\` (npm run new-issue writes them for you).`,
    });
  }
  if (block.data)
    diagnostics.push(...checkNames(source, block.data, block), ...checkLimits(source, block.data, block, options));
  let issue: Issue | null = null;
  try {
    issue = splitIssue(source, block);
    diagnostics.push(...issue.diagnostics);
  } catch (error) {
    diagnostics.push(asDiagnostic(error, source));
  }
  return { source, frontMatter: block.data, dateLine: block.keyLines.get('date') ?? 1, diagnostics, issue };
}

/** The diagnostics of one file on its own (no rule across files): for tools that look at one page. */
export function checkIssueFile(file: IssueSource, options: CheckOptions = {}): Diagnostic[] {
  return checkFile(file, options).diagnostics;
}

/** Two files for the same date and page: both are named, so the editor can pick the one to delete. */
function checkDuplicates(checked: readonly FileCheck[]): Diagnostic[] {
  const byPage = new Map<string, FileCheck[]>();
  for (const file of checked) {
    if (!file.frontMatter) continue;
    const key = `${file.frontMatter.date} p${file.frontMatter.page}`;
    byPage.set(key, [...(byPage.get(key) ?? []), file]);
  }
  const out: Diagnostic[] = [];
  for (const files of byPage.values()) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).map((other) => other.source);
      out.push({
        ruleId: 'duplicate-page',
        severity: 'error',
        file: file.source,
        line: file.dateLine,
        message: `page ${file.frontMatter!.page} of ${file.frontMatter!.date} is also in ${others.join(', ')}`,
        hint: 'Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
      });
    }
  }
  return out;
}

/**
 * A file's check as the build and `npm run check` keep it for the rules across files: the splitter's
 * reasons for each line are for editors (npm run split) and no page shows them, yet they are a fifth of
 * an issue's data, which Astro serialises and keeps in memory for the whole build. The byline lines stay:
 * the reporter-name warning points at them.
 */
export function withoutDecisions(check: FileCheck): FileCheck {
  if (!check.issue) return check;
  const articles = check.issue.articles.map((article) => ({
    ...article,
    decisions: article.decisions.filter((decision) => decision.role === 'byline'),
  }));
  return { ...check, issue: { ...check.issue, articles } };
}

export interface ArchiveCheck {
  /** Every diagnostic, by file (in the order given) and line. */
  diagnostics: Diagnostic[];
  /** The issues of the files with no error: what may be published. */
  issues: Issue[];
}

/**
 * The whole gate over files already checked one by one: adds the rules across files and the folder's
 * own diagnostics (folder.ts: ignored, unreadable or linked-out entries).
 */
export function combineChecks(
  checked: readonly FileCheck[],
  folder: readonly Diagnostic[] = [],
  aliases: readonly ReporterAlias[] = [],
): ArchiveCheck {
  const split = checked.flatMap((file) => (file.issue ? [file.issue] : []));
  const all = [
    ...folder,
    ...checked.flatMap((file) => file.diagnostics),
    ...checkDuplicates(checked),
    ...reporterNameWarnings(split, aliases),
  ];
  const order = new Map(checked.map((file, index) => [file.source, index]));
  const diagnostics = all.sort(
    (a, b) =>
      (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const issues = checked.flatMap((file) => (file.issue && !failed.has(file.source) ? [file.issue] : []));
  return { diagnostics, issues };
}

export function checkArchive(
  files: readonly IssueSource[],
  options: CheckOptions & { folder?: readonly Diagnostic[]; aliases?: readonly ReporterAlias[] } = {},
): ArchiveCheck {
  return combineChecks(
    files.map((file) => checkFile(file, options)),
    options.folder,
    options.aliases,
  );
}

export function checkIssueFiles(
  files: readonly IssueSource[],
  options: CheckOptions & { aliases?: readonly ReporterAlias[] } = {},
): Diagnostic[] {
  return checkArchive(files, options).diagnostics;
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(files: number, diagnostics: readonly Diagnostic[]): CheckSummary {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  return { files, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(summary: CheckSummary): string {
  const verdict =
    summary.errors > 0
      ? 'fix the errors above before publishing'
      : summary.warnings > 0
        ? 'the site builds; the warnings above are worth a look'
        : 'all good';
  return `checked ${plural(summary.files, 'file')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'note')} — ${verdict}`;
}
