/** Driving the search page as a reader does, and reading back what it shows. */
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/lib/site/dataset.ts';
import { articlePieces } from '../helpers/printed-text.ts';

export interface Shown {
  status: string;
  /** Article ids of the results, in the order shown. */
  ids: string[];
  /** The date · section line under each result. */
  metas: string[];
}

async function settled(page: Page): Promise<Shown> {
  await page.waitForSelector('[data-search][data-state="done"]');
  const hrefs = await page
    .locator('[data-results] .result h2 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return {
    status: (await page.locator('[data-status]').textContent()) ?? '',
    ids: hrefs.map((href) => href.split('/').filter(Boolean).at(-1) ?? ''),
    metas: await page.locator('[data-results] .result .meta').allTextContents(),
  };
}

/** Opens the search page with the query in the address, as the home page's form does. */
export async function openSearch(page: Page, searchUrl: string, query: string): Promise<Shown> {
  await page.goto(`${searchUrl}?q=${encodeURIComponent(query)}`);
  return settled(page);
}

/** Types into the search box and presses Enter. */
export async function typeSearch(page: Page, query: string): Promise<Shown> {
  await page.fill('input[name="q"]', query);
  await page.evaluate(() => document.querySelector('[data-search]')?.setAttribute('data-state', 'typing'));
  await page.press('input[name="q"]', 'Enter');
  return settled(page);
}

/** Opens the collapsed filter panel, as a reader taps 筛选与排序. */
export async function openFilters(page: Page): Promise<void> {
  const filters = page.locator('details[data-filters]');
  if (!(await filters.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await filters.locator('summary').click();
  }
}

export async function choose(page: Page, name: string, value: string): Promise<Shown> {
  await openFilters(page);
  await page.evaluate(() => document.querySelector('[data-search]')?.setAttribute('data-state', 'typing'));
  await page.selectOption(`select[name="${name}"]`, value);
  return settled(page);
}

/** Types a date into the range's `from` or `to` field, as the date picker does. */
export async function chooseDate(page: Page, name: 'from' | 'to', isoDate: string): Promise<Shown> {
  await openFilters(page);
  await page.evaluate(() => document.querySelector('[data-search]')?.setAttribute('data-state', 'typing'));
  await page.locator(`input[name="${name}"]`).fill(isoDate);
  await page.locator(`input[name="${name}"]`).dispatchEvent('change');
  return settled(page);
}

/** `2021年1月15日 · 时政` → `2021-01-15`. */
export function isoDateOf(meta: string): string {
  const match = meta.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日/);
  if (!match) throw new Error(`no date in "${meta}"`);
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface DatasetArticle {
  id: string;
  headline: string;
  section: string;
  reporters: string[];
  date: string | null;
  /** Everything the index holds for the article: headline, subtitle, byline and body. */
  text: string;
}

export function articlesOf(data: Dataset): DatasetArticle[] {
  return data.issues.flatMap((issue) =>
    issue.articles.map((article) => ({
      id: article.id,
      headline: article.headline,
      section: article.section,
      reporters: article.reporters,
      date: article.date ?? issue.date,
      text: articlePieces(article).join('\n'),
    })),
  );
}

export function countOf(text: string, term: string): number {
  return text.split(term).length - 1;
}
