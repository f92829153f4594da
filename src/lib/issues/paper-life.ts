/**
 * A date or page number the paper can have printed. The calendar check (editor-date.ts) lets through
 * 0001-01-01 and 9999-12-31, and the schema any whole page number; those reached the site as 最新一期
 * and as RSS dates of year -0001. The limits are in src/config/archive.ts.
 */
import type { ArchiveLimits } from '../../config/archive.ts';

export interface LimitProblem {
  message: string;
  hint: string;
}

/** Null when a page could have been printed on `date` (YYYY-MM-DD), else why not. */
export function dateOutsidePaperLife(date: string, limits: ArchiveLimits, today: Date): LimitProblem | null {
  const year = Number(date.slice(0, 4));
  const lastYear = today.getUTCFullYear() + 1;
  if (year >= limits.firstYear && year <= lastYear) return null;
  return {
    message:
      year < limits.firstYear
        ? `${date} is before the page was first printed (${limits.firstYear})`
        : `${date} is after next year (${lastYear}): the page cannot have been printed yet`,
    hint: `Check the year printed on the page; the archive holds pages from ${limits.firstYear} to ${lastYear}.`,
  };
}

export function pageAboveMaximum(page: number, limits: ArchiveLimits): LimitProblem | null {
  if (page <= limits.maxPage) return null;
  return {
    message: `page ${page} is above the highest page the paper prints (${limits.maxPage})`,
    hint: `Write the page number (版次) printed on the page; if the paper really has more pages, raise maxPage in src/config/archive.ts.`,
  };
}
