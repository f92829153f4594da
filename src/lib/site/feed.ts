/**
 * RSS items for a list of articles. Links are site-relative with the base path; @astrojs/rss makes
 * them absolute against `site`, which is also the channel's <link>: the archive's home under its base
 * path (https://user.github.io/repo/), not the bare origin.
 */
import type { Entry } from './archive.ts';
import { publicationDate } from './dates.ts';
import { DERIVED_HEADLINE_NOTE } from './marks.ts';
import { firstLines } from './summary.ts';
import type { Links } from './urls.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
  author?: string;
}

export function feedItems(entries: readonly Entry[], links: Links): FeedItem[] {
  return entries.map(({ article, issue }) => {
    const date = article.date ?? issue.date;
    const item: FeedItem = {
      title: article.headline,
      link: links.article(article.id),
      // A headline the splitter made up is said to be one, as on the article page.
      description: article.headlineDerived
        ? `（${DERIVED_HEADLINE_NOTE}）${firstLines(article, 140)}`
        : firstLines(article, 140),
      categories: [article.section],
    };
    if (date) item.pubDate = publicationDate(date);
    if (article.reporters.length) item.author = article.reporters.join('、');
    return item;
  });
}

/** The channel's <link> and the base items resolve against: the site's home under the base path. */
export function feedSite(site: URL | undefined, base: string): string {
  return new URL(base, site ?? 'http://localhost').href;
}
