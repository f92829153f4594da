/**
 * On an article opened from a search result, marks the terms the result link carried
 * (`?highlight=平城区&highlight=党建`) with Pagefind's highlight script, and scrolls to the first one.
 * The script (mark.js inside, ~44 kB) is fetched only when the address carries a term.
 */
/** The query parameter the article page reads the terms from (Pagefind's `highlightParam`). */
export const HIGHLIGHT_PARAM = 'highlight';

interface HighlightOptions {
  highlightParam: string;
  markContext: HTMLElement;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

type PagefindHighlight = new (options: HighlightOptions) => unknown;

/** The class of the marks Pagefind's script adds; styled in the global stylesheet. */
export const HIGHLIGHT_CLASS = 'search-highlight';

export async function highlightSearchTerms(bundle: string, context: HTMLElement, search: string): Promise<void> {
  if (!new URLSearchParams(search).has(HIGHLIGHT_PARAM)) return;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as { default: PagefindHighlight };
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: context,
    addStyles: false,
    markOptions: { className: HIGHLIGHT_CLASS, exclude: [] },
  });
  context.querySelector(`mark.${HIGHLIGHT_CLASS}`)?.scrollIntoView({ block: 'center' });
}
