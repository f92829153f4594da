/**
 * RSS items for a list of articles. Links are site-relative with the base path; @astrojs/rss makes
 * them absolute against `site`.
 */
import type { Entry } from './archive.ts';
import { publicationDate } from './dates.ts';
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
      description: firstLines(article, 140),
      categories: [article.section],
    };
    if (date) item.pubDate = publicationDate(date);
    if (article.reporters.length) item.author = article.reporters.join('、');
    return item;
  });
}
