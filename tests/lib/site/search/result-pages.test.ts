import { describe, expect, it } from 'vitest';
import { resultPages } from '../../../../src/lib/site/search/result-pages.ts';
import { holds } from '../../../../src/lib/site/search/text.ts';

describe('resultPages', () => {
  const candidates = Array.from({ length: 250 }, (_, index) => ({
    id: index,
    content: index % 50 === 7 ? `十四五，开新局第${index}篇` : `十四五开新局第${index}篇`,
  }));
  const accept = (data: (typeof candidates)[number]) => holds(data.content, '十四五，开新局');
  function counted() {
    const loaded: number[] = [];
    return { loaded, load: async (result: (typeof candidates)[number]) => (loaded.push(result.id), result) };
  }

  it('loads only the page shown when the candidates are exact, and knows the total at once', async () => {
    const { loaded, load } = counted();
    const pages = resultPages(candidates, load, null);
    expect((await pages.nextPage(10)).map((data) => data.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(loaded).toHaveLength(10);
    expect(pages.total()).toBe(250);
    expect(pages.hasMore()).toBe(true);
  });

  it('checks candidates in rank order, a bounded number per page', async () => {
    const { loaded, load } = counted();
    const pages = resultPages(candidates, load, accept, { batch: 20, maxChecks: 100 });
    expect((await pages.nextPage(10)).map((data) => data.id)).toEqual([7, 57]);
    expect(loaded).toHaveLength(100);
    expect(pages.total()).toBeNull();
    expect(pages.checked()).toEqual({ checked: 100, candidates: 250 });
    expect(pages.hasMore()).toBe(true);
  });

  it('finds every match and the exact total once the reader has asked for all', async () => {
    const { load } = counted();
    const pages = resultPages(candidates, load, accept, { batch: 20, maxChecks: 100 });
    const found: number[] = [];
    while (pages.hasMore()) found.push(...(await pages.nextPage(10)).map((data) => data.id));
    expect(found).toEqual([7, 57, 107, 157, 207]);
    expect(pages.total()).toBe(5);
  });

  it('stops checking as soon as a page is full', async () => {
    const { loaded, load } = counted();
    const every = candidates.map((candidate) => ({ ...candidate, content: '十四五，开新局' }));
    await resultPages(every, load, accept, { batch: 20, maxChecks: 100 }).nextPage(10);
    expect(loaded).toHaveLength(20);
  });
});
