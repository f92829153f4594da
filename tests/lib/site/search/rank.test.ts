import { describe, expect, it } from 'vitest';
import type { PagefindData } from '../../../../src/lib/site/search/pagefind-api.ts';
import { rankByText } from '../../../../src/lib/site/search/rank.ts';
import { indexContent } from '../../../../src/lib/site/search/text.ts';

function article(url: string, title: string, ...paragraphs: string[]): PagefindData {
  return { url, content: indexContent([title, ...paragraphs]), meta: { title }, filters: {} };
}

const order = (results: PagefindData[]) => results.map((data) => data.url);

describe('rankByText', () => {
  it('ranks by how often the article holds the term, not its characters', () => {
    const results = [
      article('建设', '城市建设', '建设建设建设，党员建设，党建一次。'),
      article('党建', '基层工作', '抓党建促发展，以党建为引领，党建工作。'),
    ];
    expect(order(rankByText(results, ['党建']))).toEqual(['党建', '建设']);
  });

  it('puts a headline holding every term ahead of more mentions in the text', () => {
    const results = [
      article('正文', '燃气安全', '社区，社区，社区，社区。'),
      article('标题', '燃气安全进社区', '入户宣传。'),
    ];
    expect(order(rankByText(results, ['社区']))).toEqual(['标题', '正文']);
  });

  it('puts the query as typed first when it has several terms', () => {
    const results = [article('分开', '平城', '城区很大，党建很好，城区党员。'), article('连写', '平城', '城区党建。')];
    expect(order(rankByText(results, ['城区', '党建']))).toEqual(['连写', '分开']);
  });

  it('keeps Pagefind’s order between equals', () => {
    const results = [article('一', '甲', '平城'), article('二', '乙', '平城')];
    expect(order(rankByText(results, ['平城']))).toEqual(['一', '二']);
  });
});
