/**
 * `lastmod` for the sitemap: an issue page and its articles last changed, as far as a search engine
 * cares, on the day the issue was printed. @astrojs/sitemap's `serialize` sees only each page's URL,
 * so the date is read from the address: issue files are named by their date (2021-04-09.txt,
 * 2021-04-09-p6.txt; `npm run check` warns about any other name), and an article's id is the issue's
 * with its place on the page (2021-04-09-03). Listing pages change with every issue and get none.
 */
import { isoDateSchema } from '../schema.ts';

const DATED_PAGE = /\/(?:issues|articles)\/(\d{4}-\d{2}-\d{2})(?:-p\d+)?(?:-\d+)?\/$/;

export function sitemapLastmod(url: string): string | undefined {
  const date = DATED_PAGE.exec(new URL(url).pathname)?.[1];
  return date !== undefined && isoDateSchema.safeParse(date).success ? date : undefined;
}
