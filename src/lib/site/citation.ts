/**
 * A citation a researcher can paste into a bibliography, in the newspaper-article form of GB/T 7714-2015
 * (信息与文献 参考文献著录规则, §8 and the [N] document type):
 *
 *   主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期(版次).
 *   孙鑫. 释放基层治理活力 提升为民服务水平[N]. 大同日报, 2021-04-09(5).
 *
 * The standard lists at most three authors, then ", 等".
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

export function gbt7714(article: Article, issue: Issue): string {
  const authors = citationAuthors(article.reporters);
  const subtitle = subtitleInfo(article.subtitle);
  const title = subtitle ? `${article.headline}: ${subtitle}` : article.headline;
  const date = article.date ?? issue.date;
  const place = [date, issue.page === null ? null : `(${issue.page})`].filter(Boolean).join('');
  const source = [newspaperName(issue.masthead), place].filter(Boolean).join(', ');
  return `${authors ? `${authors}. ` : ''}${title}[N]. ${source}.`;
}
