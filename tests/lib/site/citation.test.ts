import { describe, expect, it } from 'vitest';
import {
  accessDate,
  citationAuthors,
  formatOnlineCitation,
  gbt7714,
  gbt7714Online,
  newspaperName,
} from '../../../src/lib/site/citation.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

describe('gbt7714', () => {
  it('cites a newspaper article in the [N] form of GB/T 7714-2015', () => {
    expect(gbt7714(makeArticle(), makeIssue())).toBe(
      '孙鑫. 释放基层治理活力 提升为民服务水平[N]. 大同日报, 2021-04-09(5).',
    );
  });

  it('adds the subtitle as other title information, without its printed dash', () => {
    const article = makeArticle({
      headline: '扬帆踏浪逐梦行',
      subtitle: '——写在《大同日报·今日平城》创刊一周年之际',
      reporters: [],
    });
    expect(gbt7714(article, makeIssue())).toBe(
      '扬帆踏浪逐梦行: 写在《大同日报·今日平城》创刊一周年之际[N]. 大同日报, 2021-04-09(5).',
    );
  });

  it('starts with the title when no author is named', () => {
    expect(gbt7714(makeArticle({ reporters: [] }), makeIssue())).toMatch(/^释放基层治理活力/);
  });

  it('lists three authors at most, then 等', () => {
    expect(citationAuthors(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
    expect(citationAuthors(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    expect(citationAuthors(['甲', '甲'])).toBe('甲');
  });

  it('falls back to the issue date when the article has none, and omits an unknown page', () => {
    const issue = makeIssue({ page: null });
    expect(gbt7714(makeArticle({ date: null }), issue)).toMatch(/大同日报, 2021-04-09\.$/);
  });
});

describe('gbt7714Online', () => {
  const url = 'https://example.github.io/pingcheng-archive/articles/2021-04-09-02/';

  it('cites the article read here in the [N/OL] form, with the access date and the URL', () => {
    const citation = gbt7714Online(makeArticle(), makeIssue(), url);
    expect(formatOnlineCitation(citation, '2026-12-01')).toBe(
      `孙鑫. 释放基层治理活力 提升为民服务水平[N/OL]. 大同日报, 2021-04-09(5)[2026-12-01]. ${url}.`,
    );
  });

  it('writes the access date as the reader’s calendar day', () => {
    expect(accessDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(accessDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('newspaperName', () => {
  it('takes the paper from the masthead, before the page name', () => {
    expect(newspaperName('大同日报·走近平城')).toBe('大同日报');
    expect(newspaperName('大同日报·今日平城')).toBe('大同日报');
    expect(newspaperName(null)).toBe('大同日报');
  });
});
