/**
 * The part of Pagefind's browser API (pagefind.js) the site uses, typed, and its loading: once per
 * page, on demand, from the bundle under the site's base path.
 */
export interface PagefindFilters {
  [filter: string]: string | string[] | { any: string[] };
}

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
  /** Fetches the index chunks a search will need, without searching: called as the reader types. */
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface BundleLocation {
  /** The bundle folder's URL, with the base path: `/repo/pagefind/`. */
  bundle: string;
  /** The site's base path, put in front of result URLs: `/repo/`. */
  base: string;
}

const loaded = new Map<string, Promise<PagefindApi>>();

/**
 * Imports pagefind.js and runs `init()`, which fetches the WebAssembly and the index's entry and
 * metadata, but no index chunk: what a first search needs before the reader has finished typing.
 */
export function loadPagefind({ bundle, base }: BundleLocation): Promise<PagefindApi> {
  let api = loaded.get(bundle);
  if (!api) {
    api = (async () => {
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      // exactDiacritics: café is not cafe, as a substring test would say (text.ts).
      await module.options({ baseUrl: base, exactDiacritics: true });
      await module.init();
      return module;
    })();
    loaded.set(bundle, api);
  }
  return api;
}
