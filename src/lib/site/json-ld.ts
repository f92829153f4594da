/**
 * schema.org `NewsArticle` for an article page, so search engines and citation tools read the
 * headline, date, authors and publisher without scraping. Serialised with `<` escaped, because the
 * JSON sits inside a <script> element and printed text may contain `</script>`.
 */
import type { Article, Issue } from '../schema.ts';
import { newspaperName } from './citation.ts';
import { firstLines } from './summary.ts';

export function newsArticleJsonLd(article: Article, issue: Issue, url: string): Record<string, unknown> {
  const date = article.date ?? issue.date;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    url,
    mainEntityOfPage: url,
    inLanguage: 'zh-CN',
    articleSection: article.section,
    description: firstLines(article),
    author: article.reporters.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: newspaperName(issue.masthead) },
    isPartOf: {
      '@type': 'PublicationIssue',
      name: issue.masthead ?? newspaperName(null),
      ...(issue.page ? { pageStart: issue.page } : {}),
    },
  };
  if (date) data['datePublished'] = date;
  if (article.subtitle) data['alternativeHeadline'] = article.subtitle;
  return data;
}

export function serialiseJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
