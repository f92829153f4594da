import { describe, expect, it } from 'vitest';
import { loadIssues } from '../../../src/lib/issues/load-issues.ts';
import { derivedHeadlineSource, endsMidSentence } from '../../../src/lib/site/marks.ts';
import { makeArticle } from './fixtures.ts';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text, lines: [40] });

describe('endsMidSentence', () => {
  it('is false for a text ending in sentence punctuation, inside closing quotes too', () => {
    expect(endsMidSentence(makeArticle())).toBe(false);
    expect(endsMidSentence(makeArticle({ blocks: [paragraph('他说：“要把好事办好。”')] }))).toBe(false);
    expect(endsMidSentence(makeArticle({ blocks: [paragraph('让志愿服务更有温度！')] }))).toBe(false);
  });

  it('is true for a text that stops in the middle of a sentence', () => {
    expect(endsMidSentence(makeArticle({ blocks: [paragraph('检查消防设施有无损坏、过期，电线是否')] }))).toBe(true);
    expect(endsMidSentence(makeArticle({ blocks: [paragraph('今年该局推出了')] }))).toBe(true);
  });

  it('reads the last text block, not a closing intertitle or list line that is complete', () => {
    const blocks = [
      paragraph('全区划分网格，配齐网格员'),
      { type: 'intertitle' as const, text: '网格化管理全覆盖', lines: [41] },
    ];
    expect(endsMidSentence(makeArticle({ blocks }))).toBe(true);
    const list = { type: 'list' as const, text: '一是强化组织领导，\n二是压实责任。', lines: [42, 43] };
    expect(endsMidSentence(makeArticle({ blocks: [paragraph('要求如下：'), list] }))).toBe(false);
  });

  it('takes a story signed off after its last sentence as complete', () => {
    const signed = makeArticle({
      blocks: [paragraph('在新时代中传承英烈精神。本报记者 孙鑫')],
      people: [{ name: '孙鑫', role: '记者' }],
    });
    expect(endsMidSentence(signed)).toBe(false);
    const unsigned = makeArticle({ blocks: [paragraph('在新时代中传承英烈精神。本报记者 孙鑫')], people: [] });
    expect(endsMidSentence(unsigned)).toBe(false);
    const cutBeforeName = makeArticle({ blocks: [paragraph('据记者孙鑫')], people: [{ name: '孙鑫', role: '记者' }] });
    expect(endsMidSentence(cutBeforeName)).toBe(true);
  });

  it('takes a story signed off in brackets with several roles as complete, a note in brackets not', () => {
    const bracketed = makeArticle({ blocks: [paragraph('为农户提供技术指导。（通讯员 赵六 记者 张 伟）')] });
    expect(endsMidSentence(bracketed)).toBe(false);
    const cut = makeArticle({ blocks: [paragraph('为农户提供（通讯员 赵六 记者 张 伟）')] });
    expect(endsMidSentence(cut)).toBe(true);
  });

  it('takes a piece closed by the note on its writer as complete: 作者系…研究员', () => {
    const blocks = [paragraph('为返乡创业者提供更多支持。'), paragraph('作者系云湖市社科院研究员')];
    expect(endsMidSentence(makeArticle({ blocks }))).toBe(false);
    expect(endsMidSentence(makeArticle({ blocks: [paragraph('作者系统梳理了')] }))).toBe(true);
  });

  it('is false for a photo story without text', () => {
    expect(endsMidSentence(makeArticle({ blocks: [] }))).toBe(false);
  });

  it('finds the stories of the real pages that break off at the page edge, and only those', () => {
    const articles = loadIssues().flatMap((issue) => issue.articles);
    const cut = articles.filter(endsMidSentence);
    for (const article of cut) {
      const last = article.blocks.filter((block) => block.type !== 'intertitle').at(-1)?.text ?? '';
      expect(last, article.id).not.toMatch(/[。！？]$/);
    }
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(articles.length / 3);
  });
});

describe('derivedHeadlineSource', () => {
  it('says a made-up headline came from the lead, or from the caption of a photo story', () => {
    expect(derivedHeadlineSource(makeArticle())).toContain('导语');
    const photo = makeArticle({
      blocks: [],
      figures: [{ caption: '科普进校园。', credit: null, image: null, lines: [61] }],
    });
    expect(derivedHeadlineSource(photo)).toContain('图片说明');
  });
});
