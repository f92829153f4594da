/**
 * similarity.ts: Han character bigrams weighted by TF-IDF over one page, compared by cosine. Words every
 * story shares count for little; a story's own names count for much.
 */
import { describe, expect, it } from 'vitest';
import {
  bigrams,
  cosine,
  cosineWith,
  DenseVector,
  termText,
  vectorize,
  type SparseVector,
} from '../../../src/lib/split/similarity.ts';

/** The weight `vector` (made from `text`) gives the bigram `pair`, or 0. */
function weightOf(vector: SparseVector, text: string, pair: string): number {
  const distinct = [...new Set(bigrams(text))];
  const k = distinct.indexOf(bigrams(pair)[0]!);
  return k < 0 ? 0 : vector.weights[k]!;
}

const story = (size: number, ...pieces: SparseVector[]) =>
  pieces.reduce((dense, piece) => dense.add(piece), new DenseVector(size));

describe('bigrams', () => {
  it('cuts a run of Han characters into overlapping pairs', () =>
    expect(bigrams('平城区').map(termText)).toEqual(['平城', '城区']));

  it('does not pair characters across punctuation, digits or Latin letters', () => {
    expect(bigrams('平城，区域2021年VR眼镜').map(termText)).toEqual(['平城', '区域', '眼镜']);
  });

  it('gives nothing for a single character or no Han at all', () => {
    expect(bigrams('忘')).toEqual([]);
    expect(bigrams('2021, VR')).toEqual([]);
  });

  it('keeps repeated pairs, once per occurrence', () =>
    expect(bigrams('平城平城').map(termText)).toEqual(['平城', '城平', '平城']));

  it('gives different pairs different terms and the same pair the same term', () => {
    const [a, b, c] = bigrams('平城平');
    expect(a).not.toBe(b);
    expect(bigrams('城平')[0]).toBe(b);
    expect(c).toBeUndefined();
  });

  it('covers the whole CJK block, first and last characters included', () =>
    expect(bigrams('\u4e00\u9fff').map(termText)).toEqual(['\u4e00\u9fff']));
});

describe('vectorize', () => {
  const texts = ['平城区孙绿山', '平城区刘刚', '平城区文旅局'];
  const { vectors, size } = vectorize(texts);

  it('numbers every distinct pair of the page once', () => expect(size).toBe(new Set(texts.flatMap(bigrams)).size));

  it('weighs a pair found in one story more than a pair every story shares', () => {
    expect(weightOf(vectors[0]!, texts[0]!, '绿山')).toBeCloseTo(Math.log(4 / 1));
    expect(weightOf(vectors[0]!, texts[0]!, '平城')).toBeCloseTo(Math.log(4 / 3));
  });

  it('gives a shared pair a small positive weight, never zero or negative', () => {
    for (const vector of vectors) for (const weight of vector.weights) expect(weight).toBeGreaterThan(0);
  });

  it('counts a story once for the document frequency, however often it repeats a pair', () => {
    const page = vectorize(['平城平城平城', '刘刚']);
    expect(weightOf(page.vectors[0]!, '平城平城平城', '平城')).toBeCloseTo(3 * Math.log(3 / 1));
  });

  it('multiplies a text’s weights by its own weight (titles count more than body text)', () => {
    const page = vectorize(['孙绿山', '刘刚'], [3, 1]);
    expect(weightOf(page.vectors[0]!, '孙绿山', '孙绿')).toBeCloseTo(3 * Math.log(3 / 1));
  });

  it('keeps each vector’s length', () => {
    const vector = vectors[1]!;
    expect(vector.norm).toBeCloseTo(Math.hypot(...vector.weights));
  });

  it('gives a text with no Han an empty vector of length 0', () => {
    expect(vectorize(['2021, VR', '平城区']).vectors[0]).toMatchObject({ norm: 0 });
    expect(vectorize(['2021, VR', '平城区']).vectors[0]!.terms).toHaveLength(0);
  });
});

describe('DenseVector', () => {
  const { vectors, size } = vectorize(['平城区孙绿山', '平城区刘刚']);

  it('adds pieces and keeps its length up to date', () => {
    const dense = story(size, vectors[0]!, vectors[1]!);
    expect(dense.norm).toBeCloseTo(Math.hypot(...dense.weights));
  });

  it('takes a piece away with sign −1, back to nothing', () => {
    const dense = story(size, vectors[0]!).add(vectors[0]!, -1);
    expect(dense.norm).toBeCloseTo(0);
    expect([...dense.weights].every((weight) => Math.abs(weight) < 1e-12)).toBe(true);
  });
});

describe('cosine', () => {
  const texts = ['马军营街道党工委书记孙绿山', '白登山街道党工委书记刘刚', '孙绿山', '二〇二一'];
  const { vectors, size } = vectorize(texts);
  const [first, second, name, noHan] = vectors as [SparseVector, SparseVector, SparseVector, SparseVector];

  it('is 1 for a piece and a story made of it alone', () => expect(cosine(first, story(size, first))).toBeCloseTo(1));

  it('is 0 for a piece and a story sharing no pair', () => expect(cosine(name, story(size, second))).toBe(0));

  it('is 0, not NaN, for an empty piece or an empty story', () => {
    expect(cosine(noHan, story(size, first))).toBe(0);
    expect(cosine(first, new DenseVector(size))).toBe(0);
  });

  it('lies between 0 and 1 for stories sharing some pairs', () => {
    const score = cosine(first, story(size, second));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(1);
  });

  it('sends a caption naming a story’s interviewee to that story', () => {
    expect(cosine(name, story(size, first))).toBeGreaterThan(cosine(name, story(size, second)));
  });

  it('cosineWith scores the story as if a piece were added, and leaves the story as it was', () => {
    const dense = story(size, second);
    const before = [...dense.weights];
    expect(cosineWith(name, dense, first)).toBeCloseTo(cosine(name, story(size, second, first)));
    expect([...dense.weights]).toEqual(before.map((weight) => expect.closeTo(weight, 12)));
  });
});
