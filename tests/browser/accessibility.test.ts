/**
 * axe-core over the pages readers land on, in light and dark mode (colour contrast differs), plus the
 * keyboard path to search: skip link, then the search box reachable and visibly focused.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return found.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describeInBrowser('accessibility', () => {
  const { url } = site();
  const data = dataset();
  const issue = data.issues.at(-1);
  const article = issue?.articles[0];
  const pages = {
    home: url(),
    issue: url(`issues/${issue?.id}/`),
    article: url(`articles/${article?.id}/`),
    search: url(`search/?q=${encodeURIComponent('平城')}`),
    // The reading marks and the printed page beside an issue, each on a page that has them.
    'marked article': url(
      `articles/${data.issues.flatMap((candidate) => candidate.articles).find((candidate) => candidate.headlineDerived)?.id}/`,
    ),
    'issue with its page image': url(`issues/${inject('pageImageIssue')}/`),
  };
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('uses an axe that does report a violation when there is one', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="zh-CN"><title>t</title><main><input type="text"><img src="x.png"></main></html>',
    );
    expect((await violations(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, address] of Object.entries(pages)) {
      it(`finds no axe violations on the ${name} page (${scheme})`, async () => {
        const page = await browser.newPage({ colorScheme: scheme });
        await page.goto(address);
        if (name === 'search') await page.waitForSelector('[data-search][data-state="done"]');
        expect(await violations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('lets a keyboard user skip to the content and reach search with a visible focus ring', async () => {
    const page = await browser.newPage();
    await page.goto(pages.home);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('王振翼');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search][data-state="done"]');
    expect(await page.locator('[data-results] .result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('has landmarks and an ordered outline on the article page', async () => {
    const page = await browser.newPage();
    await page.goto(pages.article);
    for (const role of ['banner', 'main', 'contentinfo', 'navigation'] as const) {
      expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);
    }
    const levels = await page
      .locator('main h1, main h2, main h3, main h4')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i += 1) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
