/**
 * Queries a reader might type, drawn from the dataset's own article bodies (deterministically: the same
 * dataset gives the same queries), and the ground truth for each: the articles whose text holds it, by
 * plain substring. Written apart from the site's search code, so the test does not grade it by itself.
 */
import type { Dataset } from '../../src/lib/site/dataset.ts';
import { articlePieces } from '../helpers/printed-text.ts';

export interface ArticleText {
  id: string;
  /** Each printed piece (headline, byline, paragraph, caption…) in comparable form. */
  pieces: string[];
}

export interface DrawnQuery {
  kind: 'word' | 'part of a word' | 'name' | 'number' | 'number typed full-width' | 'phrase' | 'two terms';
  query: string;
  /** The terms a result must hold, as the query's space-separated words. */
  terms: string[];
}

/**
 * The comparison the site promises: full-width letters, digits and signs as ASCII, case ignored,
 * whitespace ignored; a term never runs from one piece into the next.
 */
export function comparable(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/g, '');
}

export function articleTexts(data: Dataset): ArticleText[] {
  return data.issues.flatMap((issue) =>
    issue.articles.map((article) => ({
      id: article.id,
      pieces: articlePieces(article).map(comparable),
    })),
  );
}

export function truth(texts: readonly ArticleText[], terms: readonly string[]): Set<string> {
  const wanted = terms.map(comparable);
  return new Set(
    texts
      .filter((text) => wanted.every((term) => text.pieces.some((piece) => piece.includes(term))))
      .map((text) => text.id),
  );
}

/** A small deterministic generator (LCG), so the draw does not change between runs. */
function picker(seed: number) {
  let state = seed >>> 0;
  return <T>(items: readonly T[]): T | undefined => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return items[state % Math.max(1, items.length)];
  };
}

const HAN = /^\p{Script=Han}+$/u;

export function drawQueries(data: Dataset, perKind = 24): DrawnQuery[] {
  const pick = picker(11);
  const articles = data.issues.flatMap((issue) => issue.articles);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const bodies = articles.map((article) => article.blocks.map((block) => block.text).join('\n'));
  const words = bodies.map((body) =>
    [...segmenter.segment(body)].map((s) => s.segment).filter((w) => HAN.test(w) && w.length >= 2 && w.length <= 4),
  );
  const drawn = new Map<string, DrawnQuery>();
  const add = (kind: DrawnQuery['kind'], terms: Array<string | undefined>) => {
    if (terms.some((term) => !term)) return;
    const query = terms.join(' ');
    if (!drawn.has(query)) drawn.set(query, { kind, query, terms: terms as string[] });
  };
  for (let i = 0; i < perKind; i += 1) add('word', [pick(pick(words) ?? [])]);
  // The tail of a longer word (城区 of 平城区): what a word index cannot find.
  const longWords = words.map((list) => list.filter((word) => word.length >= 3));
  for (let i = 0; i < perKind; i += 1) add('part of a word', [pick(pick(longWords) ?? [])?.slice(1)]);
  const names = [...new Set(articles.flatMap((article) => article.people.map((person) => person.name)))].sort();
  for (let i = 0; i < perKind; i += 1) add('name', [pick(names)]);
  const numbers = [...new Set(bodies.flatMap((body) => body.match(/\d{2,}/g) ?? []))].sort();
  for (let i = 0; i < perKind; i += 1) add('number', [pick(numbers)]);
  // ２０２１ typed on a Chinese keyboard finds 2021, and the other way round.
  const fullWidth = (text: string) =>
    text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  for (let i = 0; i < perKind / 4; i += 1) add('number typed full-width', [fullWidth(pick(numbers) ?? '')]);
  // Phrases as printed, punctuation included: a run of 5 to 9 characters from a sentence.
  for (let i = 0; i < perKind; i += 1) {
    const body = pick(bodies) ?? '';
    const sentence = pick(body.split(/[。！？\n]/).filter((s) => s.length >= 12)) ?? '';
    const length = 5 + (i % 5);
    const start = sentence.length > length ? (i * 7) % (sentence.length - length) : 0;
    const phrase = sentence.slice(start, start + length).trim();
    if (!/\s/.test(phrase) && phrase.length >= 5) add('phrase', [phrase]);
  }
  for (let i = 0; i < perKind; i += 1) add('two terms', [pick(pick(words) ?? []), pick(pick(words) ?? [])]);
  return [...drawn.values()];
}
