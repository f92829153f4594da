/**
 * Browsing without search: home → issue → article → reporter → article, by clicking links as a reader
 * would, and the article page's promises (citation, error report, figures, JSON-LD).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseReporterAliases, REPORTERS_FILE, reporterResolver } from '../../src/lib/site/reporter-aliases.ts';
import { articlesOf } from './search-page.ts';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

describeInBrowser('navigation', () => {
  const { url, basePath } = site();
  const data = dataset();
  const articles = articlesOf(data);
  const reporterPage = reporterResolver(parseReporterAliases(readFileSync(REPORTERS_FILE, 'utf8'), REPORTERS_FILE));
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
    const printed = article.reporters[0] ?? '';
    const reporter = reporterPage(printed);

    await page.goto(url());
    await page.locator(`main a[href="${basePath}issues/${issue.id}/"]`).first().click();
    expect(new URL(page.url()).pathname).toBe(`${basePath}issues/${issue.id}/`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain(String(Number(issue.id.slice(0, 4))));

    await page.getByRole('link', { name: article.headline, exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe(`${basePath}articles/${article.id}/`);
    expect(await page.locator('main h1').textContent()).toBe(article.headline);

    await page.locator('.facts').getByRole('link', { name: printed, exact: true }).click();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`${basePath}reporters/${reporter}/`);
    expect(await page.locator('main h1').textContent()).toBe(reporter);
    const signed = articles.filter((candidate) => candidate.reporters.some((name) => reporterPage(name) === reporter));
    expect(await page.locator('main article.item').count()).toBe(signed.length);

    const last = signed.at(-1);
    await page
      .getByRole('link', { name: last?.headline ?? '', exact: true })
      .first()
      .click();
    expect(new URL(page.url()).pathname).toBe(`${basePath}articles/${last?.id}/`);
    expect(last?.reporters.map(reporterPage)).toContain(reporter);
  });

  it('gives one reporter page to a name printed two ways, as content/reporters.yaml maps it, and keeps the other address', async () => {
    const spellings = [...new Set(articles.flatMap((article) => article.reporters))].filter(
      (name) => reporterPage(name) !== name,
    );
    expect(spellings.length).toBeGreaterThan(0);
    for (const alias of spellings) {
      const name = reporterPage(alias);
      // The old address of the merged spelling still answers, and moves the reader on to the one page.
      expect((await page.goto(url(`reporters/${encodeURIComponent(alias)}/`)))?.status(), alias).toBe(200);
      await page.waitForURL((address) => decodeURIComponent(address.pathname) === `${basePath}reporters/${name}/`);
      const signed = articles.filter((article) => article.reporters.some((printed) => reporterPage(printed) === name));
      expect(await page.locator('main article.item').count()).toBe(signed.length);
      expect(await page.locator('main .meta').first().textContent()).toContain(alias);
    }
  });

  it('links each article to the previous and next article of the same page', async () => {
    const issue = data.issues.find((candidate) => candidate.articles.length >= 3);
    const [first, second, third] = [...(issue?.articles ?? [])].sort((a, b) => a.order - b.order);
    await page.goto(url(`articles/${second?.id}/`));
    const pager = page.getByRole('navigation', { name: '前后文章' });
    expect(await pager.locator('a[rel="prev"]').getAttribute('href')).toBe(`${basePath}articles/${first?.id}/`);
    expect(await pager.locator('a[rel="next"]').getAttribute('href')).toBe(`${basePath}articles/${third?.id}/`);
  });

  it('goes on past the last article of an issue to the first of the next issue, and back', async () => {
    const [older, newer] = data.issues.filter((issue) => issue.articles.length > 0);
    const last = [...(older?.articles ?? [])].sort((a, b) => b.order - a.order)[0];
    const first = [...(newer?.articles ?? [])].sort((a, b) => a.order - b.order)[0];
    await page.goto(url(`articles/${last?.id}/`));
    const next = page.getByRole('navigation', { name: '前后文章' }).locator('a[rel="next"]');
    expect(await next.getAttribute('href')).toBe(`${basePath}articles/${first?.id}/`);
    expect(await next.textContent()).toContain(String(Number(newer?.date?.slice(5, 7))) + '月');
    await next.click();
    const previous = page.getByRole('navigation', { name: '前后文章' }).locator('a[rel="prev"]');
    expect(await previous.getAttribute('href')).toBe(`${basePath}articles/${last?.id}/`);
  });

  it('gives a GB/T 7714 [N/OL] citation with the URL and today’s access date, which the copy button copies', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url()).origin });
    const tab = await context.newPage();
    const article = data.issues.flatMap((issue) => issue.articles).find((candidate) => candidate.reporters.length > 0);
    await tab.goto(url(`articles/${article?.id}/`));
    const citation = ((await tab.locator('#cite-text').textContent()) ?? '').trim();
    const today = await tab.evaluate(() => new Date().toLocaleDateString('sv'));
    const pageUrl = `https://example.github.io${basePath}articles/${article?.id}/`;
    expect(citation).toMatch(/^.+\. .+\[N\/OL\]\. 大同日报, \d{4}-\d{2}-\d{2}\(\d+\)\[\d{4}-\d{2}-\d{2}\]\. \S+\.$/);
    expect(citation).toContain(article?.headline);
    expect(citation).toContain(`[${today}]. ${pageUrl}.`);
    await tab.getByRole('button', { name: '复制引文' }).click();
    await expect.poll(() => tab.locator('.copy-status').textContent()).toBe('已复制');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await tab.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => tab.locator('.copy-status').textContent()).toBe('链接已复制');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(pageUrl);
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

  it('shows each figure without a photograph as one caption line, never an empty box or a broken image', async () => {
    const withFigure = data.issues
      .flatMap((issue) => issue.articles)
      .find((article) => article.figures.some((figure) => figure.image === null));
    if (!withFigure) return expect(withFigure, 'no article with a figure in this build').toBeUndefined();
    await page.goto(url(`articles/${withFigure.id}/`));
    const figures = page.locator('.body figure.figure-no-image');
    const missing = withFigure.figures.filter((figure) => figure.image === null);
    expect(await figures.count()).toBe(missing.length);
    expect(await figures.first().textContent()).toBe(
      `图：${missing[0]?.caption ?? '（无图片说明）'}${missing[0]?.credit ? ` — ${missing[0].credit}` : ''}`,
    );
    const lineHeight = await figures.first().evaluate((figure) => parseFloat(getComputedStyle(figure).lineHeight));
    for (const height of await figures.evaluateAll((all) =>
      all.map((figure) => figure.getBoundingClientRect().height),
    )) {
      expect(height).toBeLessThan(lineHeight * 3.5);
    }
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
