import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PIECE_BREAK,
  contentPieces,
  exactQuery,
  foldWidth,
  holds,
  indexContent,
  indexableRuns,
  looseQuery,
  searchableAsIs,
} from '../../../../src/lib/site/search/text.ts';

describe('holds', () => {
  it('finds a Chinese term inside a longer word', () => {
    expect(holds('平城区上下深入学习', '城区')).toBe(true);
    expect(holds('万平方米', '平城区')).toBe(false);
  });

  it('folds width and case, and ignores the printed page’s spaces and line breaks', () => {
    expect(holds('２０２１年', '2021')).toBe(true);
    expect(holds('戴上VR眼镜', 'vr')).toBe(true);
    expect(holds('本报讯（记者 邸东芳）', '记者邸东芳')).toBe(true);
    expect(holds('建设“首善之\n区”', '首善之区')).toBe(true);
    expect(holds('首善 平城', '首善之区')).toBe(false);
  });

  it('matches nothing for an empty term', () => {
    expect(holds('平城', ' ')).toBe(false);
  });
});

describe('the index’s words', () => {
  it('cuts a term into what Pagefind can search: runs of letters, digits and ideographs', () => {
    expect(indexableRuns('十四五，开新局')).toEqual(['十四五', '开新局']);
    expect(indexableRuns('“四区”')).toEqual(['四区']);
    expect(indexableRuns('Ｇ２０峰会')).toEqual(['g20峰会']);
    expect(indexableRuns('——')).toEqual([]);
    expect(searchableAsIs('平城区')).toBe(true);
    expect(searchableAsIs('十四五，开新局')).toBe(false);
  });

  it('searches a run as its characters in order, one word each', () => {
    expect(exactQuery('平城')).toBe('"平 城"');
    expect(looseQuery(['平城', '2021'])).toBe('平 城 2 0 2 1');
  });

  it('indexes every character as a word, pieces apart, the paper’s punctuation kept', () => {
    expect(indexContent(['平城区党建', '２０２１年，开局'])).toBe(`平 城 区 党 建 ${PIECE_BREAK} 2 0 2 1 年 ， 开 局`);
    expect(indexContent(['', '  '])).toBe('');
  });

  it('keeps a printed space on the character before it, taking no word of its own', () => {
    expect(indexContent([' 记者  邸东芳 '])).toBe('记 者\u034f 邸 东 芳');
  });

  it('gives back the pieces from the content Pagefind returns, printed spaces included', () => {
    const content = indexContent(['平城区', '本报讯（记者 邸东芳）']).replace(/ /g, ' \u200b');
    expect(contentPieces(content)).toEqual(['平城区', '本报讯（记者 邸东芳）']);
  });

  it('loses no character of a piece, whitespace coming back as single spaces (property)', () => {
    const piece = fc.string({ minLength: 1 }).filter((s) => !s.includes(PIECE_BREAK) && !s.includes('\u034f'));
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const kept = pieces.map((text) => text.trim().replace(/\s+/gu, ' ')).filter(Boolean);
        expect(contentPieces(indexContent(pieces)).map(foldWidth)).toEqual(kept.map(foldWidth));
      }),
    );
  });
});
