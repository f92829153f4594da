import { describe, expect, it } from 'vitest';
import { excerpt, markTerms } from '../../../../src/lib/site/search/excerpt.ts';
import { indexContent } from '../../../../src/lib/site/search/text.ts';

const marked = (parts: ReturnType<typeof markTerms>) => parts.filter((part) => part.marked).map((part) => part.text);
const text = (parts: ReturnType<typeof markTerms>) => parts.map((part) => part.text).join('');

describe('markTerms', () => {
  it('marks whole terms only: 平城区, never 万平 or 平方米', () => {
    const parts = markTerms('新建万平方米广场，平城区居民受益', ['平城区']);
    expect(marked(parts)).toEqual(['平城区']);
    expect(text(parts)).toBe('新建万平方米广场，平城区居民受益');
  });

  it('marks every occurrence of every term, width folded, across a printed space', () => {
    expect(marked(markTerms('２０２１年，2021年', ['2021']))).toEqual(['２０２１', '2021']);
    expect(marked(markTerms('办实事 解民忧', ['实事解民']))).toEqual(['实事 解民']);
  });

  it('joins overlapping occurrences into one mark', () => {
    expect(marked(markTerms('天天向上', ['天天', '天向']))).toEqual(['天天向']);
  });
});

describe('excerpt', () => {
  const byline = '本报讯（记者 邸东芳）';
  const lead = '连日来，各部门结合实际深化细化各项举措。';
  const later = '平城区上下以党建为引领，进一步统一思想，统一步调，凝心聚力推进“四区”建设。';
  const content = indexContent(['平城区推进“四区”建设', `${byline}${lead}`, later]);

  it('centres on the first occurrence outside the headline, not the byline at the start', () => {
    const parts = excerpt(content, '平城区推进“四区”建设', ['党建'], { length: 20, before: 6 });
    expect(marked(parts)).toEqual(['党建']);
    expect(text(parts)).toMatch(/^平城区上下以党建/);
    expect(text(parts)).not.toContain('本报讯');
  });

  it('starts at the text when the terms are only in the headline, or when there are none', () => {
    for (const terms of [['区推'], []]) {
      const parts = excerpt(content, '平城区推进“四区”建设', terms, { length: 12, before: 4 });
      expect(text(parts).startsWith('本报讯（记者 邸东芳）')).toBe(true);
      expect(text(parts).endsWith('…')).toBe(true);
    }
  });

  it('shows a short text whole, with no ellipsis', () => {
    const parts = excerpt(indexContent(['标题', '短文。']), '标题', ['短文']);
    expect(text(parts)).toBe('短文。');
  });
});

describe('excerpt window', () => {
  it('opens at the start of the hit’s sentence rather than on the tail of the one before', () => {
    const content = indexContent(['标题', '上一句写的是别的事情。加强组织建设，采取党建带工建，把握契机建会。']);
    const parts = excerpt(content, '标题', ['党建'], { length: 20, before: 16 });
    expect(text(parts)).toMatch(/^加强组织建设/);
    expect(marked(parts)).toEqual(['党建']);
  });
});
