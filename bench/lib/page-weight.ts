/**
 * What a reader's browser downloads, measured in Chromium against the built site: for one article page
 * everything it loads before search is opened, and for one search everything under pagefind/ (the
 * Pagefind JS and WebAssembly, its entry and metadata, the index chunks, filters and result fragments
 * the query needs). The list of requests is Chromium's; the bytes are those GitHub Pages sends: text
 * (HTML, CSS, JS, JSON, XML, SVG) gzipped, Pagefind's binary files as they are (already compressed).
 */
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticServer, resolveRequest } from '../../src/lib/site/static-server.ts';

export const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
const GZIPPED = /\.(?:html|css|js|mjs|json|xml|svg|txt|csv)$/i;

export interface Download {
  path: string;
  wireBytes: number;
}

export interface PageWeight {
  downloads: Download[];
  wireBytes: number;
}

/** Bytes GitHub Pages sends for a file: gzip (level 6, as most servers) for text, else the file. */
export function wireBytesOf(path: string, bytes: Uint8Array): number {
  return GZIPPED.test(path) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

function weigh(paths: readonly string[], root: string, keep: (path: string) => boolean): PageWeight {
  const downloads: Download[] = [];
  for (const path of new Set(paths)) {
    if (!keep(path)) continue;
    const file = resolveRequest(root, '/', path);
    const onDisk =
      file &&
      [file, `${file}/index.html`].find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
    if (!onDisk) continue;
    downloads.push({ path, wireBytes: wireBytesOf(onDisk, readFileSync(onDisk)) });
  }
  return { downloads, wireBytes: downloads.reduce((sum, d) => sum + d.wireBytes, 0) };
}

export interface WeightOptions {
  root: string;
  articlePath: string;
  /** Address of the search page with its query, e.g. /search/?q=基层治理 */
  searchPath: string;
  /** Selector that appears once the results are shown. */
  resultSelector: string;
}

/**
 * One search over Pagefind bundles made per year (pagefind/2024/, pagefind/2025/ …): the first bundle
 * is loaded, the others merged into it with Pagefind's `mergeIndex`, and the first `shown` results'
 * data loaded, as a results list does. With one bundle this is a search of that year alone.
 */
export async function measureBundleSearch(
  root: string,
  bundles: readonly string[],
  query: string,
  shown = 10,
): Promise<PageWeight & { results: number }> {
  const server = createStaticServer(root, '/');
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) requested.push(decodeURIComponent(url.pathname));
    });
    await page.goto(`${origin}/404.html`, { waitUntil: 'load' });
    const results = await page.evaluate(
      async ({ bundles, query, shown }) => {
        const pagefind = await import(`/${bundles[0]}pagefind.js`);
        await pagefind.options({ baseUrl: '/' });
        for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(`/${bundle}`);
        const search = await pagefind.search(query);
        await Promise.all(
          search.results.slice(0, shown).map((result: { data: () => Promise<unknown> }) => result.data()),
        );
        return search.results.length as number;
      },
      { bundles: [...bundles], query, shown },
    );
    await page.waitForLoadState('networkidle');
    return { ...weigh(requested, root, (path) => path.startsWith('/pagefind/')), results };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function measurePageWeights(
  options: WeightOptions,
): Promise<{ article: PageWeight; search: PageWeight; searchResults: number }> {
  const server = createStaticServer(options.root, '/');
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    const visit = async (path: string, ready: (page: import('playwright-core').Page) => Promise<unknown>) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin) requested.push(decodeURIComponent(url.pathname));
      });
      await page.goto(origin + path, { waitUntil: 'load' });
      await ready(page);
      await page.waitForLoadState('networkidle');
      const extra = await page.evaluate(
        (selector) => document.querySelectorAll(selector).length,
        options.resultSelector,
      );
      await context.close();
      return { requested, extra };
    };
    const article = await visit(options.articlePath, async () => undefined);
    const search = await visit(options.searchPath, (page) =>
      page.waitForSelector(options.resultSelector, { timeout: 60_000 }),
    );
    return {
      article: weigh(article.requested, options.root, () => true),
      search: weigh(search.requested, options.root, (path) => path.startsWith('/pagefind/')),
      searchResults: search.extra,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
