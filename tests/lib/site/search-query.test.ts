import { describe, expect, it } from 'vitest';
import {
  datesInRange,
  hasCriteria,
  pagefindOptions,
  readSearchState,
  writeSearchState,
} from '../../../src/lib/site/search-query.ts';

describe('search state in the URL', () => {
  it('reads the query, filters, date range and sort from the address', () => {
    const state = readSearchState(
      new URLSearchParams('q=基层治理&section=时政&year=2021&from=2021-01-01&to=2021-06-30&sort=newest'),
    );
    expect(state).toEqual({
      q: '基层治理',
      filters: { section: '时政', year: '2021' },
      range: { from: '2021-01-01', to: '2021-06-30' },
      sort: 'newest',
    });
  });

  it('ignores empty filters, unknown sorts and dates that do not exist', () => {
    expect(readSearchState(new URLSearchParams('q=&section=&sort=random&from=2021-02-30&to=昨天'))).toEqual({
      q: '',
      filters: {},
      range: {},
      sort: 'relevance',
    });
  });

  it('writes back what it reads', () => {
    const query = 'q=%E7%8E%8B%E6%8C%AF%E7%BF%BC&reporter=%E5%AD%99%E9%91%AB&from=2021-04-01&sort=oldest';
    expect(writeSearchState(readSearchState(new URLSearchParams(query)))).toBe(query);
  });

  it('searches with filters or a date range alone, but not with nothing', () => {
    expect(hasCriteria(readSearchState(new URLSearchParams('section=时政')))).toBe(true);
    expect(hasCriteria(readSearchState(new URLSearchParams('to=2021-12-31')))).toBe(true);
    expect(hasCriteria(readSearchState(new URLSearchParams('')))).toBe(false);
  });
});

describe('date range', () => {
  const dates = ['2024-01-26', '2021-01-15', '2021-04-02', '2022-01-28', '2021-04-09'];

  it('keeps the issue dates inside the range, both ends included', () => {
    expect(datesInRange(dates, { from: '2021-04-02', to: '2022-01-28' })).toEqual([
      '2021-04-02',
      '2021-04-09',
      '2022-01-28',
    ]);
    expect(datesInRange(dates, { to: '2021-01-15' })).toEqual(['2021-01-15']);
    expect(datesInRange(dates, { from: '2025-01-01' })).toEqual([]);
  });

  it('becomes a filter on any of those dates, or nothing to search when it holds no issue', () => {
    const state = readSearchState(new URLSearchParams('q=a&from=2021-04-01&to=2021-04-30'));
    expect(pagefindOptions(state, dates)).toEqual({
      filters: { date: { any: ['2021-04-02', '2021-04-09'] } },
    });
    expect(
      pagefindOptions(readSearchState(new URLSearchParams('q=a&from=2023-01-01&to=2023-12-31')), dates),
    ).toBeNull();
  });
});

describe('pagefindOptions', () => {
  it('maps sort choices to Pagefind’s date sort and filters to its filters', () => {
    expect(pagefindOptions(readSearchState(new URLSearchParams('q=a&sort=newest')))).toEqual({
      filters: {},
      sort: { date: 'desc' },
    });
    expect(pagefindOptions(readSearchState(new URLSearchParams('q=a&sort=oldest')))?.sort).toEqual({ date: 'asc' });
    expect(pagefindOptions(readSearchState(new URLSearchParams('q=a&reporter=孙鑫')))).toEqual({
      filters: { reporter: '孙鑫' },
    });
  });
});
