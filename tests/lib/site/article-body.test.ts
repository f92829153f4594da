import { describe, expect, it } from 'vitest';
import { articleToMdast, MISSING_IMAGE_LABEL, renderArticleBody } from '../../../src/lib/site/article-body.ts';
import { makeArticle } from './fixtures.ts';

const options = { imageUrl: (path: string) => `/pingcheng-archive/${path}` };

describe('renderArticleBody', () => {
  it('renders paragraphs and intertitles as <p> and anchored <h2>, with their source lines', () => {
    const html = renderArticleBody(makeArticle(), options);
    expect(html).toContain('<p data-lines="40">近日，平城区召开基层治理工作推进会。</p>');
    expect(html).toContain('<h2 data-lines="41" id="part-1">网格化管理全覆盖</h2>');
    expect(html).toContain('<p data-lines="42-43">');
  });

  it('keeps printed text that looks like markup as visible text', () => {
    const samples = [
      '**加粗**',
      '# 不是标题',
      '<b>粗体</b>',
      '<script>alert(1)</script>',
      '[链接](javascript:alert(1))',
      '&amp; 与 &lt;',
    ];
    const article = makeArticle({
      blocks: samples.map((text, index) => ({ type: 'paragraph' as const, text, lines: [index + 1] })),
    });
    const html = renderArticleBody(article, options);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<strong>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('**加粗**');
    expect(html).toContain('# 不是标题');
    expect(html).toContain('&#x3C;b>粗体&#x3C;/b>');
    expect(html).toContain('&#x26;amp; 与 &#x26;lt;');
  });

  it('shows a figure without an image as its caption and a 图片未收录 mark, never an <img>', () => {
    const article = makeArticle({
      figures: [{ caption: '网格员入户走访。', credit: '记者 孙鑫 摄', image: null, lines: [41] }],
    });
    const html = renderArticleBody(article, options);
    expect(html).not.toContain('<img');
    expect(html).toContain(`<p class="figure-missing">${MISSING_IMAGE_LABEL}</p>`);
    expect(html).toMatch(
      /<figcaption><span class="figure-caption">网格员入户走访。<\/span><span class="figure-credit">记者 孙鑫 摄<\/span><\/figcaption>/,
    );
  });

  it('shows a figure the archive holds as an image under the base path, with the caption as alt text', () => {
    const article = makeArticle({
      figures: [{ caption: '会议现场', credit: null, image: 'images/a.jpg', lines: [39] }],
    });
    const html = renderArticleBody(article, options);
    expect(html).toContain(
      '<img src="/pingcheng-archive/images/a.jpg" alt="会议现场" loading="lazy" decoding="async">',
    );
  });

  it('places figures among the blocks in the order the page printed them', () => {
    const article = makeArticle({ figures: [{ caption: '图', credit: null, image: null, lines: [41] }] });
    const types = articleToMdast(article, options).children.map((node) => node.data?.hName ?? node.type);
    expect(types).toEqual(['paragraph', 'heading', 'figure', 'paragraph']);
  });

  it('renders a list block as one list item per printed line', () => {
    const article = makeArticle({ blocks: [{ type: 'list', text: '一是强化组织领导\n二是压实责任', lines: [5, 6] }] });
    const html = renderArticleBody(article, options);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('一是强化组织领导');
  });
});
