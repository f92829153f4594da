/**
 * The search index's records, built from the dataset rather than crawled from the pages, so that what
 * is searched is exactly the article's printed text: rubric, overline, headline, subtitle, byline
 * (once: a 本报讯 byline the first paragraph already holds is not added again), paragraphs, and the
 * figures' captions and credits. Nothing the site adds around the text is indexed — no filter values,
 * no section names, no "图片未收录" placeholder — so a search for 2021 or 收录 only finds articles
 * whose text says it.
 */
import type { Article, Issue } from '../../schema.ts';
import { paths } from '../urls.ts';
import { holds, indexContent } from './text.ts';

/** The shape of Pagefind's `index.addCustomRecord` argument (Node API). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The language of the site's <html lang>, which is how the search page picks its index. */
export const SEARCH_LANGUAGE = 'zh-cn';

/** The article's text as printed, in reading order, as separate pieces. */
export function articlePieces(article: Article): string[] {
  const body = article.blocks.map((block) => block.text);
  const bylineRepeated = article.byline !== null && body.some((text) => holds(text, article.byline ?? ''));
  return [
    article.rubric,
    article.overline,
    article.headline,
    article.subtitle,
    bylineRepeated ? null : article.byline,
    ...body,
    ...article.figures.flatMap((figure) => [figure.caption, figure.credit]),
  ].filter((piece): piece is string => piece !== null && piece.trim() !== '');
}

/**
 * One record per article. Filters carry what readers narrow by (section, year, reporter, and the day,
 * for a date range); the title is the only meta (Pagefind indexes meta words too, and ranks title hits
 * higher), and the result line's date and section are read back from the filters.
 */
export function searchRecord(
  article: Article,
  issue: Issue,
  reporterOf: (printed: string) => string = (name) => name,
): SearchRecord {
  const date = article.date ?? issue.date;
  const filters: Record<string, string[]> = { section: [article.section] };
  if (article.reporters.length > 0) filters['reporter'] = [...new Set(article.reporters.map(reporterOf))];
  if (date) {
    filters['year'] = [date.slice(0, 4)];
    filters['date'] = [date];
  }
  return {
    url: `/${paths.article(article.id)}`,
    content: indexContent(articlePieces(article)),
    language: SEARCH_LANGUAGE,
    meta: { title: article.headline },
    filters,
    sort: date ? { date } : {},
  };
}

/** `reporterOf` maps a printed spelling to its reporter page's name (content/reporters.yaml). */
export function searchRecords(
  issues: readonly Issue[],
  reporterOf: (printed: string) => string = (name) => name,
): SearchRecord[] {
  return issues.flatMap((issue) => issue.articles.map((article) => searchRecord(article, issue, reporterOf)));
}
