/**
 * Lexical similarity between pieces of one page, used to give interleaved paragraphs and floating
 * captions to the story they belong to. Chinese has no spaces, so the terms are Han character bigrams
 * (the usual choice for Chinese retrieval), weighted by TF-IDF over the page itself: words every story
 * on the page shares (平城, 城区) count for little, a story's own names and topics count for much.
 *
 * This runs for every paragraph of every page, so terms are numbered per page and vectors are arrays:
 * a paragraph is a sparse vector, a story a dense one over the page's vocabulary whose length is kept
 * up to date, and comparing the two costs the paragraph's size.
 */
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;
const isHan = (code: number) => code >= HAN_FIRST && code < HAN_FIRST + HAN_COUNT;

/** Han bigrams of a text, each as one small integer (two characters' offsets in the Han block). */
export function bigrams(text: string): number[] {
  const terms: number[] = [];
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      if (previous) terms.push((previous - HAN_FIRST) * HAN_COUNT + (code - HAN_FIRST));
      previous = code;
    } else previous = 0;
  }
  return terms;
}

/** The two characters a bigram number stands for, for tests and debugging. */
export function termText(term: number): string {
  return String.fromCharCode(HAN_FIRST + Math.floor(term / HAN_COUNT), HAN_FIRST + (term % HAN_COUNT));
}

/**
 * Numbers a page's distinct bigrams 0, 1, 2 … An open-addressing table over typed arrays: a Map was
 * a quarter of the splitter's time, and a page has at most as many bigrams as characters.
 */
class TermIds {
  #keys: Int32Array;
  #ids: Int32Array;
  #mask: number;
  #shift: number;
  size = 0;

  constructor(capacity: number) {
    const bits = Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.#keys = new Int32Array(2 ** bits).fill(-1);
    this.#ids = new Int32Array(2 ** bits);
    this.#mask = 2 ** bits - 1;
    this.#shift = 32 - bits;
  }

  idOf(term: number): number {
    // Fibonacci hashing: the high bits of the product spread neighbouring bigrams over the table.
    let slot = Math.imul(term, 0x9e3779b1) >>> this.#shift;
    for (;;) {
      const key = this.#keys[slot]!;
      if (key === term) return this.#ids[slot]!;
      if (key === -1) {
        this.#keys[slot] = term;
        this.#ids[slot] = this.size;
        return this.size++;
      }
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** A piece of text as TF-IDF weights over the page's vocabulary (term numbers 0 … size-1). */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

export interface PageVectors {
  vectors: SparseVector[];
  /** Number of distinct terms on the page. */
  size: number;
}

/** One vector per text, TF-IDF weighted over these texts; `weights[i]` scales text i (titles count more). */
export function vectorize(texts: readonly string[], weights: readonly number[] = []): PageVectors {
  let capacity = 0;
  for (const text of texts) capacity += text.length;
  const ids = new TermIds(capacity);
  // All texts' term numbers in one array; text d's are those from starts[d] to starts[d + 1].
  const terms = new Int32Array(capacity);
  const starts = new Int32Array(texts.length + 1);
  let count = 0;
  for (let d = 0; d < texts.length; d++) {
    starts[d] = count;
    const text = texts[d]!;
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isHan(code)) {
        previous = 0;
        continue;
      }
      if (previous) terms[count++] = ids.idOf((previous - HAN_FIRST) * HAN_COUNT + (code - HAN_FIRST));
      previous = code;
    }
  }
  starts[texts.length] = count;

  const size = ids.size;
  const frequency = new Int32Array(size);
  const seenIn = new Int32Array(size).fill(-1);
  for (let d = 0; d < texts.length; d++) {
    for (let k = starts[d]!; k < starts[d + 1]!; k++) {
      const id = terms[k]!;
      if (seenIn[id] !== d) {
        seenIn[id] = d;
        frequency[id]!++;
      }
    }
  }
  const idf = new Float64Array(size);
  for (let id = 0; id < size; id++) idf[id] = Math.log((texts.length + 1) / frequency[id]!);

  const counts = new Int32Array(size);
  const vectors: SparseVector[] = [];
  for (let d = 0; d < texts.length; d++) {
    const distinct: number[] = [];
    for (let k = starts[d]!; k < starts[d + 1]!; k++) if (counts[terms[k]!]!++ === 0) distinct.push(terms[k]!);
    const weight = weights[d] ?? 1;
    const vectorTerms = new Int32Array(distinct.length);
    const vectorWeights = new Float64Array(distinct.length);
    let squares = 0;
    for (let k = 0; k < distinct.length; k++) {
      const id = distinct[k]!;
      const value = weight * counts[id]! * idf[id]!;
      vectorTerms[k] = id;
      vectorWeights[k] = value;
      squares += value * value;
      counts[id] = 0;
    }
    vectors.push({ terms: vectorTerms, weights: vectorWeights, norm: Math.sqrt(squares) });
  }
  return { vectors, size };
}

/** The sum of several pieces' vectors (a story so far), with its length kept up to date. */
export class DenseVector {
  readonly weights: Float64Array;
  #squares = 0;

  constructor(size: number) {
    this.weights = new Float64Array(size);
  }

  add(vector: SparseVector, sign = 1): this {
    vector.terms.forEach((id, k) => {
      const old = this.weights[id]!;
      const next = old + sign * vector.weights[k]!;
      this.weights[id] = next;
      this.#squares += next * next - old * old;
    });
    return this;
  }

  get norm(): number {
    return Math.sqrt(Math.max(this.#squares, 0));
  }
}

/** Cosine similarity of a piece and a story. */
export function cosine(piece: SparseVector, story: DenseVector): number {
  let dot = 0;
  piece.terms.forEach((id, k) => {
    const other = story.weights[id]!;
    if (other > 0) dot += piece.weights[k]! * other;
  });
  const norms = piece.norm * story.norm;
  return dot > 1e-12 && norms > 1e-12 ? dot / norms : 0;
}

/** Cosine similarity of a piece and a story as it would be with `extra` added (or taken away). */
export function cosineWith(piece: SparseVector, story: DenseVector, extra: SparseVector, sign = 1): number {
  story.add(extra, sign);
  const score = cosine(piece, story);
  story.add(extra, -sign);
  return score;
}
