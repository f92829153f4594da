/**
 * Any page's search box (the home page's, the search page's): when it gets focus, Pagefind's code and
 * the index entry start loading, so the results page that the form opens finds them in the browser's
 * cache. Nothing is fetched on pages where the reader never touches a search box.
 */
import { loadPagefind, type BundleLocation } from './pagefind-api.ts';

export const SEARCH_BOX = 'form[role="search"] input[name="q"]';

export function warmUpOnFocus(document: Document, location: BundleLocation): void {
  const onFocus = (event: FocusEvent) => {
    if (!(event.target instanceof Element) || !event.target.matches(SEARCH_BOX)) return;
    document.removeEventListener('focusin', onFocus);
    void loadPagefind(location).catch(() => {
      // A failed warm-up is retried by the search itself; nothing to tell the reader here.
    });
  };
  document.addEventListener('focusin', onFocus);
}
