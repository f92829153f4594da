/**
 * What a reader of one article meets, on real pages of the build: a 本报讯 byline printed once, no
 * extraction bullets, missing photographs as caption lines, the archive's marks (made-up headline,
 * text cut at the page's edge), the printed page beside its issue, and what a printout carries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { bylineInText } from '../../src/lib/site/byline.ts';
import { CUT_OFF_NOTE, DERIVED_HEADLINE_NOTE, endsMidSentence } from '../../src/lib/site/marks.ts';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

describeInBrowser('reading an article', () => {
  const { url, basePath, dir } = site();
  const data = dataset();
  const articles = data.issues.flatMap((issue) => issue.articles);
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  });
  afterAll(() => browser?.close());

  const visibleText = (selector: string) =>
    page.locator(selector).evaluate((element) => (element as HTMLElement).innerText);

  it('prints a 本报讯 byline once, where the paper printed it, and still links the reporter', async () => {
    const briefs = articles.filter(bylineInText);
    expect(briefs.length).toBeGreaterThan(3);
    for (const brief of briefs) {
      await page.goto(url(`articles/${brief.id}/`));
      const text = await visibleText('main article');
      const squashed = text.replace(/\s+/g, '');
      const byline = (brief.byline ?? '').replace(/\s+/g, '');
      expect(squashed.split(byline).length - 1, brief.id).toBe(1);
      expect(await page.locator('.story-head .byline').count()).toBe(0);
      for (const name of brief.reporters) {
        expect(await page.locator('.facts').getByRole('link', { name, exact: true }).count(), name).toBe(1);
      }
    }
  });

  it('shows no extraction bullet (- 1.突出…) in list items and intertitles', async () => {
    const listed = articles.filter((article) => article.blocks.some((block) => /^\s*[-•]\s/m.test(block.text)));
    expect(listed.length).toBeGreaterThan(0);
    for (const article of listed) {
      await page.goto(url(`articles/${article.id}/`));
      const items = await page.locator('.body li, .body h2').allInnerTexts();
      expect(
        items.filter((item) => /^[-•]\s/.test(item)),
        article.id,
      ).toEqual([]);
    }
  });

  it('says a made-up headline is one, and that a text breaks off where the page does', async () => {
    const derived = articles.filter((article) => article.headlineDerived);
    const cut = articles.filter(endsMidSentence);
    expect(derived.length).toBeGreaterThan(0);
    expect(cut.length).toBeGreaterThan(0);
    for (const article of articles) {
      await page.goto(url(`articles/${article.id}/`));
      expect(await page.getByText(DERIVED_HEADLINE_NOTE).count(), article.id).toBe(article.headlineDerived ? 1 : 0);
      const text = await visibleText('.body');
      expect(text.trim().endsWith(CUT_OFF_NOTE), article.id).toBe(endsMidSentence(article));
    }
    const feed = readFileSync(join(dir, 'rss.xml'), 'utf8');
    const latest = data.issues.at(-1)?.articles.find((article) => article.headlineDerived);
    if (latest) expect(feed).toContain(`（${DERIVED_HEADLINE_NOTE}）`);
  });

  it('gives a photo story without its photographs one line that says so, and no empty box', async () => {
    const photoStory = articles.find((article) => article.blocks.length === 0 && article.figures.length > 0);
    if (!photoStory) return expect(photoStory, 'no photo story in this build').toBeUndefined();
    await page.goto(url(`articles/${photoStory.id}/`));
    const body = page.locator('.body');
    expect(await body.locator('.photo-story-note').count()).toBe(1);
    const height = await body.evaluate((element) => element.getBoundingClientRect().height);
    const lineHeight = await body.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(height).toBeLessThan(lineHeight * (3 + 2 * photoStory.figures.length));
  });

  it('prints the article without buttons, with its URL and the citation', async () => {
    const article = articles.find((candidate) => candidate.reporters.length > 0);
    const tab = await browser.newPage();
    await tab.goto(url(`articles/${article?.id}/`));
    await tab.emulateMedia({ media: 'print' });
    const visibleButtons = await tab
      .locator('button')
      .evaluateAll((buttons) => buttons.filter((button) => (button as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    const printed = await tab.locator('body').innerText();
    expect(printed).toContain(`本文网址：https://example.github.io${basePath}articles/${article?.id}/`);
    expect(printed).toMatch(/\[N\/OL\]\. 大同日报/);
    expect(printed).not.toContain('复制');
    await tab.emulateMedia({ media: 'screen' });
    expect(await tab.getByText('本文网址').isVisible()).toBe(false);
    await tab.close();
  });
});

describeInBrowser('the printed page beside its issue', () => {
  const { url, basePath } = site();
  const data = dataset();
  const withImage = inject('pageImageIssue');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows the page image, resized by the image service, linked to the original PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(url(`issues/${withImage}/`));
    const picture = page.locator('#page-image picture');
    expect(await picture.locator('source[type="image/avif"]').count()).toBe(1);
    const image = picture.locator('img');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // A phone loads a small rendition, not the editor's full-size file.
    const loaded = await image.evaluate((img) => (img as HTMLImageElement).currentSrc);
    expect(loaded).toMatch(new RegExp(`^${new URL(url()).origin}${basePath}_astro/.+\\.(avif|webp)$`));
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeLessThanOrEqual(720);
    expect(await image.getAttribute('alt')).toContain('版面');
    const original = (await page.locator('#page-image figcaption a').getAttribute('href')) ?? '';
    expect(original).toMatch(new RegExp(`^${basePath}_astro/${withImage}\\.[\\w-]+\\.pdf$`));
    const response = await page.request.get(new URL(original, url()).href);
    expect(response.headers()['content-type']).toContain('pdf');
    await page.close();
  });

  it('links each of the issue’s articles to the page image, and no other issue’s', async () => {
    const page = await browser.newPage();
    for (const issue of data.issues) {
      await page.goto(url(`issues/${issue.id}/`));
      expect(await page.locator('#page-image').count(), issue.id).toBe(issue.id === withImage ? 1 : 0);
      for (const article of issue.articles) {
        await page.goto(url(`articles/${article.id}/`));
        const link = page.locator('.facts').getByRole('link', { name: '版面原图' });
        if (issue.id === withImage) {
          expect(await link.getAttribute('href')).toBe(`${basePath}issues/${issue.id}/#page-image`);
        } else {
          expect(await link.count(), article.id).toBe(0);
        }
      }
    }
    await page.close();
  });
});
