/**
 * The search page's state and its translation to Pagefind's options: pure functions shared by the page
 * script and the tests. The state lives in the URL (`?q=基层治理&section=时政&from=2021-01-01&sort=newest`),
 * so a search can be bookmarked, shared, and submitted from the home page's form without JavaScript.
 */
import type { PagefindSearchOptions } from './search/pagefind-api.ts';

export const FILTER_KEYS = ['section', 'year', 'reporter'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = {
  relevance: '相关度',
  newest: '日期：从新到旧',
  oldest: '日期：从旧到新',
} as const;
export type SortKey = keyof typeof SORTS;

/** A range of issue dates, either end open; ISO dates, inclusive. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  range: DateRange;
  sort: SortKey;
}

/** A YYYY-MM-DD date that exists, as `<input type="date">` sends it. (Not the zod schema: this runs in the browser.) */
function isoDate(value: string | null | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : undefined;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const range: DateRange = {};
  const from = isoDate(params.get('from'));
  const to = isoDate(params.get('to'));
  if (from) range.from = from;
  if (to) range.to = to;
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    range,
    sort: sort && sort in SORTS ? (sort as SortKey) : 'relevance',
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.range.from) params.set('from', state.range.from);
  if (state.range.to) params.set('to', state.range.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** Whether there is anything to search for: a query, or filters alone (browse a section's results). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0 || hasRange(state.range);
}

export function hasRange(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** The issue dates (Pagefind's `date` filter values) inside the range; ISO dates compare as strings. */
export function datesInRange(dates: Iterable<string>, { from, to }: DateRange): string[] {
  return [...dates].filter((date) => (!from || date >= from) && (!to || date <= to)).sort();
}

/**
 * Pagefind filters match values exactly, so a date range is the list of issue dates inside it
 * (`dates`: every value of the `date` filter, from `pagefind.filters()`). Null when the range holds no
 * issue at all: there is nothing to search.
 */
export function pagefindOptions(state: SearchState, dates: Iterable<string> = []): PagefindSearchOptions | null {
  const options: PagefindSearchOptions = { filters: { ...state.filters } };
  if (hasRange(state.range)) {
    const inRange = datesInRange(dates, state.range);
    if (inRange.length === 0) return null;
    options.filters = { ...options.filters, date: { any: inRange } };
  }
  if (state.sort === 'newest') options.sort = { date: 'desc' };
  if (state.sort === 'oldest') options.sort = { date: 'asc' };
  return options;
}
