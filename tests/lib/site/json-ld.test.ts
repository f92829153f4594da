import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serialiseJsonLd } from '../../../src/lib/site/json-ld.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

describe('newsArticleJsonLd', () => {
  const url = 'https://o.github.io/r/articles/2021-04-09-02/';

  it('describes the article as a schema.org NewsArticle', () => {
    expect(newsArticleJsonLd(makeArticle(), makeIssue(), url)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '释放基层治理活力 提升为民服务水平',
      datePublished: '2021-04-09',
      inLanguage: 'zh-CN',
      articleSection: '基层治理',
      author: [{ '@type': 'Person', name: '孙鑫' }],
      publisher: { '@type': 'Organization', name: '大同日报' },
      url,
    });
  });

  it('cannot close its <script> element early, whatever the printed text says', () => {
    const article = makeArticle({ headline: '</script><script>alert(1)</script>' });
    const text = serialiseJsonLd(newsArticleJsonLd(article, makeIssue(), url));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});
