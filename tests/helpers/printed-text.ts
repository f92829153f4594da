/** Every text an article or issue shows a reader, field by field, in reading order. */
import type { Article, Issue } from '../../src/lib/schema.ts';

/** The no-text-lost tests compare these with the page; the search tests take them as ground truth. */
export function articlePieces(article: Article): string[] {
  return [
    article.rubric,
    article.overline,
    article.headline,
    article.subtitle,
    article.byline,
    ...article.blocks.map((block) => block.text),
    ...article.figures.flatMap((figure) => [figure.caption, figure.credit]),
  ].filter((text): text is string => text !== null && text !== '');
}

export function printedPieces(issue: Issue): string[] {
  return issue.articles.flatMap(articlePieces).concat(issue.furniture);
}
