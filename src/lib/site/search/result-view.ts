/**
 * A result as the page shows it: the linked headline (terms marked), date and section, the excerpt.
 * The link carries the terms for the article page to mark (Pagefind's highlight script reads them).
 */
import { formatDate } from '../dates.ts';
import type { PagefindData } from './pagefind-api.ts';
import { excerpt, markTerms, type TextPart } from './excerpt.ts';
import { HIGHLIGHT_PARAM } from './highlight.ts';

export interface ResultView {
  href: string;
  title: TextPart[];
  /** `2021年1月15日 · 时政` */
  meta: string;
  excerpt: TextPart[];
}

/** `url` with one `highlight=` parameter per term, in the order typed. */
export function highlightUrl(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const [beforeHash = '', hash] = url.split('#', 2);
  const [path = '', query = ''] = beforeHash.split('?', 2);
  const params = new URLSearchParams(query);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${path}?${params.toString()}${hash === undefined ? '' : `#${hash}`}`;
}

export function resultView(data: PagefindData, terms: readonly string[]): ResultView {
  const title = data.meta['title'] ?? data.url;
  const date = data.filters['date']?.[0] ?? null;
  const section = data.filters['section']?.[0];
  return {
    href: highlightUrl(data.url, terms),
    title: markTerms(title, terms),
    meta: [formatDate(date), section].filter(Boolean).join(' · '),
    excerpt: excerpt(data.content, title, terms),
  };
}
