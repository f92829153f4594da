/**
 * Search quality as a reader meets it: queries drawn from the dataset's article bodies (words of two to
 * four characters, names, numbers, phrases with their punctuation, two words together), typed into the
 * search page, every page of results read; the ground truth is a plain substring test over the dataset.
 * Every article that holds the query must be found (recall 100%), and at least 98% of what is shown
 * must hold it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleTexts, drawQueries, truth } from './search-queries.ts';
import { typeSearch } from './search-page.ts';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

describeInBrowser('search quality', () => {
  const data = dataset();
  const texts = articleTexts(data);
  const queries = drawQueries(data);
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  it('finds every article that holds the query, and little else', async () => {
    await page.goto(site().url('search/'));
    let relevant = 0;
    let shown = 0;
    let found = 0;
    const misses: string[] = [];
    const strays: string[] = [];
    const byKind = new Map<string, { queries: number; relevant: number; found: number; shown: number }>();
    for (const { kind, query, terms } of queries) {
      await typeSearch(page, query);
      const ids = await allResults(page);
      const expected = truth(texts, terms);
      const hits = ids.filter((id) => expected.has(id));
      relevant += expected.size;
      shown += ids.length;
      found += hits.length;
      const row = byKind.get(kind) ?? { queries: 0, relevant: 0, found: 0, shown: 0 };
      byKind.set(kind, {
        queries: row.queries + 1,
        relevant: row.relevant + expected.size,
        found: row.found + hits.length,
        shown: row.shown + ids.length,
      });
      for (const id of expected) if (!ids.includes(id)) misses.push(`${query} → ${id}`);
      for (const id of ids) if (!expected.has(id)) strays.push(`${query} → ${id}`);
    }
    const recall = relevant === 0 ? 1 : found / relevant;
    const precision = shown === 0 ? 1 : found / shown;
    console.log(
      `search quality: ${queries.length} queries, ${relevant} relevant, ${shown} shown, ` +
        `recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
    );
    for (const [kind, row] of byKind) {
      console.log(
        `  ${kind}: ${row.queries} queries, recall ${row.found}/${row.relevant}, precision ${row.found}/${row.shown}`,
      );
    }
    if (strays.length > 0) console.log(`  shown without the query: ${strays.join('; ')}`);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(misses).toEqual([]);
    expect(precision, strays.join('\n')).toBeGreaterThanOrEqual(0.98);
  }, 300_000);
});

/** Every result of the search, clicking 显示更多结果 until there are no more. */
async function allResults(page: Page): Promise<string[]> {
  for (let i = 0; i < 100 && (await page.locator('[data-more]').isVisible()); i += 1) {
    const before = await page.locator('[data-results] .result').count();
    await page.evaluate(() => document.querySelector('[data-search]')?.setAttribute('data-state', 'more'));
    await page.click('[data-more]');
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-results] .result').length > n ||
        document.querySelector('[data-more]')?.hasAttribute('hidden'),
      before,
    );
  }
  const hrefs = await page
    .locator('[data-results] .result h2 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((href) => href.split('/').filter(Boolean).at(-1) ?? '');
}
