import { describe, expect, it } from 'vitest';
import {
  articleToMdast,
  PHOTO_STORY_NOTE,
  renderArticleBody,
  withoutExtractionBullet,
} from '../../../src/lib/site/article-body.ts';
import { CUT_OFF_NOTE } from '../../../src/lib/site/marks.ts';
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

  it('shows a figure without an image as one caption line (图：caption — credit), never an <img> or an empty box', () => {
    const article = makeArticle({
      figures: [{ caption: '网格员入户走访。', credit: '记者 孙鑫 摄', image: null, lines: [41] }],
    });
    const html = renderArticleBody(article, options);
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<figure class="figure figure-no-image" data-lines="41"><figcaption><span class="figure-label" data-pagefind-ignore="">图：</span><span class="figure-caption">网格员入户走访。</span> — <span class="figure-credit">记者 孙鑫 摄</span></figcaption></figure>',
    );
    expect(html).not.toContain('未收录');
  });

  it('says in one line that a photo story’s photographs are missing, before their captions', () => {
    const article = makeArticle({
      kind: '图片',
      blocks: [],
      figures: [{ caption: '科普进校园。', credit: '资料图片', image: null, lines: [61, 63] }],
    });
    const html = renderArticleBody(article, options);
    expect(html.startsWith(`<p class="photo-story-note" data-pagefind-ignore="">${PHOTO_STORY_NOTE}</p>`)).toBe(true);
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(renderArticleBody(makeArticle(), options)).not.toContain(PHOTO_STORY_NOTE);
  });

  it('marks a text that breaks off mid-sentence, after its last block, outside the search index', () => {
    const cut = makeArticle({
      blocks: [{ type: 'paragraph', text: '检查消防设施有无损坏、过期，电线是否', lines: [40] }],
    });
    expect(renderArticleBody(cut, options)).toMatch(
      new RegExp(`电线是否</p>\n?<p class="cut-off-note" data-pagefind-ignore="">${CUT_OFF_NOTE}</p>$`),
    );
    expect(renderArticleBody(makeArticle(), options)).not.toContain(CUT_OFF_NOTE);
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

  it('drops the extractor’s bullet from list items and intertitles, keeping the paper’s own numbering', () => {
    const article = makeArticle({
      blocks: [
        { type: 'intertitle', text: '- 2.做到九个“聚焦”：', lines: [5] },
        { type: 'list', text: '- 1.突出“四区”建设\n• 一是聚焦产业转型', lines: [6, 7] },
        { type: 'intertitle', text: '——现代服务集聚区', lines: [8] },
      ],
    });
    const html = renderArticleBody(article, options);
    expect(html).toContain('>2.做到九个“聚焦”：</h2>');
    expect(html).toContain('<li>1.突出“四区”建设</li>');
    expect(html).toContain('<li>一是聚焦产业转型</li>');
    expect(html).toContain('>——现代服务集聚区</h2>');
    expect(html).not.toMatch(/>[-•] /);
  });
});

describe('withoutExtractionBullet', () => {
  it('removes a leading bullet and its space only', () => {
    expect(withoutExtractionBullet('- 1.突出“四区”建设')).toBe('1.突出“四区”建设');
    expect(withoutExtractionBullet('  ● 现代服务集聚区')).toBe('现代服务集聚区');
    expect(withoutExtractionBullet('-1.5万元')).toBe('-1.5万元');
    expect(withoutExtractionBullet('——现代服务集聚区')).toBe('——现代服务集聚区');
  });
});
