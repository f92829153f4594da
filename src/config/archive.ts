/**
 * Limits of what the archive can hold, checked by `npm run check` and the build alike. A date or page
 * outside them is a typing mistake (2012 for 2021, 55 for 5), never a page to publish.
 */
export const ARCHIVE_LIMITS = {
  /**
   * The 平城 page first appeared in 2020: its first-anniversary issue is dated 2021-04-09. An archive of
   * another paper, or the benchmark's synthetic one, sets ARCHIVE_FIRST_YEAR instead.
   */
  firstYear: 2020,
  /** 大同日报 prints 8 to 16 pages a day, special editions up to 32. */
  maxPage: 32,
} as const;

export interface ArchiveLimits {
  firstYear: number;
  maxPage: number;
}

/** The limits, with the first year taken from ARCHIVE_FIRST_YEAR when it is a year. */
export function archiveLimits(env: Record<string, string | undefined> = process.env): ArchiveLimits {
  const year = env['ARCHIVE_FIRST_YEAR'];
  return {
    ...ARCHIVE_LIMITS,
    firstYear: year && /^\d{4}$/.test(year) ? Number(year) : ARCHIVE_LIMITS.firstYear,
  };
}
