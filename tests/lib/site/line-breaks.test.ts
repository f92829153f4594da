import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadIssues } from '../../../src/lib/issues/load-issues.ts';
import { phrases } from '../../../src/lib/site/line-breaks.ts';

describe('phrases', () => {
  it('never offers a break inside the words a phone used to break (办实/事, 春节期/间, 十四/五)', () => {
    const joined = (text: string) => phrases(text).join('|');
    expect(joined('不忘初心办实事 服务群众暖人心')).not.toMatch(/办\|?实\|事|办\|实/);
    expect(joined('为确保春节期间辖区平安稳定')).not.toMatch(/春节期\||\|间/);
    expect(joined('平城区奋力谱写“十四五”转型出雏型新篇章')).toContain('“十四五”');
  });

  it('keeps punctuation with the words it belongs to: closing marks before a break, opening marks after', () => {
    for (const piece of phrases('平城区档案馆举办乡镇（街道）行政区划优化档案移交仪式')) {
      expect(piece).not.toMatch(/^[）》”，、]/);
      expect(piece).not.toMatch(/[（《“]$/);
    }
    expect(phrases('最早觉醒的大同人之一——王振翼').at(-1)).toBe('——王振翼');
  });

  it('keeps a single character with its neighbours, so no line starts or ends with half a word', () => {
    const headlines = loadIssues()
      .flatMap((issue) => issue.articles)
      .flatMap((article) => [article.headline, article.overline, article.subtitle])
      .filter((text): text is string => text !== null);
    for (const headline of headlines) {
      for (const piece of phrases(headline))
        expect([...piece.trim()].length, `${headline}: ${piece}`).toBeGreaterThan(1);
    }
  });

  it('keeps a phrase the paper printed between spaces whole when it fits a phone’s line', () => {
    // The spaces are break opportunities of their own; the pieces say where else a line may break.
    const joined = phrases('锚定“四步走”战略目标 深耕“四大赛道” 奋力谱写中国式现代化大同篇章').join('|');
    expect(joined.startsWith('锚定“四步走”战略目标 深耕“四大赛道” 奋力')).toBe(true);
    expect(joined.split('|').length).toBeGreaterThan(1);
  });

  it('keeps a short title in book-title marks or quotes whole', () => {
    expect(phrases('——写在《大同日报·今日平城》创刊一周年之际')).toContain('《大同日报·今日平城》');
  });

  it('offers breaks in a long unspaced headline, so a phone need not break it anywhere', () => {
    const pieces = phrases('平城区总工会按照区委“双百工程”战略部署');
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((piece) => [...piece].length))).toBeLessThanOrEqual(8);
  });

  it('loses and adds nothing: the pieces joined are the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'平城区发展 “”（）——，。2024年1月A b') }), (text) => {
        expect(phrases(text).join('')).toBe(text);
      }),
    );
    expect(phrases('')).toEqual([]);
  });
});
