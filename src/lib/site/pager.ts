/**
 * The article page's previous/next links: the neighbours in reading order (archive.ts), each captioned
 * 上一篇 / 下一篇, and, where the neighbour is in another issue, with that issue's date, so the reader
 * knows the link crosses to another page of the paper.
 */
import { articleNeighbours, type Archive, type Entry } from './archive.ts';
import { formatDate } from './dates.ts';
import type { Links } from './urls.ts';

export interface PagerLink {
  href: string;
  label: string;
  caption: string;
}

function linkTo(from: Entry, neighbour: Entry | null, caption: string, links: Links): PagerLink | null {
  if (neighbour === null) return null;
  const crosses = neighbour.issue.id !== from.issue.id;
  return {
    href: links.article(neighbour.article.id),
    label: neighbour.article.headline,
    caption: crosses ? `${caption} · ${formatDate(neighbour.article.date ?? neighbour.issue.date)}` : caption,
  };
}

export function articlePager(
  archive: Archive,
  entry: Entry,
  links: Links,
): { previous: PagerLink | null; next: PagerLink | null } {
  const { previous, next } = articleNeighbours(archive, entry);
  return { previous: linkTo(entry, previous, '上一篇', links), next: linkTo(entry, next, '下一篇', links) };
}
