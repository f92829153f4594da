/**
 * The search page's state and its translation to Pagefind: pure functions shared by the page script
 * and the tests. The state lives in the URL (`?q=基层治理&section=时政&sort=newest`), so a search can be
 * bookmarked, shared, and submitted from the home page's form without JavaScript.
 */
export const FILTER_KEYS = ['section', 'year', 'reporter'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = {
  relevance: '相关度',
  newest: '日期：从新到旧',
  oldest: '日期：从旧到新',
} as const;
export type SortKey = keyof typeof SORTS;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortKey;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && sort in SORTS ? (sort as SortKey) : 'relevance' };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const options: PagefindSearchOptions = { filters: { ...state.filters } as Record<string, string> };
  if (state.sort === 'newest') options.sort = { date: 'desc' };
  if (state.sort === 'oldest') options.sort = { date: 'asc' };
  return options;
}

/** Whether there is anything to search for: a query, or filters alone (browse a section's results). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isNaN(code) ? whole : String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind returns excerpts as HTML with `<mark>` around the hits. The page shows them as text nodes
 * and <mark> elements built from these parts, never through innerHTML, so an article quoting `<b>`
 * cannot inject markup.
 */
export function excerptParts(excerpt: string): Array<{ text: string; marked: boolean }> {
  const parts: Array<{ text: string; marked: boolean }> = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/**
 * Exact phrases, the way readers type them: "…" or Chinese “…” and 「…」.
 *
 * Pagefind's own phrase search needs the browser (Intl.Segmenter) to cut the phrase into the same
 * words the indexer's dictionary did, and for Chinese they often differ (Pagefind issue #1237):
 * "平城区" is one word to the indexer but 平城|区 to the browser, so a quoted "平城区" finds nothing.
 * So the page searches for the phrase's words without quotes (which matches whatever the cut) and
 * keeps the results whose text holds the phrase itself.
 */
const PHRASE = /"([^"]*)"|“([^”]*)”|「([^」]*)」/g;

export interface ParsedQuery {
  /** What to give Pagefind: the loose words and the phrases' words, unquoted. */
  terms: string;
  /** Phrases every result must contain verbatim (whitespace aside). */
  phrases: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const loose = query.replace(PHRASE, (_whole, a?: string, b?: string, c?: string) => {
    const phrase = (a ?? b ?? c ?? '').trim();
    if (phrase) phrases.push(phrase);
    return ` ${phrase} `;
  });
  // An unmatched quote is noise, not part of a word.
  return {
    terms: loose
      .replace(/["“”「」]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    phrases,
  };
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Whether a result's text holds every phrase; line breaks and spaces the page printed do not count. */
export function containsPhrases(content: string, phrases: readonly string[]): boolean {
  const text = withoutSpace(content);
  return phrases.every((phrase) => text.includes(withoutSpace(phrase)));
}

/**
 * The results a search shows, a page at a time. For a plain search that is Pagefind's ranked list,
 * each result's data loaded when shown. For a phrase search each candidate's text must be loaded to
 * check it holds the phrase, so candidates are checked in rank order, a batch at a time, only until
 * the page is full or `maxChecks` candidates have been read: a phrase with thousands of candidates
 * costs the reader a page of downloads per click, not thousands of them.
 */
export interface ResultPages<Data> {
  nextPage(size: number): Promise<Data[]>;
  /** How many results in all, or null while some candidates are still unchecked. */
  total(): number | null;
  /** How many candidates have been checked, of how many. */
  checked(): { checked: number; candidates: number };
  hasMore(): boolean;
}

export interface PhraseScan {
  batch: number;
  maxChecks: number;
}

export function resultPages<Result, Data extends { content: string }>(
  candidates: readonly Result[],
  load: (result: Result) => Promise<Data>,
  phrases: readonly string[],
  { batch, maxChecks }: PhraseScan = { batch: 20, maxChecks: 100 },
): ResultPages<Data> {
  let checked = 0;
  let found = 0;
  const waiting: Data[] = [];
  const complete = () => checked >= candidates.length;
  return {
    async nextPage(size) {
      const limit = phrases.length === 0 ? Infinity : checked + maxChecks;
      while (waiting.length < size && !complete() && checked < limit) {
        const take = phrases.length === 0 ? size - waiting.length : Math.min(batch, limit - checked);
        const loaded = await Promise.all(candidates.slice(checked, checked + take).map(load));
        checked += loaded.length;
        const kept = phrases.length === 0 ? loaded : loaded.filter((data) => containsPhrases(data.content, phrases));
        found += kept.length;
        waiting.push(...kept);
      }
      return waiting.splice(0, size);
    },
    total: () => (phrases.length === 0 ? candidates.length : complete() ? found : null),
    checked: () => ({ checked, candidates: candidates.length }),
    hasMore: () => waiting.length > 0 || !complete(),
  };
}
