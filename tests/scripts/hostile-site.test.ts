/**
 * The real site built from pages written to break its outputs: control characters, a right-to-left
 * override, CDATA and markup, spreadsheet formulas, and leads of Extension B characters and emoji that a
 * derived headline must cut. Every feed and the sitemap must parse as XML, the JSON as JSON, and no
 * output may hold a control character, a half character (U+FFFD, a lone surrogate) or a live formula.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FRONT = (date: string, title = '') => `---\ndate: ${date}\nmasthead: 大同日报·走近平城\npage: 5\n${title}---\n`;

const PAGES: Record<string, string> = {
  '2021-04-09.txt':
    FRONT('2021-04-09', 'title: "专刊\\x01\\x1b[31m"\n') +
    [
      '平城区\u0001召开\u001b[31m会议\ufffe',
      '',
      '本报讯（记者 张三）会议强调]]>要抓好<script>alert(1)</script>项目建设&amp;\u202e倒序\u0085。',
      '',
      '=HYPERLINK("http://example.com","prize")',
      '',
      '本报讯（记者 李四）+1+1 -2+3 @SUM(A1) 文中的公式不能在表格里运行。',
    ].join('\n'),
  '2021-04-16.txt':
    FRONT('2021-04-16') +
    [
      `本报讯（记者 王五）${'𠀀𪚥𫝀'.repeat(12)}的名字都是扩展B区汉字。`,
      '',
      `本报讯（记者 赵六）一家人👨\u200d👩\u200d👧${'👍🏽'.repeat(30)}点赞。`,
    ].join('\n'),
};

let root: string;
let site: string;
let build: { status: number | null; output: string };

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hostile-'));
  const issues = join(root, 'issues');
  mkdirSync(issues);
  for (const [name, text] of Object.entries(PAGES)) writeFileSync(join(issues, name), text);
  site = join(root, 'site');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: issues, SITE_URL: 'https://example.github.io', BASE_PATH: '/repo/' },
    encoding: 'utf8',
  });
  build = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the site built from hostile pages', () => {
  it('builds, warning about each line that held control characters', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(
      /2021-04-09\.txt:7: warning: removed 3 control characters \(U\+0001, U\+001B, U\+FFFE\)/,
    );
    expect(build.output).toMatch(/2021-04-09\.txt:9: warning: removed 2 control characters \(U\+202E, U\+0085\)/);
  });

  it('writes feeds and a sitemap that parse as XML', () => {
    const xml = walk(site).filter((path) => path.endsWith('.xml'));
    const names = xml.map((path) => relative(site, path));
    expect(names).toContain('rss.xml');
    expect(names.filter((name) => /^sections\/[^/]+\/rss\.xml$/.test(name)).length).toBeGreaterThan(0);
    expect(names).toContain('sitemap-index.xml');
    expect(names).toContain('sitemap-0.xml');
    for (const path of xml)
      expect([relative(site, path), XMLValidator.validate(readFileSync(path, 'utf8'))]).toEqual([
        relative(site, path),
        true,
      ]);
  });

  it('puts no control character, U+FFFD or half a surrogate pair in any output', () => {
    const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\ufffe\uffff\ufffd]|\p{Cs}/u;
    const texts = walk(site).filter((path) => /\.(html|xml|json|csv)$/.test(path));
    expect(texts.length).toBeGreaterThan(5);
    for (const path of texts)
      expect([relative(site, path), bad.exec(readFileSync(path, 'utf8'))?.[0]]).toEqual([
        relative(site, path),
        undefined,
      ]);
  });

  it('keeps the emoji joined and cuts the derived headlines between characters', () => {
    const json = JSON.parse(readFileSync(join(site, 'data/archive.json'), 'utf8'));
    const text = JSON.stringify(json);
    expect(text).toContain('👨\u200d👩\u200d👧');
    expect(text).toContain('𠀀𪚥𫝀');
  });

  it('writes no CSV cell a spreadsheet would run', () => {
    const csv = readFileSync(join(site, 'data/articles.csv'), 'utf8');
    // The derived headline of the second story starts with +1+1: its cell is neutralised.
    expect(csv).toMatch(/,"'\+1\+1 -2\+3 @SUM/);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });
});
