/**
 * When synthetic issues appear: the 平城 page is printed every Friday. A weekly page over twenty years
 * is about 1,000 pages; a bigger archive is laid out as a paper with several pages a day would be, so
 * its dates still span at most twenty years and every date is a Friday. A date with several pages gives
 * them numbers 5, 6, 7 … (the 平城 page is page 5) and file names with a -p suffix, as README says.
 */

export interface Slot {
  /** YYYY-MM-DD, a Friday. */
  date: string;
  page: number;
  /** File name without extension: 2021-04-09, or 2021-04-09-p6 when a date has several pages. */
  id: string;
}

/** The last Friday of the synthetic archive; issues run back from it. */
export const LAST_FRIDAY = '2025-12-26';
export const FIRST_PAGE = 5;
const MAX_WEEKS = 52 * 20;
const DAY = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Slot `index` (0 = the oldest) of an archive of `count` issues. */
export function slotOf(index: number, count: number): Slot {
  const pagesPerDate = Math.max(1, Math.ceil(count / MAX_WEEKS));
  const weeks = Math.ceil(count / pagesPerDate);
  const week = Math.floor(index / pagesPerDate);
  const last = Date.parse(`${LAST_FRIDAY}T00:00:00Z`);
  const date = isoDate(last - (weeks - 1 - week) * 7 * DAY);
  const page = FIRST_PAGE + (index % pagesPerDate);
  return { date, page, id: pagesPerDate === 1 ? date : `${date}-p${page}` };
}

/** 今日平城 was renamed 走近平城 on 2021-04-09 (its first anniversary issue says so). */
export function mastheadOn(date: string): string {
  return date < '2021-04-09' ? '大同日报·今日平城' : '大同日报·走近平城';
}
