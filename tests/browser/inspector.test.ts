/**
 * The split inspector in `astro dev`, on a copy of content/issues: the page an editor opens shows the
 * file line by line as the build split it, explains and offers corrections, and follows the file when
 * it is saved. The seed page is chosen by what it holds (a moved line and a warning), not by name.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkIssueFiles } from '../../src/lib/editor/check.ts';
import { readIssueFile } from '../../src/lib/issues/issue-file.ts';
import { issueFilesIn } from '../../src/lib/issues/load-issues.ts';
import type { Issue } from '../../src/lib/schema.ts';
import { startDevServer, type DevServer } from './dev-server.ts';
import { describeInBrowser, launchChromium, site } from './site.ts';

const OUT = 'test-results/screenshots';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TITLE_ROLES = ['rubric', 'overline', 'headline', 'subtitle'];

/** Lines of a story printed after another story's line came between them and the story's start. */
function movedLines(issue: Issue): Array<{ line: number; story: number; headline: string }> {
  return issue.articles.flatMap((article) => {
    const titles = article.decisions.filter((d) => TITLE_ROLES.includes(d.role)).map((d) => d.line);
    const start = titles.length ? Math.min(...titles) : (article.blocks[0]?.lines[0] ?? article.lines[0]!);
    const others = issue.articles.filter((other) => other !== article).flatMap((other) => other.lines);
    return article.lines
      .filter((no) => others.some((other) => other > start && other < no))
      .map((line) => ({ line, story: article.order, headline: article.headline }));
  });
}

const read = (source: string) => ({ source, bytes: readFileSync(source) });

