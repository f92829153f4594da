import { describe, expect, it } from 'vitest';
import {
  containsPhrases,
  excerptParts,
  hasCriteria,
  pagefindOptions,
  parseQuery,
  readSearchState,
  resultPages,
  writeSearchState,
} from '../../../src/lib/site/search-query.ts';

describe('search state in the URL', () => {
  it('reads the query, filters and sort from the address', () => {
    const state = readSearchState(new URLSearchParams('q=基层治理&section=时政&year=2021&sort=newest'));
    expect(state).toEqual({ q: '基层治理', filters: { section: '时政', year: '2021' }, sort: 'newest' });
  });

  it('ignores empty filters and unknown sorts', () => {
    expect(readSearchState(new URLSearchParams('q=&section=&sort=random'))).toEqual({
      q: '',
      filters: {},
      sort: 'relevance',
    });
  });

  it('writes back what it reads', () => {
    const query = 'q=%E7%8E%8B%E6%8C%AF%E7%BF%BC&reporter=%E5%AD%99%E9%91%AB&sort=oldest';
    expect(writeSearchState(readSearchState(new URLSearchParams(query)))).toBe(query);
  });

  it('searches with filters alone, but not with nothing', () => {
    expect(hasCriteria(readSearchState(new URLSearchParams('section=时政')))).toBe(true);
    expect(hasCriteria(readSearchState(new URLSearchParams('')))).toBe(false);
  });
});

describe('pagefindOptions', () => {
  it('maps sort choices to Pagefind’s date sort', () => {
    expect(pagefindOptions(readSearchState(new URLSearchParams('q=a&sort=newest')))).toEqual({
      filters: {},
      sort: { date: 'desc' },
    });
    expect(pagefindOptions(readSearchState(new URLSearchParams('q=a&sort=oldest'))).sort).toEqual({ date: 'asc' });
    expect(pagefindOptions(readSearchState(new URLSearchParams('q=a&reporter=孙鑫')))).toEqual({
      filters: { reporter: '孙鑫' },
    });
  });
});

describe('excerptParts', () => {
  it('splits Pagefind’s excerpt into plain and marked text', () => {
    expect(excerptParts('推进<mark>基层治理</mark>现代化')).toEqual([
      { text: '推进', marked: false },
      { text: '基层治理', marked: true },
      { text: '现代化', marked: false },
    ]);
  });

  it('decodes entities to text, so quoted markup never becomes markup', () => {
    expect(excerptParts('&lt;b&gt;粗&lt;/b&gt; &amp; &#34;引&#x22;')).toEqual([
      { text: '<b>粗</b> & "引"', marked: false },
    ]);
  });
});

describe('parseQuery', () => {
  it('takes quoted phrases out of the query, in ASCII, Chinese and corner quotes', () => {
    expect(parseQuery('"平城区" 治理')).toEqual({ terms: '平城区 治理', phrases: ['平城区'] });
    expect(parseQuery('“首善之区”「两个五年」')).toEqual({
      terms: '首善之区 两个五年',
      phrases: ['首善之区', '两个五年'],
    });
  });

  it('leaves a query without quotes as it is', () => {
    expect(parseQuery(' 基层治理  王振翼 ')).toEqual({ terms: '基层治理 王振翼', phrases: [] });
    expect(parseQuery('"" 空')).toEqual({ terms: '空', phrases: [] });
  });
});

describe('containsPhrases', () => {
  it('requires every phrase verbatim, across printed line breaks', () => {
    expect(containsPhrases('建设“首善之\n区”', ['首善之区'])).toBe(true);
    expect(containsPhrases('首善 平城', ['首善之区'])).toBe(false);
    expect(containsPhrases('平城区档案馆', ['平城区', '档案'])).toBe(true);
  });
});

describe('resultPages', () => {
  const candidates = Array.from({ length: 250 }, (_, index) => ({
    id: index,
    content: index % 50 === 7 ? `平城区第${index}篇` : `第${index}篇`,
  }));
  function counted() {
    const loaded: number[] = [];
    return { loaded, load: async (result: (typeof candidates)[number]) => (loaded.push(result.id), result) };
  }

  it('loads only the page shown for a plain search, and knows the total at once', async () => {
    const { loaded, load } = counted();
    const pages = resultPages(candidates, load, []);
    expect((await pages.nextPage(10)).map((data) => data.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(loaded).toHaveLength(10);
    expect(pages.total()).toBe(250);
    expect(pages.hasMore()).toBe(true);
  });

  it('checks a phrase search in rank order, a bounded number of candidates per page', async () => {
    const { loaded, load } = counted();
    const pages = resultPages(candidates, load, ['平城区'], { batch: 20, maxChecks: 100 });
    expect((await pages.nextPage(10)).map((data) => data.id)).toEqual([7, 57]);
    expect(loaded).toHaveLength(100);
    expect(pages.total()).toBeNull();
    expect(pages.checked()).toEqual({ checked: 100, candidates: 250 });
    expect(pages.hasMore()).toBe(true);
  });

  it('finds every match and the exact total once the reader has asked for all', async () => {
    const { load } = counted();
    const pages = resultPages(candidates, load, ['平城区'], { batch: 20, maxChecks: 100 });
    const found: number[] = [];
    while (pages.hasMore()) found.push(...(await pages.nextPage(10)).map((data) => data.id));
    expect(found).toEqual([7, 57, 107, 157, 207]);
    expect(pages.total()).toBe(5);
  });

  it('stops checking as soon as a page is full', async () => {
    const { loaded, load } = counted();
    const every = candidates.map((candidate) => ({ ...candidate, content: '平城区' }));
    await resultPages(every, load, ['平城区'], { batch: 20, maxChecks: 100 }).nextPage(10);
    expect(loaded).toHaveLength(20);
  });
});
