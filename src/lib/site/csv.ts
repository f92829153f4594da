/**
 * The dataset as CSV for researchers who open it in a spreadsheet: one row per article.
 * Quoting follows RFC 4180 (every field quoted, quotes doubled, CRLF line ends) and the file starts
 * with a byte-order mark, without which Excel reads UTF-8 Chinese as mojibake.
 *
 * A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel,
 * WPS and LibreOffice (CSV injection: `=HYPERLINK(…)` in a headline would run when a researcher opens
 * the file). Following OWASP's CSV Injection guidance, such a cell gets a leading `'`, which spreadsheets
 * read as “this is text” and do not show; the full-width forms (＝＋－＠) are treated alike, since some
 * spreadsheets fold them to ASCII. Numbers and booleans are written as they are.
 */
import type { Entry } from './archive.ts';

export const CSV_COLUMNS = [
  'article_id',
  'issue_id',
  'date',
  'date_inferred',
  'masthead',
  'page',
  'order',
  'section',
  'kind',
  'rubric',
  'overline',
  'headline',
  'subtitle',
  'byline',
  'reporters',
  'figures',
  'text',
  'source',
  'source_lines',
] as const;

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text cell no spreadsheet will run. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '""';
  const text = typeof value === 'string' ? neutraliseCell(value) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** `[3,4,5,9]` → `3-5,9`: compact and still exact. */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const line of sorted.slice(1).concat(Number.NaN)) {
    if (previous !== undefined && line === previous + 1) {
      previous = line;
      continue;
    }
    if (start !== undefined && previous !== undefined)
      ranges.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = line;
    previous = line;
  }
  return ranges.join(',');
}

export function entryRow({ article, issue }: Entry): Array<string | number | boolean | null> {
  return [
    article.id,
    issue.id,
    article.date ?? issue.date,
    issue.dateInferred,
    issue.masthead,
    issue.page,
    article.order,
    article.section,
    article.kind,
    article.rubric,
    article.overline,
    article.headline,
    article.subtitle,
    article.byline,
    article.reporters.join(';'),
    article.figures.length,
    article.blocks.map((block) => block.text).join('\n'),
    issue.source,
    lineRanges(article.lines),
  ];
}

export function articlesCsv(entries: Iterable<Entry>): string {
  const rows = [CSV_COLUMNS.map(csvField).join(',')];
  for (const entry of entries) rows.push(entryRow(entry).map(csvField).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