describeInBrowser('split inspector (astro dev)', () => {
  const { basePath } = site();
  const dir = mkdtempSync(join(tmpdir(), 'inspector-'));
  const issues = join(dir, 'issues');
  mkdirSync(issues);
  cpSync('content/issues', issues, { recursive: true });
  const seed = issueFilesIn(issues).find((path) => {
    const issue = readIssueFile(read(path));
    return movedLines(issue).length > 0 && checkIssueFiles([read(path)]).some((d) => d.line !== null);
  })!;
  const id = basename(seed, '.txt');
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDevServer(issues, basePath);
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
    // Vite bundles the page's client dependencies on the first visit and then reloads the page once;
    // a visit here lets the tests start on a settled server.
    const page = await browser.newPage();
    await page.goto(server.url(`_inspect/${id}/`), { waitUntil: 'networkidle' });
    await page.goto(server.url(`_inspect/${id}/`), { waitUntil: 'networkidle' });
    await page.close();
  }, 150_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(server.url(`_inspect/${id}/`), { waitUntil: 'networkidle' });
    return page;
  }

  it('finds a seed page with a moved line and a warning', () => {
    expect(seed).toBeDefined();
  });

  it('shows every non-empty line of the file once, as written, with its line number', async () => {
    const page = await open();
    const shown = await page.$$eval('li.line', (rows) =>
      rows.map((row) => ({
        no: Number(row.getAttribute('data-line')),
        number: row.querySelector('.no')?.textContent,
        text: row.querySelector('.text')?.textContent,
      })),
    );
    const written = readFileSync(seed, 'utf8').split('\n');
    written.forEach((text, index) => {
      if (text.trim() === '') return;
      const rows = shown.filter((row) => row.no === index + 1);
      expect(rows, `line ${index + 1}`).toHaveLength(1);
      expect(rows[0]).toEqual({ no: index + 1, number: String(index + 1), text });
    });
    await page.close();
  });

  it('tints the lines of one story alike and neighbouring stories apart', async () => {
    const page = await open();
    const tints = await page.$$eval('li.line[data-story]', (rows) =>
      rows.map((row) => [Number(row.getAttribute('data-story')), getComputedStyle(row).backgroundColor] as const),
    );
    const issue = readIssueFile(read(seed));
    const byStory = new Map<number, Set<string>>();
    for (const [story, colour] of tints) byStory.set(story, (byStory.get(story) ?? new Set()).add(colour));
    for (const article of issue.articles) {
      expect(byStory.get(article.order)?.size, `story ${article.order}`).toBe(1);
      expect(tints.filter(([story]) => story === article.order).length).toBe(article.lines.length);
    }
    for (const article of issue.articles.slice(1))
      expect([...byStory.get(article.order)!][0]).not.toBe([...byStory.get(article.order - 1)!][0]);
    await page.close();
  });

  it('says where a moved line went', async () => {
    const page = await open();
    const first = movedLines(readIssueFile(read(seed)))[0]!;
    const note = await page.locator(`#L${first.line} .move`).textContent();
    expect(note).toContain(`第 ${first.story} 篇`);
    expect(note).toContain(first.headline);
    await page.close();
  });

  it("shows each of check's warnings at its line, with the hint", async () => {
    const page = await open();
    for (const diagnostic of checkIssueFiles([read(seed)]).filter((d) => d.line !== null)) {
      const box = page.locator(`#L${diagnostic.line} .diagnostic`).filter({ hasText: diagnostic.message });
      await expect.poll(() => box.count(), { timeout: 10_000 }).toBe(1);
      if (diagnostic.hint) expect(await box.textContent()).toContain(diagnostic.hint);
    }
    await page.close();
  });

  it('explains a line on keyboard focus and on hover', async () => {
    const page = await open();
    const [first, second] = readIssueFile(read(seed)).articles[0]!.decisions.filter(
      (decision, index, all) => all.findIndex((other) => other.line === decision.line) === index,
    );
    await page.locator(`#L${first!.line}`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`L${second!.line}`);
    const why = page.locator(`#L${second!.line} .why`);
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain(second!.reason);
    await page.locator('.issue-bar h1').hover();
    expect(await why.isVisible()).toBe(true);
    await page.locator(`#L${first!.line} .text`).hover();
    expect(await page.locator(`#L${first!.line} .why`).isVisible()).toBe(true);
    await page.close();
  });

  it('highlights the lines of a story clicked on the right', async () => {
    const page = await open();
    const story = readIssueFile(read(seed)).articles[1]!;
    await page.locator(`#S${story.order} .story-link`).click();
    const highlighted = await page.$$eval('li.line.highlight', (rows) =>
      rows.map((row) => Number(row.dataset['line'])),
    );
    expect(highlighted).toEqual(story.lines);
    await page.close();
  });

  it('offers @@ headline for a selected line, with where to paste it and a copy button', async () => {
    const page = await open();
    const issue = readIssueFile(read(seed));
    const body = issue.articles[0]!.blocks.at(-1)!.lines[0]!;
    await page.locator(`#L${body} .text`).click();
    const fix = page.locator(`#L${body} .fix`);
    expect(await fix.isVisible()).toBe(true);
    expect(await fix.textContent()).toContain(`粘贴到第 ${body} 行的上方`);
    const offer = fix.locator('li').filter({ has: page.locator('code', { hasText: /^@@ headline$/ }) });
    await offer.locator('button.copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('@@ headline');
    await page.close();
  });

  it('shows the changed split after a markup line is saved into the file, with no restart', async () => {
    const page = await open();
    const before = readIssueFile(read(seed));
    // A paragraph of the first story, chosen by rule (the unit tests try every paragraph).
    const blocks = before.articles[0]!.blocks;
    const target = blocks.find((_, index) => index > 0 && blocks[index - 1]!.type === 'paragraph')!.lines[0]!;
    await page.locator(`#L${target} .text`).click();
    const lines = readFileSync(seed, 'utf8').split('\n');
    lines.splice(target - 1, 0, '@@ headline');
    writeFileSync(seed, lines.join('\n'));
    // The page swaps in the new split itself, and the dev server may also reload it: read it whole,
    // and again, until it settles on the changed split.
    const shown = () =>
      page
        .evaluate(
          (no) => ({
            markup: document.getElementById(`L${no}`)?.classList.contains('markup'),
            headline: document.getElementById(`L${no + 1}`)?.classList.contains('role-headline'),
            stories: document.querySelectorAll('.story').length,
            // The selected line moved down with the pasted markup, and is still the one selected.
            selected: document.querySelector('.line.selected')?.id,
          }),
          target,
        )
        .catch(() => null);
    await expect
      .poll(shown, { timeout: 20_000 })
      .toEqual({ markup: true, headline: true, stories: before.articles.length + 1, selected: `L${target + 1}` });
    await page.close();
  });

  it('lists every issue with its warning count, and the issue page links to its inspector', async () => {
    const page = await open();
    await page.goto(server.url('_inspect/'));
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(issueFilesIn(issues).length);
    const counts = checkIssueFiles(issueFilesIn(issues).map(read)).filter((d) => d.severity === 'warning');
    const mine = rows.filter({ hasText: basename(seed) });
    expect(await mine.locator('.count.warning').textContent()).toBe(
      String(counts.filter((d) => d.file === seed).length),
    );
    // The test before saved a correction into this file: the dev server may still be re-splitting it (slowly
    // on a busy machine), and an issue page asked for meanwhile can be served before the store has the issue
    // again.
    const link = page.locator(`a[href="${basePath}_inspect/${id}/"]`);
    const linked = async () => {
      await page.goto(server.url(`issues/${id}/`));
      return link.count();
    };
    await expect.poll(linked, { timeout: 45_000 }).toBe(1);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode with a line selected (the dev toolbar aside)`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(server.url(`_inspect/${id}/`), { waitUntil: 'networkidle' });
      const warned = checkIssueFiles([read(seed)]).find((d) => d.line !== null)!.line;
      await page.locator(`#L${warned} .text`).click();
      await page.addScriptTag({ content: AXE });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: [] }> } })
          .axe;
        const result = await axe.run({ exclude: [['astro-dev-toolbar']] }, { resultTypes: ['violations'] });
        return result.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} × ${v.nodes.length}`);
      });
      expect(found).toEqual([]);
      await context.close();
    });
  }

  for (const width of [1280, 768]) {
    it(`is laid out for ${width} px without sideways scrolling, and saves a screenshot`, async () => {
      const page = await open(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const source = await page.locator('.source').boundingBox();
      const stories = await page.locator('.stories').boundingBox();
      // Side by side on a wide screen; stacked (stories first) on a tablet.
      if (width >= 1280) expect(stories!.x).toBeGreaterThan(source!.x + source!.width - 1);
      else expect(stories!.y + stories!.height).toBeLessThanOrEqual(source!.y + 1);
      const moved = movedLines(readIssueFile(read(seed)))[0]!.line;
      await page.locator(`#L${moved} .text`).click();
      await page.locator(`#L${moved}`).scrollIntoViewIfNeeded();
      // Far down the file the stories are still on screen, showing the clicked line's story, and the
      // line is not under them.
      const story = await page.locator(`#L${moved}`).getAttribute('data-story');
      const card = (await page.locator(`#S${story}`).boundingBox())!;
      const pane = (await page.locator('.stories').boundingBox())!;
      const line = (await page.locator(`#L${moved}`).boundingBox())!;
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(pane.y).toBeGreaterThanOrEqual(0);
      expect(card.x).toBeGreaterThanOrEqual(pane.x - 1);
      expect(card.x + Math.min(card.width, pane.width)).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(card.y).toBeGreaterThanOrEqual(pane.y - 1);
      expect(card.y).toBeLessThan(pane.y + pane.height);
      if (width < 1280) expect(line.y).toBeGreaterThanOrEqual(pane.y + pane.height - 1);
      await page.screenshot({ path: `${OUT}/inspector-${width}.png` });
      await page.close();
    });
  }
});
