/**
 * The results a search shows, a page at a time. When the candidates are known to hold the terms, that
 * is their ranked list, each result's data loaded when shown. When a term holds punctuation Pagefind
 * cannot search, each candidate's text must be loaded to check it, so candidates are checked in rank
 * order, a batch at a time, only until the page is full or `maxChecks` candidates have been read: a
 * query with thousands of candidates costs the reader a page of downloads per click, not thousands.
 */
export interface ResultPages<Data> {
  nextPage(size: number): Promise<Data[]>;
  /** How many results in all, or null while some candidates are still unchecked. */
  total(): number | null;
  /** How many candidates have been checked, of how many. */
  checked(): { checked: number; candidates: number };
  hasMore(): boolean;
}

export interface CandidateScan {
  batch: number;
  maxChecks: number;
}

/** `accept` null: every candidate is a result. */
export function resultPages<Result, Data>(
  candidates: readonly Result[],
  load: (result: Result) => Promise<Data>,
  accept: ((data: Data) => boolean) | null,
  { batch, maxChecks }: CandidateScan = { batch: 20, maxChecks: 100 },
): ResultPages<Data> {
  let checked = 0;
  let found = 0;
  const waiting: Data[] = [];
  const complete = () => checked >= candidates.length;
  return {
    async nextPage(size) {
      const limit = accept === null ? Infinity : checked + maxChecks;
      while (waiting.length < size && !complete() && checked < limit) {
        const take = accept === null ? size - waiting.length : Math.min(batch, limit - checked);
        const loaded = await Promise.all(candidates.slice(checked, checked + take).map(load));
        checked += loaded.length;
        const kept = accept === null ? loaded : loaded.filter(accept);
        found += kept.length;
        waiting.push(...kept);
      }
      return waiting.splice(0, size);
    },
    total: () => (accept === null ? candidates.length : complete() ? found : null),
    checked: () => ({ checked, candidates: candidates.length }),
    hasMore: () => waiting.length > 0 || !complete(),
  };
}
