/**
 * Dates as a Chinese reader expects them (2021年4月9日 星期五). Issue dates are calendar dates with no
 * time zone, so everything is computed in UTC to keep a page from shifting a day on the build machine.
 */
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function parts(isoDate: string): { year: number; month: number; day: number } {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)), day: Number(isoDate.slice(8, 10)) };
}

/** `2021-04-09` → `2021年4月9日`; `null` → `日期不详`. */
export function formatDate(isoDate: string | null): string {
  if (isoDate === null) return '日期不详';
  const { year, month, day } = parts(isoDate);
  return `${year}年${month}月${day}日`;
}

/** `2021-04-09` → `星期五`. */
export function weekday(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()] ?? '';
}

export function formatMonth(year: number, month: number): string {
  return `${year}年${month}月`;
}

/** Publication time for feeds and JSON-LD: the issue date at midnight in China (UTC+8). */
export function publicationDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

/**
 * How an issue is named in a month's line of the index: `9日`, or `9日5版` when the archive holds more
 * than one page of that day.
 */
export function issueDayLabel(
  issue: { date: string | null; page: number | null },
  sameMonth: ReadonlyArray<{ date: string | null }>,
): string {
  if (issue.date === null) return '日期不详';
  const day = `${Number(issue.date.slice(8, 10))}日`;
  const shared = sameMonth.filter((other) => other.date === issue.date).length > 1;
  return shared && issue.page !== null ? `${day}${issue.page}版` : day;
}
