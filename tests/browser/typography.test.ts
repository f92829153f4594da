/**
 * Headlines and dates as a phone sets them. For every title on the built site (article headlines,
 * overlines and subtitles, the headlines of every issue's list, the home page and the pager) the lines Chromium
 * actually lays out at 360 and 1280 px are read back, character by character with Range.getClientRects,
 * and every line break is checked: it must fall at a space the paper printed, at a <wbr> the site set
 * between words, or where Chinese typesetting breaks around punctuation; and it must not split a word
 * of Chromium's own word segmenter. No title may end on a line of one character, and no date may break.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataset, describeInBrowser, launchChromium, site } from './site.ts';

interface Title {
  text: string;
  lines: string[];
  /** Breaks that are not at an allowed place, as `before|after`. */
  badBreaks: string[];
}

const TITLES = 'main h1, main .overline, main .subtitle, main .kicker, main .headline, main .pager-label';

/** Runs in the page: each title's lines and the breaks that fall where they should not. */
function readTitles(selector: string): { titles: Title[]; brokenDates: string[] } {
  const CLOSING = /[，。、：；！？,.:;!?”’」』）)】》〉…·]/u;
  const OPENING = /[“‘「『（(【《〈—―]/u;
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  const titles = [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
    const chars: Array<{ node: Text; index: number; offset: number }> = [];
    const wbr = new Set<number>();
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof HTMLElement) {
        if (node.tagName === 'WBR') wbr.add(text.length);
        continue;
      }
      const data = (node as Text).data;
      for (let index = 0; index < data.length; index += 1)
        chars.push({ node: node as Text, index, offset: text.length + index });
      text += data;
    }
    const range = document.createRange();
    const lineStarts: number[] = [];
    // A character starts a new line when it lies wholly below the one before (smaller type on the same
    // line, such as a weekday beside a date, still overlaps it).
    let lastBottom: number | null = null;
    for (const { node, index, offset } of chars) {
      if (/\s/.test(text[offset] ?? '')) continue;
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const rect = range.getClientRects()[0];
      if (rect === undefined) continue;
      if (lastBottom === null || rect.top >= lastBottom - 1) lineStarts.push(offset);
      lastBottom = rect.bottom;
    }
    const boundaries = new Set([...segmenter.segment(text)].map((part) => part.index));
    const badBreaks = lineStarts.slice(1).filter((at) => {
      const before = text[at - 1] ?? '';
      const after = text[at] ?? '';
      const allowed = /\s/.test(before) || wbr.has(at) || CLOSING.test(before) || OPENING.test(after);
      return !allowed || !boundaries.has(at);
    });
    const lines = lineStarts.map((start, index) => text.slice(start, lineStarts[index + 1] ?? text.length).trim());
    return { text, lines, badBreaks: badBreaks.map((at) => `${text.slice(0, at)}|${text.slice(at)}`) };
  });
  const brokenDates = [...document.querySelectorAll('main time')]
    .filter((time) => {
      const range = document.createRange();
      range.selectNodeContents(time);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return tops.size > 1;
    })
    .map((time) => time.textContent ?? '');
  return { titles, brokenDates };
}

async function titlesOn(page: Page, address: string) {
  await page.goto(address);
  return page.evaluate(readTitles, TITLES);
}

describeInBrowser('headlines and dates at 360 and 1280 px', () => {
  const { url } = site();
  const data = dataset();
  const pages = [
    url(),
    ...data.issues.map((issue) => url(`issues/${issue.id}/`)),
    ...data.issues.flatMap((issue) => issue.articles.map((article) => url(`articles/${article.id}/`))),
  ];
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  for (const width of [360, 1280]) {
    it(`breaks every title between words, never leaving one character alone, at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const bad: string[] = [];
      const lonely: string[] = [];
      const dates: string[] = [];
      let titles = 0;
      let multiLine = 0;
      for (const address of pages) {
        const found = await titlesOn(page, address);
        dates.push(...found.brokenDates.map((date) => `${address}: ${date}`));
        for (const title of found.titles) {
          titles += 1;
          if (title.lines.length > 1) multiLine += 1;
          bad.push(...title.badBreaks.map((at) => `${address}: ${at}`));
          const last = title.lines.at(-1)?.replace(/[\p{P}\s]/gu, '') ?? '';
          if (title.lines.length > 1 && [...last].length < 2) lonely.push(`${address}: ${title.lines.join(' / ')}`);
        }
      }
      console.log(
        `${width} px: ${titles} titles on ${pages.length} pages, ${multiLine} on several lines; ${bad.length} breaks inside a word, ${lonely.length} lone last characters, ${dates.length} broken dates`,
      );
      expect(titles).toBeGreaterThan(data.issues.flatMap((issue) => issue.articles).length * 2);
      expect(multiLine).toBeGreaterThan(0);
      expect(bad).toEqual([]);
      expect(lonely).toEqual([]);
      expect(dates).toEqual([]);
      await page.close();
    });
  }

  it('keeps the home page’s date of the latest issue on one line on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(url());
    const lines = await page
      .locator('#latest-heading time')
      .evaluate((time) => new Set([...time.getClientRects()].map((rect) => Math.round(rect.top))).size);
    expect(lines).toBe(1);
    await page.close();
  });

  it('is a check that does catch a word broken across lines', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent(
      '<!doctype html><html lang="zh-CN"><main><h1 style="width:7em;font-size:20px;word-break:normal">为确保春节期间辖区平安稳定</h1></main></html>',
    );
    const found = await page.evaluate(readTitles, 'main h1');
    expect(found.titles[0]?.badBreaks.length).toBeGreaterThan(0);
    await page.close();
  });
});
