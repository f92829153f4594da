/**
 * Screenshots of an article page on a 360 px phone and a 1280 px screen, and of the home page, an
 * issue with its printed page, the longest article and a brief, saved to test-results/screenshots/ for
 * people to look at (no pixel comparison). What can be asserted is: nothing overflows sideways on the
 * phone, the measure stays comfortable on the wide screen, and printing hides the site furniture.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

const OUT = 'test-results/screenshots';

describeInBrowser('article page layout', () => {
  const { url } = site();
  const article = dataset()
    .issues.flatMap((issue) => issue.articles)
    .find((candidate) => candidate.figures.length > 0 || candidate.reporters.length > 0);
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => browser?.close());

  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`renders at ${width} px (${scheme}) without sideways scrolling, and saves a screenshot`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
        await page.goto(url(`articles/${article?.id}/`));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const measure = await page
          .locator('.body p')
          .first()
          .evaluate((p) => p.getBoundingClientRect().width);
        const fontSize = await page
          .locator('.body p')
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(measure / fontSize).toBeLessThanOrEqual(40);
        await page.screenshot({ path: `${OUT}/article-${width}-${scheme}.png`, fullPage: true });
        await page.close();
      });
    }
  }

  // The pages issue 11 asked to look at: home, an issue with its printed page, the longest article, a brief.
  const articles = dataset().issues.flatMap((issue) => issue.articles);
  const length = (candidate: (typeof articles)[number]) =>
    candidate.blocks.reduce((sum, block) => sum + block.text.length, 0);
  const longest = [...articles].sort((a, b) => length(b) - length(a))[0];
  const brief = [...articles]
    .filter((candidate) => candidate.kind === '消息' && candidate.byline?.startsWith('本报讯'))
    .sort((a, b) => length(a) - length(b))[0];
  const views = {
    home: '',
    'issue-with-page-image': `issues/${inject('pageImageIssue')}/`,
    'long-article': `articles/${longest?.id}/`,
    brief: `articles/${brief?.id}/`,
  };
  for (const [name, path] of Object.entries(views)) {
    for (const width of [360, 1280]) {
      it(`shows the ${name} page at ${width} px without sideways scrolling, and saves a screenshot`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(url(path));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Lazy images (the page image) load before the full-page picture is taken.
        for (const image of await page.locator('img').all()) await image.scrollIntoViewIfNeeded();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
        await page.close();
      });
    }
  }

  it('does not shift the layout while loading, on the article page or while search results arrive', async () => {
    for (const path of [`articles/${article?.id}/`, `search/?q=${encodeURIComponent('平城')}`]) {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(url(path));
      if (path.startsWith('search')) await page.waitForSelector('[data-search][data-state="done"]');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<
                PerformanceEntry & { value: number; hadRecentInput: boolean }
              >) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(shift, path).toBeLessThan(0.05);
      await page.close();
    }
  });

  it('prints the article without navigation or footer', async () => {
    const page = await browser.newPage();
    await page.goto(url(`articles/${article?.id}/`));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.body').isVisible()).toBe(true);
    await page.close();
  });
});
