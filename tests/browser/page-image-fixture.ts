/**
 * An archive with a printed page beside one issue, for the browser tests: a copy of content/issues in
 * test-results/, plus, for one issue, the page as an editor would leave it: a PNG and a PDF under the
 * issue file's name. Both are rendered by Chromium from the issue's own text (our content), set in
 * columns under its masthead, so the image looks like a page and holds nothing from elsewhere.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadIssues } from '../../src/lib/issues/load-issues.ts';
import type { Issue } from '../../src/lib/schema.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import { launchChromium } from './site.ts';

export const PAGE_IMAGE_CONTENT = 'test-results/archive-content/issues';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

function pageHtml(issue: Issue): string {
  const stories = issue.articles
    .map((article) => {
      const head = [
        article.overline && `<p class="over">${escape(article.overline)}</p>`,
        `<h2>${escape(article.headline)}</h2>`,
      ];
      const body = article.blocks.map((block) => `<p>${escape(block.text)}</p>`);
      return `<section>${head.filter(Boolean).join('')}${body.join('')}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
    body { margin: 0; padding: 36px 40px; width: 1000px; background: #f4efe3; color: #222; font: 13px/1.55 'Noto Serif CJK SC', serif; }
    header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 4px double #222; margin-bottom: 14px; }
    header h1 { font-size: 44px; letter-spacing: 6px; margin: 0; color: #9b1b12; }
    main { column-count: 5; column-gap: 18px; column-rule: 1px solid #999; height: 1260px; column-fill: auto; overflow: hidden; }
    section { break-inside: avoid-column; margin-bottom: 12px; border-bottom: 1px solid #999; }
    h2 { font-size: 20px; line-height: 1.3; margin: 4px 0; } .over { margin: 0; font-size: 13px; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
  </style><header><h1>${escape(issue.masthead ?? '')}</h1><span>${formatDate(issue.date)}　第${issue.page}版</span></header><main>${stories}</main></html>`;
}

/** Copies the archive and renders the page image and PDF of `issueId`; returns the folder to build. */
export async function writePageImageArchive(issueId: string): Promise<string> {
  rmSync(PAGE_IMAGE_CONTENT, { recursive: true, force: true });
  mkdirSync(PAGE_IMAGE_CONTENT, { recursive: true });
  cpSync('content/issues', PAGE_IMAGE_CONTENT, { recursive: true });
  const issue = loadIssues(PAGE_IMAGE_CONTENT).find((candidate) => candidate.id === issueId);
  if (!issue) throw new Error(`no issue ${issueId} in content/issues for the page-image fixture`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1400 } });
    await page.setContent(pageHtml(issue));
    await page.screenshot({ path: join(PAGE_IMAGE_CONTENT, `${issueId}.png`), fullPage: true });
    await page.pdf({ path: join(PAGE_IMAGE_CONTENT, `${issueId}.pdf`), width: '1080px', height: '1400px' });
  } finally {
    await browser.close();
  }
  return PAGE_IMAGE_CONTENT;
}
