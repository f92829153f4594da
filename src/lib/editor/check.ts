/**
 * `npm run check` as a pure function: every issue file in, every diagnostic out, sorted by file and
 * line. It runs the same steps as the build (decode, front matter, split), so a set of files with no
 * errors builds; it adds what only makes sense across files or for editors (two files for the same page,
 * a file name that disagrees with its date, a masthead the page never carried, a file not saved as
 * UTF-8). A crash inside the splitter becomes a diagnostic too, so one bad page never hides the others.
 */
import { MASTHEADS } from '../../config/sections.ts';
import { ArchiveError } from '../errors.ts';
import { FIELD_HELP, readFrontMatter, type FrontMatterBlock } from '../issues/front-matter.ts';
import { splitIssue, type IssueSource } from '../issues/issue-file.ts';
import { ISSUE_FILE_NAME } from '../issues/issue-name.ts';
import { MASTHEAD_RENAMED, mastheadFor } from '../issues/masthead.ts';
import type { Diagnostic, FrontMatter, Issue, ReporterAlias } from '../schema.ts';
import { reporterNameWarnings } from './reporter-names.ts';
import { ENCODING_NAMES, decode } from '../split/decode.ts';
import { cleanInvisible } from '../split/normalise.ts';
import { suggestName } from '../issues/suggest.ts';

interface Checked {
  source: string;
  frontMatter: FrontMatter | null;
  dateLine: number;
  diagnostics: Diagnostic[];
  issue?: Issue;
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

function checkOne({ source, bytes }: IssueSource): Checked {
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
    return { source, frontMatter: null, dateLine: 1, diagnostics: [asDiagnostic(error, source)] };
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
    return { source, frontMatter: null, dateLine: 1, diagnostics };
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
  if (block.data) diagnostics.push(...checkNames(source, block.data, block));
  let issue: Issue | undefined;
  try {
    issue = splitIssue(source, block);
    diagnostics.push(...issue.diagnostics);
  } catch (error) {
    diagnostics.push(asDiagnostic(error, source));
  }
  return {
    source,
    frontMatter: block.data,
    dateLine: block.keyLines.get('date') ?? 1,
    diagnostics,
    ...(issue && { issue }),
  };
}

/** Two files for the same date and page: both are named, so the editor can pick the one to delete. */
function checkDuplicates(checked: readonly Checked[]): Diagnostic[] {
  const byPage = new Map<string, Checked[]>();
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

export function checkIssueFiles(files: readonly IssueSource[], aliases: readonly ReporterAlias[] = []): Diagnostic[] {
  const checked = files.map(checkOne);
  const issues = checked.flatMap((file) => file.issue ?? []);
  const all = [
    ...checked.flatMap((file) => file.diagnostics),
    ...checkDuplicates(checked),
    ...reporterNameWarnings(issues, aliases),
  ];
  const order = new Map(files.map((file, index) => [file.source, index]));
  return all.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.line ?? 0) - (b.line ?? 0));
}

/** Files in the issues folder that are not issue files: said once, so a `.TXT` or `.md` is not silently skipped. */
export function checkFolderListing(dir: string, names: readonly string[]): Diagnostic[] {
  return names
    .filter((name) => !name.endsWith('.txt') && !name.startsWith('.'))
    .map((name) =>
      warning(
        `${dir}/${name}`,
        null,
        'not-an-issue-file',
        'ignored: issue files end in .txt',
        'Rename it to YYYY-MM-DD.txt if it is a page, or move it out of the folder.',
      ),
    );
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
