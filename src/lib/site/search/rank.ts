/**
 * Orders results by their text, once it is loaded: Pagefind ranks a one-character-a-word index by how
 * often each character occurs, so for 党建 an article full of 建设 can outrank one that is about 党建.
 * So the first `RANK_BY_TEXT_LIMIT` results of Pagefind's order (all of them, for most searches of
 * this archive) are loaded and ordered by the terms themselves: the whole query as typed first, then a
 * headline holding every term, then BM25 over the occurrences of the terms (the saturation and length
 * weighting of Pagefind's own ranking, https://pagefind.app/docs/ranking/).
 */
import type { PagefindData } from './pagefind-api.ts';
import { contentPieces, holds, searchForm } from './text.ts';

/** Two pages of results: what ranking by text may cost a reader in downloads. */
export const RANK_BY_TEXT_LIMIT = 20;

const K1 = 1.2;
const B = 0.75;

function occurrences(text: string, term: string): number {
  const wanted = searchForm(term);
  if (wanted === '') return 0;
  let count = 0;
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + wanted.length)) count += 1;
  return count;
}

interface Scored<Data> {
  data: Data;
  index: number;
  asTyped: boolean;
  inHeadline: boolean;
  score: number;
}

export function rankByText<Data extends PagefindData>(results: readonly Data[], terms: readonly string[]): Data[] {
  const texts = results.map((data) => searchForm(contentPieces(data.content).join('\n')));
  const average = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length);
  const whole = terms.join('');
  const scored: Array<Scored<Data>> = results.map((data, index) => {
    const text = texts[index] ?? '';
    const lengthNorm = K1 * (1 - B + (B * text.length) / Math.max(1, average));
    const score = terms.reduce((sum, term) => {
      const count = occurrences(text, term);
      return sum + (count * (K1 + 1)) / (count + lengthNorm);
    }, 0);
    const headline = data.meta['title'] ?? '';
    return {
      data,
      index,
      asTyped: terms.length > 1 && holds(text, whole),
      inHeadline: terms.length > 0 && terms.every((term) => holds(headline, term)),
      score,
    };
  });
  scored.sort(
    (a, b) =>
      Number(b.asTyped) - Number(a.asTyped) ||
      Number(b.inHeadline) - Number(a.inHeadline) ||
      b.score - a.score ||
      a.index - b.index,
  );
  return scored.map(({ data }) => data);
}
