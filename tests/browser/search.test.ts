/**
 * Search as a reader uses it, in Chromium against the built site under its base path. The splitter
 * is still changing, so the expectations are properties computed from the site's own dataset
 * ("the article that mentions 王振翼 most comes first"), not fixed ids or counts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { choose, articlesOf, countOf, isoDateOf, openSearch, typeSearch } from './search-page.ts';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

describeInBrowser('search', () => {
  const { url, basePath } = site();
  const searchUrl = url('search/');
  const articles = articlesOf(dataset());
  const mentioning = (term: string) => articles.filter((article) => article.text.includes(term));
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  });
  afterAll(() => browser?.close());

  it('loads the Pagefind bundle from under the base path', async () => {
    await openSearch(page, searchUrl, '平城');
    const pagefind = requests.filter((path) => path.includes('/pagefind/'));
    expect(pagefind.length).toBeGreaterThan(0);
    for (const path of pagefind) expect(path.startsWith(`${basePath}pagefind/`), path).toBe(true);
  });

  it('finds 基层治理 with the article whose headline says it first', async () => {
    const expected = articles.filter((article) => article.headline.includes('基层治理')).map((article) => article.id);
    const shown = await openSearch(page, searchUrl, '基层治理');
    expect(shown.ids.length).toBeGreaterThan(0);
    if (expected.length > 0) expect(expected).toContain(shown.ids[0]);
    for (const id of shown.ids) expect(mentioning('基层治理').map((article) => article.id)).toContain(id);
  });

  it('finds 王振翼 with the article that tells his story first', async () => {
    const byMentions = mentioning('王振翼').sort((a, b) => countOf(b.text, '王振翼') - countOf(a.text, '王振翼'));
    expect(byMentions.length).toBeGreaterThan(0);
    const shown = await typeSearch(page, '王振翼');
    expect(shown.ids[0]).toBe(byMentions[0]?.id);
    expect(new Set(shown.ids)).toEqual(new Set(byMentions.map((article) => article.id)));
  });

  it('finds every article a reporter signed, ahead of any other', async () => {
    const [name, signed] = [
      ...Map.groupBy(
        articles.flatMap((a) => a.reporters.map((r) => [r, a] as const)),
        ([r]) => r,
      ),
    ]
      .map(([reporter, pairs]) => [reporter, pairs.map(([, article]) => article.id)] as const)
      .sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    expect(name).not.toBe('');
    const shown = await openSearch(page, searchUrl, name);
    expect(new Set(shown.ids.slice(0, signed.length))).toEqual(new Set(signed));
  });

  it('narrows the results with a section filter, and keeps only that section', async () => {
    const all = await openSearch(page, searchUrl, '平城');
    const sections = [...new Set(mentioning('平城').map((article) => article.section))];
    expect(sections.length).toBeGreaterThan(1);
    const section = sections[0] ?? '';
    const narrowed = await choose(page, 'section', section);
    expect(narrowed.ids.length).toBeGreaterThan(0);
    expect(countIn(narrowed.status)).toBeLessThan(countIn(all.status));
    expect(countIn(narrowed.status)).toBe(mentioning('平城').filter((article) => article.section === section).length);
    for (const id of narrowed.ids) expect(articles.find((article) => article.id === id)?.section).toBe(section);
    expect(page.url()).toContain(`section=${encodeURIComponent(section)}`);
  });

  it('filters by year and by reporter without a query', async () => {
    const year = articles.find((article) => article.date)?.date?.slice(0, 4) ?? '';
    await page.goto(`${searchUrl}?year=${year}`);
    await page.waitForSelector('[data-search][data-state="done"]');
    const count = countIn((await page.locator('[data-status]').textContent()) ?? '');
    expect(count).toBe(articles.filter((article) => article.date?.startsWith(year)).length);
  });

  it('sorts by date, newest first', async () => {
    await openSearch(page, searchUrl, '平城');
    const shown = await choose(page, 'sort', 'newest');
    const dates = shown.metas.map(isoDateOf);
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('finds every article by its headline, and by the first phrase of it, in the first five results', async () => {
    const misses: string[] = [];
    await page.goto(searchUrl);
    for (const article of articles) {
      const phrases = new Set([article.headline, article.headline.split(/\s+/)[0] ?? article.headline]);
      for (const phrase of phrases) {
        const shown = await typeSearch(page, phrase);
        if (!shown.ids.slice(0, 5).includes(article.id))
          misses.push(`${article.id} ← ${phrase} (got ${shown.ids.slice(0, 5).join(', ')})`);
      }
    }
    expect(misses).toEqual([]);
  }, 180_000);

  it('answers two-character queries with every article that contains the word', async () => {
    for (const word of ['治理', '社区', '老年', '档案']) {
      const expected = mentioning(word).map((article) => article.id);
      if (expected.length === 0) continue;
      const shown = await openSearch(page, searchUrl, word);
      await showAll(page);
      const ids = await shownIds(page);
      expect(ids.sort(), word).toEqual([...expected].sort());
      expect(shown.ids.length).toBeGreaterThan(0);
    }
  });

  it('matches exact phrases, in ASCII or Chinese quotes, even where the browser cuts words differently', async () => {
    for (const [query, phrase] of [
      ['"平城区"', '平城区'],
      ['“首善之区”', '首善之区'],
      ['"铁骨丹心"', '铁骨丹心'],
    ] as const) {
      const expected = mentioning(phrase).map((article) => article.id);
      if (expected.length === 0) continue;
      await openSearch(page, searchUrl, query);
      await showAll(page);
      expect((await shownIds(page)).sort(), query).toEqual([...expected].sort());
    }
  });

  it('shows the result’s date, section and a highlighted excerpt', async () => {
    await openSearch(page, searchUrl, '王振翼');
    const first = page.locator('[data-results] .result').first();
    await expect.poll(() => first.locator('mark').count()).toBeGreaterThan(0);
    // The site's date form (formatDate), as on every other page.
    expect(await first.locator('.meta').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 · \S+/);
  });
});

/** `找到 12 篇文章` → 12. */
function countIn(status: string): number {
  const match = status.match(/找到 (\d+) 篇/);
  if (!match) throw new Error(`no result count in "${status}"`);
  return Number(match[1]);
}

async function showAll(page: Page): Promise<void> {
  for (let i = 0; i < 100 && (await page.locator('[data-more]').isVisible()); i += 1) {
    const before = await page.locator('[data-results] .result').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] .result').length > n, before);
  }
}

async function shownIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('[data-results] .result h2 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((href) => href.split('/').filter(Boolean).at(-1) ?? '');
}
