/**
 * Screenshots of the search results for 党建 on a 360 px phone and a 1280 px screen, saved to
 * test-results/screenshots/ for people to look at; asserted: nothing overflows sideways.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSearch } from './search-page.ts';
import { describeInBrowser, launchChromium, site } from './site.ts';

const OUT = 'test-results/screenshots';

describeInBrowser('search page layout', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => browser?.close());

  for (const width of [360, 1280]) {
    it(`shows the results for 党建 at ${width} px without sideways scrolling, and saves a screenshot`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const shown = await openSearch(page, site().url('search/'), '党建');
      expect(shown.ids.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${OUT}/search-${width}.png`, fullPage: true });
      await page.close();
    });
  }
});
