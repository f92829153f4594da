/**
 * Editorial settings of the reader's site: its name and how it describes itself. Deployment settings
 * (site URL, base path, repository) come from the environment instead; see astro.config.mjs.
 */
export const SITE = {
  title: '平城版面档案',
  tagline: '《大同日报》平城专版 逐期存档',
  description: '《大同日报》平城专版（今日平城、走近平城）的逐期文字存档：按期、栏目、记者、日期浏览，并可全文检索。',
  /** Articles per page on section and reporter listings; keeps each page small in a large archive. */
  pageSize: 50,
  /** Items in each RSS feed. */
  feedSize: 30,
} as const;
