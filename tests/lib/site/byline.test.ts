import { describe, expect, it } from 'vitest';
import { bylineForHead, bylineInText } from '../../../src/lib/site/byline.ts';
import { makeArticle } from './fixtures.ts';

describe('bylineInText', () => {
  it('finds a 本报讯 byline printed as the first words of the first paragraph', () => {
    const brief = makeArticle({
      byline: '本报讯（记者 张鑫）',
      blocks: [{ type: 'paragraph', text: '本报讯（记者 张鑫）疫情就是命令，防控就是责任。', lines: [133] }],
    });
    expect(bylineInText(brief)).toBe(true);
    expect(bylineForHead(brief)).toBeNull();
  });

  it('ignores spacing differences between the byline and the paragraph', () => {
    const brief = makeArticle({
      byline: '本报讯（记者 董芳）',
      blocks: [{ type: 'paragraph', text: '本报讯（记者董芳）平城区总工会按照区委部署。', lines: [23] }],
    });
    expect(bylineInText(brief)).toBe(true);
  });

  it('keeps a byline printed on its own line above the text for the head', () => {
    const feature = makeArticle({ byline: '本报记者 孙鑫' });
    expect(bylineInText(feature)).toBe(false);
    expect(bylineForHead(feature)).toBe('本报记者 孙鑫');
    expect(bylineForHead(makeArticle({ byline: null }))).toBeNull();
  });

  it('does not take a name mentioned later in the first paragraph for the byline', () => {
    const article = makeArticle({
      byline: '本报讯（记者 张鑫）',
      blocks: [{ type: 'paragraph', text: '近日，本报讯（记者 张鑫）报道的问题已解决。', lines: [1] }],
    });
    expect(bylineInText(article)).toBe(false);
  });
});
