/**
 * The articles that answer a query, in the order shown: Pagefind's quoted searches (one per run of
 * letters, digits and ideographs, see text.ts) decide which articles hold every term; its unquoted
 * search of the same characters ranks them (term frequency, title hits weighing more) or sorts them by
 * date; articles holding the whole query as typed come first.
 */
import type { PagefindApi, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import type { SearchPlan } from './query.ts';

export interface Candidates {
  results: PagefindResult[];
  /** Whether every result is known to hold the terms, or each must be checked once loaded. */
  exact: boolean;
}

function idsOf(search: { results: PagefindResult[] } | null): Set<string> {
  return new Set(search?.results.map((result) => result.id) ?? []);
}

export async function findCandidates(
  api: PagefindApi,
  plan: SearchPlan,
  options: PagefindSearchOptions,
): Promise<Candidates> {
  if (plan.required.length === 0) {
    return { results: (await api.search(null, options))?.results ?? [], exact: true };
  }
  const filtersOnly = { filters: options.filters ?? {} };
  const [ranking, whole, ...required] = await Promise.all([
    api.search(plan.ranking, options),
    plan.whole && !options.sort ? api.search(plan.whole, filtersOnly) : Promise.resolve(null),
    ...plan.required.map((query) => api.search(query, filtersOnly)),
  ]);
  const sets = required.map(idsOf);
  const holdsAll = (result: PagefindResult) => sets.every((set) => set.has(result.id));
  const ranked = (ranking?.results ?? []).filter(holdsAll);
  const seen = idsOf({ results: ranked });
  // Sorting by date drops the articles without one from Pagefind's results: they go at the end.
  const unranked = (required[0]?.results ?? []).filter((result) => holdsAll(result) && !seen.has(result.id));
  const results = [...ranked, ...unranked];
  const asTyped = idsOf(whole);
  return {
    results: [
      ...results.filter((result) => asTyped.has(result.id)),
      ...results.filter((result) => !asTyped.has(result.id)),
    ],
    exact: plan.exact,
  };
}
