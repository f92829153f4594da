import { describe, expect, it } from 'vitest';
import { parseTerms, searchPlan } from '../../../../src/lib/site/search/query.ts';

describe('parseTerms', () => {
  it('takes the words between spaces as terms, every one required', () => {
    expect(parseTerms(' 基层治理  王振翼 ')).toEqual(['基层治理', '王振翼']);
  });

  it('keeps a quoted phrase whole, in ASCII, Chinese and corner quotes, its spaces not counting', () => {
    expect(parseTerms('"平城 区" 治理')).toEqual(['平城区', '治理']);
    expect(parseTerms('“首善之区”「两个五年」')).toEqual(['首善之区', '两个五年']);
  });

  it('takes quotes inside a word, or unpaired, as text: a pasted headline is found as printed', () => {
    expect(parseTerms('平城区推进“四区”建设')).toEqual(['平城区推进“四区”建设']);
    expect(parseTerms('“首善之区”建设 ”的目标')).toEqual(['“首善之区”建设', '”的目标']);
  });

  it('drops empty terms, terms with nothing searchable and repeats', () => {
    expect(parseTerms('"" 空 「」')).toEqual(['空']);
    expect(parseTerms('—— ，')).toEqual([]);
    expect(parseTerms('平城 平城 ＡＢ ab')).toEqual(['平城', 'ＡＢ']);
  });
});

describe('searchPlan', () => {
  it('asks Pagefind for each term’s characters in order, and ranks by all of them', () => {
    expect(searchPlan(['平城区', '2021'])).toEqual({
      terms: ['平城区', '2021'],
      required: ['"平 城 区"', '"2 0 2 1"'],
      exact: true,
      ranking: '平 城 区 2 0 2 1',
      whole: '"平 城 区 2 0 2 1"',
    });
  });

  it('checks a term with punctuation against the text: Pagefind cannot search its punctuation', () => {
    const plan = searchPlan(['十四五，开新局']);
    expect(plan.required).toEqual(['"十 四 五"', '"开 新 局"']);
    expect(plan.exact).toBe(false);
    expect(plan.whole).toBeNull();
  });

  it('has nothing to search for no terms', () => {
    expect(searchPlan([])).toMatchObject({ required: [], ranking: '', whole: null, exact: true });
  });
});
