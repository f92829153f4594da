/**
 * Browsing without search: home → issue → article → reporter → article, by clicking links as a reader
 * would, and the article page's promises (citation, error report, figures, JSON-LD).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articlesOf } from './search-page.ts';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

describeInBrowser('navigation', () => {
  const { url, basePath } = site();
  const data = dataset();
  const articles = articlesOf(data);
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ javaScriptEnabled: true });
  });
  afterAll(() => browser?.close());

  it('goes from the home page to an issue, an article, its reporter and another of their articles', async () => {
    const issue = data.issues.find((candidate) => candidate.articles.some((article) => article.reporters.length > 0));
    const article = issue?.articles.find((candidate) => candidate.reporters.length > 0);
    if (!issue || !article) throw new Error('the seeds have no signed article');
    const reporter = article.reporters[0] ?? '';

    await page.goto(url());
    await page.locator(`main a[href="${basePath}issues/${issue.id}/"]`).first().click();
    expect(new URL(page.url()).pathname).toBe(`${basePath}issues/${issue.id}/`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain(String(Number(issue.id.slice(0, 4))));

    await page.getByRole('link', { name: article.headline, exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe(`${basePath}articles/${article.id}/`);
    expect(await page.locator('main h1').textContent()).toBe(article.headline);

    await page.locator('.facts').getByRole('link', { name: reporter, exact: true }).click();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`${basePath}reporters/${reporter}/`);
    expect(await page.locator('main h1').textContent()).toBe(reporter);
    const signed = articles.filter((candidate) => candidate.reporters.includes(reporter));
    expect(await page.locator('main article.item').count()).toBe(signed.length);

    const last = signed.at(-1);
    await page
      .getByRole('link', { name: last?.headline ?? '', exact: true })
      .first()
      .click();
    expect(new URL(page.url()).pathname).toBe(`${basePath}articles/${last?.id}/`);
    expect(await page.locator('.facts').textContent()).toContain(reporter);
  });

  it('links each article to the previous and next article of the same page', async () => {
    const issue = data.issues.find((candidate) => candidate.articles.length >= 3);
    const [first, second, third] = [...(issue?.articles ?? [])].sort((a, b) => a.order - b.order);
    await page.goto(url(`articles/${second?.id}/`));
    const pager = page.getByRole('navigation', { name: '本期前后文章' });
    expect(await pager.locator('a[rel="prev"]').getAttribute('href')).toBe(`${basePath}articles/${first?.id}/`);
    expect(await pager.locator('a[rel="next"]').getAttribute('href')).toBe(`${basePath}articles/${third?.id}/`);
  });

  it('gives a GB/T 7714 citation that the copy button puts on the clipboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url()).origin });
    const tab = await context.newPage();
    const article = data.issues.flatMap((issue) => issue.articles).find((candidate) => candidate.reporters.length > 0);
    await tab.goto(url(`articles/${article?.id}/`));
    const citation = (await tab.locator('#cite-text').textContent()) ?? '';
    expect(citation).toMatch(/^.+\. .+\[N\]\. 大同日报, \d{4}-\d{2}-\d{2}\(\d+\)\.$/);
    expect(citation).toContain(article?.headline);
    await tab.getByRole('button', { name: '复制引文' }).click();
    await expect.poll(() => tab.locator('.copy-status').textContent()).toBe('已复制');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await context.close();
  });

  it('offers to report an error through a prefilled GitHub issue naming the article and its lines', async () => {
    const issue = data.issues[0];
    const article = issue?.articles[0];
    await page.goto(url(`articles/${article?.id}/`));
    const href = (await page.getByRole('link', { name: '报告错误' }).getAttribute('href')) ?? '';
    const report = new URL(href);
    expect(`${report.origin}${report.pathname}`).toBe('https://github.com/example/pingcheng-archive/issues/new');
    const body = report.searchParams.get('body') ?? '';
    expect(body).toContain(`文章编号：${article?.id}`);
    expect(body).toContain(`来源文件：${issue?.source}`);
    expect(body).toMatch(new RegExp(`来源行：${article?.lines[0]}\\b`));
  });

  it('describes the article for sharing and for search engines (OpenGraph, NewsArticle JSON-LD)', async () => {
    const article = articles[0];
    await page.goto(url(`articles/${article?.id}/`));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(article?.headline);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: article?.headline, inLanguage: 'zh-CN' });
    expect(jsonLd.url).toBe(`https://example.github.io${basePath}articles/${article?.id}/`);
  });

  it('shows figures without a photograph as caption and 图片未收录, never a broken image', async () => {
    const withFigure = data.issues
      .flatMap((issue) => issue.articles)
      .find((article) => article.figures.some((figure) => figure.image === null));
    if (!withFigure) return expect(withFigure, 'no article with a figure in this build').toBeUndefined();
    await page.goto(url(`articles/${withFigure.id}/`));
    const figures = page.locator('.body figure.figure-no-image');
    expect(await figures.count()).toBe(withFigure.figures.filter((figure) => figure.image === null).length);
    expect(await figures.first().textContent()).toContain('图片未收录');
    const broken = await page
      .locator('img')
      .evaluateAll(
        (images) =>
          images.filter(
            (image) => !(image as HTMLImageElement).complete || (image as HTMLImageElement).naturalWidth === 0,
          ).length,
      );
    expect(broken).toBe(0);
  });

  it('works without JavaScript, except search, which says so', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(url());
    expect(await tab.locator('main a[href*="/issues/"]').count()).toBeGreaterThan(0);
    await tab.goto(url('search/'));
    expect(await tab.locator('[data-status]').textContent()).toContain('JavaScript');
    await context.close();
  });

  it('answers a missing address with the 404 page, which links home under the base path', async () => {
    const response = await page.goto(url('no/such/page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('main a').first().getAttribute('href')).toBe(basePath);
  });
});
