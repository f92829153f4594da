/**
 * A citation a researcher can paste into a bibliography, in the newspaper-article form of GB/T 7714-2015
 * (信息与文献 参考文献著录规则, §8 and the [N] document type):
 *
 *   主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期(版次).
 *   张三. 老城街巷换新颜[N]. 大同日报, 2021-04-09(5).
 *
 * The standard lists at most three authors, then ", 等". Read on this site, the article is an online
 * newspaper article ([N/OL], §4.2 and 8.8): the access date (引用日期) and the URL follow the date:
 *
 *   张三. 老城街巷换新颜[N/OL]. 大同日报, 2021-04-09(5)[2026-12-01]. https://….
 */
import type { Article, Issue } from '../schema.ts';

const MAX_AUTHORS = 3;

/** The newspaper the page belongs to: `大同日报·走近平城` → `大同日报` (the page name follows the dot). */
export function newspaperName(masthead: string | null): string {
  if (masthead === null) return '大同日报';
  return masthead.split(/[·・•]/)[0]?.trim() || masthead;
}

export function citationAuthors(reporters: readonly string[]): string {
  const names = [...new Set(reporters)];
  if (names.length <= MAX_AUTHORS) return names.join(', ');
  return `${names.slice(0, MAX_AUTHORS).join(', ')}, 等`;
}

/** A subtitle as printed (`——写在…之际`) loses its dash when it becomes 其他题名信息. */
function subtitleInfo(subtitle: string | null): string | null {
  const text = subtitle?.replace(/^[\s—–-]+/, '').trim();
  return text ? text : null;
}

/** The parts of the citation up to the document type ([N] or [N/OL]) and the source with its page. */
function parts(article: Article, issue: Issue): { head: string; source: string } {
  const authors = citationAuthors(article.reporters);
  const subtitle = subtitleInfo(article.subtitle);
  const title = subtitle ? `${article.headline}: ${subtitle}` : article.headline;
  const date = article.date ?? issue.date;
  const place = [date, issue.page === null ? null : `(${issue.page})`].filter(Boolean).join('');
  const source = [newspaperName(issue.masthead), place].filter(Boolean).join(', ');
  return { head: `${authors ? `${authors}. ` : ''}${title}`, source };
}

/** The printed article: `孙鑫. 题名[N]. 大同日报, 2021-04-09(5).` */
export function gbt7714(article: Article, issue: Issue): string {
  const { head, source } = parts(article, issue);
  return `${head}[N]. ${source}.`;
}

export interface OnlineCitation {
  /** Everything before the access date: `孙鑫. 题名[N/OL]. 大同日报, 2021-04-09(5)`. */
  beforeAccessDate: string;
  url: string;
}

/**
 * The online form, in two parts, because the access date is the reader's day, not the build's: the page
 * fills it in when it is read (and two builds stay byte-identical).
 */
export function gbt7714Online(article: Article, issue: Issue, url: string): OnlineCitation {
  const { head, source } = parts(article, issue);
  return { beforeAccessDate: `${head}[N/OL]. ${source}`, url };
}

/** `2026-12-01`: the reader's calendar day, as the standard writes dates. */
export function accessDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The whole online citation for a given access date. */
export function formatOnlineCitation(citation: OnlineCitation, accessed: string): string {
  return `${citation.beforeAccessDate}[${accessed}]. ${citation.url}.`;
}
