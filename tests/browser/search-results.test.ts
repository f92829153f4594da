/**
 * What a reader sees of a search besides its hits: excerpts that show the term, the article opened at
 * the first mark, the code loaded only when wanted, a date range, and the first result on a phone's
 * first screen. Expectations come from the site's own dataset.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseDate, isoDateOf, openSearch } from './search-page.ts';
import { articleTexts, comparable, truth } from './search-queries.ts';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

describeInBrowser('search results', () => {
  const { url, dir } = site();
  const searchUrl = url('search/');
  const data = dataset();
  const texts = articleTexts(data);
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  it('finds 2021 and 收录 only in article text, never in a filter value or a photo placeholder', async () => {
    for (const term of ['2021', '收录', '图片未收录']) {
      const shown = await openSearch(page, searchUrl, term);
      expect(new Set(shown.ids), term).toEqual(truth(texts, [term]));
    }
  });

  it('shows each result’s excerpt around a real occurrence, marking the whole term only', async () => {
    for (const term of ['党建', '平城区']) {
      await openSearch(page, searchUrl, term);
      const excerpts = await page.locator('[data-results] .result .excerpt').evaluateAll((nodes) =>
        nodes.map((node) => ({
          text: node.textContent ?? '',
          marks: [...node.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        })),
      );
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt.marks.length, excerpt.text).toBeGreaterThan(0);
        for (const mark of excerpt.marks) expect(comparable(mark)).toBe(term);
      }
    }
  });

  it('ranks an article that says 党建 often above the average one that merely mentions it', async () => {
    const shown = await openSearch(page, searchUrl, '党建');
    const count = (id: string) =>
      texts.find((text) => text.id === id)?.pieces.reduce((sum, piece) => sum + piece.split('党建').length - 1, 0) ?? 0;
    const counts = shown.ids.map(count);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts[0]).toBeGreaterThanOrEqual(counts.reduce((sum, n) => sum + n, 0) / counts.length);
  });

  it('opens the article from a result with the term highlighted, scrolled to the first one', async () => {
    await openSearch(page, searchUrl, '党建');
    await page.locator('[data-results] .result h2 a').first().click();
    await page.waitForURL(/highlight=/);
    const first = page.locator('mark.search-highlight').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('党建');
    const inView = await first.evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('loads no search code on an article opened without search terms', async () => {
    const requests: string[] = [];
    const fresh = await browser.newPage();
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const article = data.issues[0]?.articles[0]?.id ?? '';
    await fresh.goto(url(`articles/${article}/`), { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await fresh.close();
  });

  it('loads the search code and index entry when a search box gets focus, not at page load', async () => {
    const requests: string[] = [];
    const fresh = await browser.newPage();
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(url(''), { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await fresh.locator('form[role="search"] input[name="q"]').first().focus();
    await expect
      .poll(
        () =>
          requests.filter((path) => /\/pagefind\/(pagefind\.js|pagefind-entry\.json|.*\.pf_meta)$/.test(path)).length,
      )
      .toBe(3);
    await fresh.close();
  });

  it('loads the search code and index entry as the search page opens, before anything is typed', async () => {
    const requests: string[] = [];
    const fresh = await browser.newPage();
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(searchUrl, { waitUntil: 'networkidle' });
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind-entry.json'))).toBe(true);
    expect(requests.some((path) => path.includes('/pagefind/index/'))).toBe(false);
    await fresh.close();
  });

  it('says so when the search index cannot be loaded, instead of searching forever', async () => {
    const fresh = await browser.newPage();
    await fresh.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const shown = await openSearch(fresh, searchUrl, '党建');
    expect(shown.ids).toEqual([]);
    expect(shown.status).toContain('检索暂时无法使用');
    await fresh.close();
  });

  it('measures what a first search downloads', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const bytes = new Map<string, number>();
    fresh.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (path.includes('/pagefind/')) bytes.set(path, (await response.body()).length);
    });
    await openSearch(fresh, searchUrl, '党建');
    await fresh.waitForLoadState('networkidle');
    const served = [...bytes.values()].reduce((sum, size) => sum + size, 0);
    // The .pf_* files are gzip already; a host such as GitHub Pages gzips the JavaScript and JSON.
    const gzipped = [...bytes.keys()].reduce((sum, path) => {
      const file = join(dir, path.replace(site().basePath, ''));
      return sum + (/\.(js|json)$/.test(path) ? gzipSync(readFileSync(file)).length : (bytes.get(path) ?? 0));
    }, 0);
    for (const [path, size] of bytes) console.log(`  ${path.replace(site().basePath, '')} ${size}`);
    console.log(
      `first search (党建): ${bytes.size} files, ${(served / 1000).toFixed(1)} kB as served, ${(gzipped / 1000).toFixed(1)} kB gzip`,
    );
    expect(bytes.size).toBeGreaterThan(0);
    await context.close();
  });

  it('narrows to a date range, both ends included', async () => {
    const dates = [
      ...new Set(data.issues.map((issue) => issue.date).filter((date): date is string => date !== null)),
    ].sort();
    const [from, to] = [dates[1] ?? '', dates.at(-2) ?? ''];
    await openSearch(page, searchUrl, '平城');
    await chooseDate(page, 'from', from);
    const shown = await chooseDate(page, 'to', to);
    const inRange = new Set(
      data.issues
        .filter((issue) => issue.date && issue.date >= from && issue.date <= to)
        .flatMap((issue) => issue.articles.map((a) => a.id)),
    );
    const expected = [...truth(texts, ['平城'])].filter((id) => inRange.has(id));
    expect(shown.ids.length).toBe(Math.min(10, expected.length));
    for (const meta of shown.metas) expect(isoDateOf(meta) >= from && isoDateOf(meta) <= to, meta).toBe(true);
    expect(page.url()).toContain(`from=${from}`);
  });

  it('shows the first result on a phone’s first screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await openSearch(phone, searchUrl, '党建');
    const box = await phone.locator('[data-results] .result').first().boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 1e9) + 40).toBeLessThan(640);
    await phone.close();
  });
});
