import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/lib/site/search/candidates.ts';
import type { PagefindApi, PagefindSearchOptions } from '../../../../src/lib/site/search/pagefind-api.ts';
import { parseTerms, searchPlan } from '../../../../src/lib/site/search/query.ts';

interface Doc {
  id: string;
  text: string;
  date?: string;
  section: string;
}

/**
 * A stand-in for Pagefind over a one-character-a-word index, answering as Pagefind does: a quoted
 * search by consecutive words, an unquoted one by pages holding every word, scored by how often; a
 * sort keeps only pages that have the sort key.
 */
function fakePagefind(docs: Doc[]): PagefindApi & { calls: string[] } {
  const calls: string[] = [];
  const search = async (term: string | null, options: PagefindSearchOptions = {}) => {
    calls.push(term ?? '(filters only)');
    const pages = docs.filter((doc) => !options.filters?.['section'] || doc.section === options.filters['section']);
    let scored = pages.map((doc) => ({ doc, score: 1 }));
    if (term !== null) {
      const quoted = /^"(.*)"$/.exec(term);
      const words = (quoted?.[1] ?? term).split(' ');
      scored = quoted
        ? pages.filter((doc) => doc.text.includes(words.join(''))).map((doc) => ({ doc, score: 1 }))
        : pages
            .filter((doc) => words.every((word) => doc.text.includes(word)))
            .map((doc) => ({ doc, score: words.reduce((sum, word) => sum + doc.text.split(word).length - 1, 0) }))
            .sort((a, b) => b.score - a.score);
    }
    if (options.sort?.['date']) {
      const direction = options.sort['date'] === 'asc' ? 1 : -1;
      scored = scored
        .filter(({ doc }) => doc.date)
        .sort((a, b) => direction * (a.doc.date ?? '').localeCompare(b.doc.date ?? ''));
    }
    return {
      results: scored.map(({ doc, score }) => ({
        id: doc.id,
        score,
        data: async () => ({ url: `/articles/${doc.id}/`, content: doc.text, meta: {}, filters: {} }),
      })),
    };
  };
  return {
    calls,
    search,
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    filters: async () => ({}),
  };
}

const docs: Doc[] = [
  { id: 'a', text: '平城区建设党建引领', date: '2021-01-15', section: '时政' },
  { id: 'b', text: '党的建设，平城平城平城区', date: '2022-01-28', section: '时政' },
  { id: 'c', text: '万平方米的城区', date: '2021-04-09', section: '城建' },
  { id: 'd', text: '城区党建，平城区办实事', section: '时政' },
];

async function ids(query: string, options: PagefindSearchOptions = {}) {
  const api = fakePagefind(docs);
  const { results, exact } = await findCandidates(api, searchPlan(parseTerms(query)), options);
  return { ids: results.map((result) => result.id), exact, calls: api.calls };
}

describe('findCandidates', () => {
  it('keeps only the articles holding every term, ranked by the unquoted search', async () => {
    expect((await ids('平城区')).ids).toEqual(['b', 'd', 'a']);
    expect((await ids('城区')).ids.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect((await ids('党建 城区')).ids.sort()).toEqual(['a', 'd']);
  });

  it('puts articles holding the whole query as typed first', async () => {
    // 城区党建 is written together only in d; a holds both words apart.
    expect((await ids('城区 党建')).ids).toEqual(['d', 'a']);
  });

  it('applies the filters to every search, and a sort to the order', async () => {
    expect((await ids('平城区', { filters: { section: '时政' }, sort: { date: 'asc' } })).ids).toEqual(['a', 'b', 'd']);
  });

  it('keeps articles without a date, which Pagefind’s sort leaves out, at the end', async () => {
    expect((await ids('党建', { sort: { date: 'desc' } })).ids).toEqual(['a', 'd']);
  });

  it('says when the results must still be checked against their text', async () => {
    const { ids: found, exact } = await ids('党建，平城区');
    expect(exact).toBe(false);
    expect(found).toEqual(['d', 'a']);
  });

  it('lists the filtered articles when there is no term', async () => {
    const { ids: found, calls } = await ids('', { filters: { section: '城建' } });
    expect(found).toEqual(['c']);
    expect(calls).toEqual(['(filters only)']);
  });
});
