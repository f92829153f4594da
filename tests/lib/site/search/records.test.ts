import { describe, expect, it } from 'vitest';
import { FIGURE_LABEL, PHOTO_STORY_NOTE } from '../../../../src/lib/site/article-body.ts';
import { articlePieces, searchRecord, searchRecords } from '../../../../src/lib/site/search/records.ts';
import { contentPieces } from '../../../../src/lib/site/search/text.ts';
import { makeArticle, makeIssue } from '../fixtures.ts';

describe('articlePieces', () => {
  it('is the printed text in reading order: headline, byline, paragraphs, captions and credits', () => {
    const article = makeArticle({
      overline: '网格化服务管理',
      figures: [{ caption: '网格员入户走访', credit: '孙鑫 摄', image: null, lines: [44] }],
    });
    expect(articlePieces(article)).toEqual([
      '网格化服务管理',
      '释放基层治理活力 提升为民服务水平',
      '记者 孙鑫',
      '近日，平城区召开基层治理工作推进会。',
      '网格化管理全覆盖',
      '全区划分网格，配齐网格员。',
      '网格员入户走访',
      '孙鑫 摄',
    ]);
  });

  it('gives a 本报讯 byline once, where the paper printed it in the first paragraph', () => {
    const article = makeArticle({
      byline: '本报讯（记者 孙鑫）',
      blocks: [{ type: 'paragraph', text: '本报讯（记者 孙鑫）近日，平城区召开推进会。', lines: [40] }],
    });
    expect(articlePieces(article).filter((piece) => piece.includes('孙鑫'))).toHaveLength(1);
  });

  it('never holds the words the site prints for a missing photograph', () => {
    const article = makeArticle({ blocks: [], figures: [{ caption: null, credit: null, image: null, lines: [44] }] });
    const text = articlePieces(article).join('');
    expect(text).not.toContain(FIGURE_LABEL);
    expect(text).not.toContain(PHOTO_STORY_NOTE);
  });
});

describe('searchRecord', () => {
  const issue = makeIssue();
  const article = issue.articles[0]!;

  it('indexes only the article’s text: no section, year or date', () => {
    const filed = makeArticle({ section: '经济' });
    const record = searchRecord(filed, issue);
    const text = contentPieces(record.content).join('');
    expect(record.filters['section']).toEqual(['经济']);
    expect(text).not.toContain('经济');
    expect(text).not.toContain('2021');
    expect(record.meta).toEqual({ title: article.headline });
  });

  it('carries section, reporter, year and day as filters, the date as the sort', () => {
    expect(searchRecord(article, issue)).toMatchObject({
      url: `/articles/${article.id}/`,
      language: 'zh-cn',
      filters: { section: ['基层治理'], reporter: ['孙鑫'], year: ['2021'], date: ['2021-04-09'] },
      sort: { date: '2021-04-09' },
    });
  });

  it('leaves out the date filters of an article whose date is unknown', () => {
    const undated = makeIssue({ date: null, dateInferred: true, articles: [makeArticle({ date: null })] });
    const record = searchRecord(undated.articles[0]!, undated);
    expect(record.filters).toEqual({ section: ['基层治理'], reporter: ['孙鑫'] });
    expect(record.sort).toEqual({});
  });

  it('makes one record per article of every issue', () => {
    const issues = [makeIssue(), makeIssue({ id: '2021-04-02' })];
    expect(searchRecords(issues).map((record) => record.url)).toEqual([
      '/articles/2021-04-09-01/',
      '/articles/2021-04-02-01/',
    ]);
  });
});
