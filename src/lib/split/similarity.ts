/**
 * Lexical similarity between pieces of one page, used to give interleaved paragraphs and floating
 * captions to the story they belong to. Chinese has no spaces, so the terms are Han character bigrams
 * (the usual choice for Chinese retrieval), weighted by TF-IDF over the page itself: words every story
 * on the page shares (平城, 城区) count for little, a story's own names and topics count for much.
 */
export type TermVector = ReadonlyMap<string, number>;

const HAN_RUN = /[\u4e00-\u9fff]+/g;

export function bigrams(text: string): string[] {
  const terms: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  return terms;
}

/** Inverse document frequency of each bigram over the given documents (smoothed, never negative). */
export function inverseDocumentFrequency(documents: readonly string[]): ReadonlyMap<string, number> {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(bigrams(document))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of frequency) idf.set(term, Math.log((documents.length + 1) / count));
  return idf;
}

export function termVector(text: string, idf: ReadonlyMap<string, number>, weight = 1): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of bigrams(text)) vector.set(term, (vector.get(term) ?? 0) + weight * (idf.get(term) ?? 0));
  return vector;
}

export function addVectors(target: Map<string, number>, source: TermVector, sign = 1): Map<string, number> {
  for (const [term, value] of source) target.set(term, (target.get(term) ?? 0) + sign * value);
  return target;
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, value] of a) {
    normA += value * value;
    const other = b.get(term);
    if (other !== undefined && other > 0) dot += value * other;
  }
  for (const value of b.values()) if (value > 0) normB += value * value;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}
