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

/** A piece of text as TF-IDF weights over the page's vocabulary (term numbers 0 … size-1). */
export interface SparseVector {
  /** Plain arrays: a page has a hundred small vectors, and typed arrays cost more to make than to use. */
  terms: number[];
  weights: number[];
  norm: number;
}

export interface PageVectors {
  vectors: SparseVector[];
  /** Number of distinct terms on the page. */
  size: number;
}

/**
 * The table that numbers a page's distinct bigrams 0, 1, 2 …: open addressing over typed arrays (a Map
 * was a quarter of the splitter's time). It is kept between pages and only the slots a page used are
 * cleared, so no page pays for allocating it.
 */
let slotKeys = new Int32Array(0);
let slotIds = new Int32Array(0);
let usedSlots = new Int32Array(0);

function reserveSlots(bits: number): void {
  if (slotKeys.length >= 2 ** bits) return;
  slotKeys = new Int32Array(2 ** bits).fill(-1);
  slotIds = new Int32Array(2 ** bits);
  usedSlots = new Int32Array(2 ** bits);
}

/** One vector per text, TF-IDF weighted over these texts; `weights[i]` scales text i (titles count more). */
export function vectorize(texts: readonly string[], weights: readonly number[] = []): PageVectors {
  let capacity = 0;
  for (const text of texts) capacity += text.length;
  const bits = Math.ceil(Math.log2(Math.max(16, capacity * 2)));
  reserveSlots(bits);
  const mask = 2 ** bits - 1;
  const shift = 32 - bits;
  // All texts' term numbers in one array; text d's are those from starts[d] to starts[d + 1].
  const terms = new Int32Array(capacity);
  const starts = new Int32Array(texts.length + 1);
  let count = 0;
  let size = 0;
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
      if (previous) {
        const term = (previous - HAN_FIRST) * HAN_COUNT + (code - HAN_FIRST);
        // Fibonacci hashing: the high bits of the product spread neighbouring bigrams over the table.
        let slot = Math.imul(term, 0x9e3779b1) >>> shift;
        while (slotKeys[slot] !== term && slotKeys[slot] !== -1) slot = (slot + 1) & mask;
        if (slotKeys[slot] === -1) {
          slotKeys[slot] = term;
          slotIds[slot] = size;
          usedSlots[size++] = slot;
        }
        terms[count++] = slotIds[slot]!;
      }
      previous = code;
    }
  }
  starts[texts.length] = count;
  for (let id = 0; id < size; id++) slotKeys[usedSlots[id]!] = -1;

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
  // idf depends only on how many texts hold a term: one logarithm per possible count.
  const idfOfFrequency = Float64Array.from({ length: texts.length + 1 }, (_, f) =>
    f > 0 ? Math.log((texts.length + 1) / f) : 0,
  );

  const counts = new Int32Array(size);
  const vectors: SparseVector[] = [];
  for (let d = 0; d < texts.length; d++) {
    const vectorTerms: number[] = [];
    for (let k = starts[d]!; k < starts[d + 1]!; k++) if (counts[terms[k]!]!++ === 0) vectorTerms.push(terms[k]!);
    const weight = weights[d] ?? 1;
    const vectorWeights: number[] = [];
    let squares = 0;
    for (const id of vectorTerms) {
      const value = weight * counts[id]! * idfOfFrequency[frequency[id]!]!;
      vectorWeights.push(value);
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
    for (let k = 0; k < vector.terms.length; k++) {
      const id = vector.terms[k]!;
      const old = this.weights[id]!;
      const next = old + sign * vector.weights[k]!;
      this.weights[id] = next;
      this.#squares += next * next - old * old;
    }
    return this;
  }

  get norm(): number {
    return Math.sqrt(Math.max(this.#squares, 0));
  }
}

/** Cosine similarity of a piece and a story. */
export function cosine(piece: SparseVector, story: DenseVector): number {
  let dot = 0;
  for (let k = 0; k < piece.terms.length; k++) {
    const other = story.weights[piece.terms[k]!]!;
    if (other > 0) dot += piece.weights[k]! * other;
  }
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
