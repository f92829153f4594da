import { describe, expect, it } from 'vitest';
import { editDistance, suggestKey, suggestName } from '../../../src/lib/issues/suggest.ts';

const KEYS = ['date', 'masthead', 'page', 'dateInferred', 'dateNote', 'title', 'note'];

describe('suggestKey', () => {
  it.each([
    ['dte', 'date'],
    ['Date', 'date'],
    ['dat', 'date'],
    ['mastehad', 'masthead'],
    ['titel', 'title'],
    ['date_inferred', 'dateInferred'],
    ['dateinferred', 'dateInferred'],
    ['pages', 'page'],
    ['日期', 'date'],
    ['版次', 'page'],
    ['备注', 'note'],
  ])('%s → %s', (written, key) => {
    expect(suggestKey(written, KEYS)).toBe(key);
  });

  it('suggests nothing for an unrelated key', () => {
    expect(suggestKey('author', KEYS)).toBeNull();
    expect(suggestKey('x', KEYS)).toBeNull();
  });
});

describe('suggestName', () => {
  it('finds a masthead typed with a similar character', () => {
    expect(suggestName('大同日报·走进平城', ['大同日报·今日平城', '大同日报·走近平城'])).toBe('大同日报·走近平城');
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
