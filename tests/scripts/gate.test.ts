/**
 * One gate: `npm run check` and the build's content loader read the same files and say the same thing.
 * Each case is a folder written to break the archive; the check script runs on it as an editor runs it,
 * and the loader as `astro build` calls it (no watcher). Errors must stop both with the same lines;
 * warnings are printed by both and the build goes on.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { issueLoader } from '../../src/lib/site/issue-loader.ts';

const PAGE = '平城区举办科普进校园活动\n\n本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。\n';
const issue = (date: string, page: number | string = 5, masthead = '大同日报·走近平城') =>
  `---\ndate: ${date}\nmasthead: ${masthead}\npage: ${page}\n---\n${PAGE}`;
const GOOD = { '2021-04-09.txt': issue('2021-04-09') };

type Setup = (dir: string) => void;
const folders: string[] = [];

function folder(files: Record<string, string>, setup?: Setup): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  setup?.(dir);
  return dir;
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function runCheck(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  const lines = result.stdout.replaceAll(dir, 'DIR').trimEnd().split('\n');
  return { status: result.status, lines, stderr: result.stderr };
}

/** The loader as a build runs it: the error it stops with (or null), what it printed, what it stored. */
async function runBuildLoader(dir: string) {
  const stored: string[] = [];
  const logged = { warn: [] as string[], error: [] as string[], info: [] as string[] };
  const store = {
    set: (entry: { id: string }) => (stored.push(entry.id), true),
    delete: () => undefined,
    clear: () => undefined,
    keys: () => [],
  };
  const logger = {
    info: (m: string) => logged.info.push(m),
    warn: (m: string) => logged.warn.push(m.replaceAll(dir, 'DIR')),
    error: (m: string) => logged.error.push(m),
    debug: vi.fn(),
  };
  let refusal: (Error & { hint?: string; stack?: string }) | null = null;
  try {
    await issueLoader(dir).load({ store, logger } as unknown as LoaderContext);
  } catch (error) {
    refusal = error as Error;
  }
  return {
    refusal: refusal && {
      name: refusal.name,
      lines: refusal.message.replaceAll(dir, 'DIR').split('\n'),
      hint: refusal.hint,
      stack: refusal.stack,
    },
    warnings: logged.warn,
    stored,
  };
}

/** The lines of check's output that state an error or a warning, with their hints. */
function problemLines(lines: readonly string[], severity: 'error' | 'warning'): string[] {
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (line.includes(`: ${severity}: `)) {
      out.push(lines[index + 1]?.startsWith('  hint: ') ? `${line}\n${lines[index + 1]}` : line);
    }
  });
  return out;
}

/** Asserts check refuses the folder with exactly `errors`, and the build stops with the same lines. */
async function expectRefusedByBoth(dir: string, errors: string[]) {
  const check = runCheck(dir);
  expect(check.status).toBe(1);
  expect(problemLines(check.lines, 'error')).toEqual(errors);
  const build = await runBuildLoader(dir);
  expect(build.refusal).not.toBeNull();
  expect(build.refusal!.name).toBe('AstroUserError');
  expect(build.refusal!.stack).toBe('');
  expect(build.refusal!.lines.slice(0, -1).join('\n')).toBe(errors.join('\n'));
  expect(build.refusal!.lines.at(-1)).toMatch(/ — fix the errors above before publishing$/);
  expect(build.refusal!.hint).toMatch(/^Fix the errors above \(npm run check lists every problem\)/);
  expect(build.warnings).toEqual(problemLines(check.lines, 'warning'));
  expect(build.stored).toEqual([]);
}

/** Asserts both pass the folder, print the same warnings, and the build stores `ids`. */
async function expectPassedByBoth(dir: string, warnings: string[], ids: string[]) {
  const check = runCheck(dir);
  expect(check.status).toBe(0);
  expect(problemLines(check.lines, 'warning')).toEqual(warnings);
  const build = await runBuildLoader(dir);
  expect(build.refusal).toBeNull();
  expect(build.warnings).toEqual(warnings);
  expect(build.stored).toEqual(ids);
}

describe('the build refuses what check refuses', () => {
  it('a link to a file outside the folder (/etc/passwd) is refused, and its target never read', async () => {
    const dir = folder(GOOD, (d) => symlinkSync('/etc/passwd', join(d, '2021-04-16.txt')));
    await expectRefusedByBoth(dir, [
      'DIR/2021-04-16.txt: error: this is a link to /etc/passwd, outside the issues folder; links are not followed out of it [link-outside-folder]\n  hint: Copy the page into the issues folder as a file, and delete the link.',
    ]);
  });

  it('a link inside the folder is read like the file it points to (and so is a duplicate page)', async () => {
    const dir = folder(GOOD, (d) => symlinkSync(join(d, '2021-04-09.txt'), join(d, '2021-04-09-p5.txt')));
    await expectRefusedByBoth(dir, [
      'DIR/2021-04-09-p5.txt:2: error: page 5 of 2021-04-09 is also in DIR/2021-04-09.txt [duplicate-page]\n  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
      'DIR/2021-04-09.txt:2: error: page 5 of 2021-04-09 is also in DIR/2021-04-09-p5.txt [duplicate-page]\n  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
    ]);
  });

  it('a file with no front matter is refused, not published as 日期不详', async () => {
    await expectRefusedByBoth(folder({ ...GOOD, '2021-04-16.txt': PAGE }), [
      'DIR/2021-04-16.txt:1: error: this file has no front matter (date, masthead, page) above the page text [missing-front-matter]\n  hint: Start the file with these lines: `---`, `date: 2024-02-02`, `masthead: 大同日报·走近平城`, `page: 5`, `---` (npm run new-issue writes them for you).',
    ]);
  });

  it('an empty file (an interrupted new-issue) is refused', async () => {
    await expectRefusedByBoth(folder({ ...GOOD, '2021-04-16.txt': '' }), [
      'DIR/2021-04-16.txt: error: this file is empty [empty-file]\n  hint: An issue file holds the front matter and the text of one printed page: add pages with npm run new-issue, or delete this file.',
    ]);
  });

  it('two files for the same date and page are both refused', async () => {
    await expectRefusedByBoth(folder({ ...GOOD, 'copy.txt': issue('2021-04-09') }), [
      'DIR/2021-04-09.txt:2: error: page 5 of 2021-04-09 is also in DIR/copy.txt [duplicate-page]\n  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
      'DIR/copy.txt:2: error: page 5 of 2021-04-09 is also in DIR/2021-04-09.txt [duplicate-page]\n  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
    ]);
  });

  for (const date of ['0001-01-01', '0000-01-01', '2019-12-31']) {
    it(`a date before the paper's first year (${date}) is refused`, async () => {
      await expectRefusedByBoth(folder({ [`${date}.txt`]: issue(date, 5, '大同日报·今日平城') }), [
        `DIR/${date}.txt:2: error: \`date\` (出版日期): ${date} is before the page was first printed (2020) [date-out-of-range]\n  hint: Check the year printed on the page; the archive holds pages from 2020 to ${new Date().getUTCFullYear() + 1}.`,
      ]);
    });
  }

  it('a date after next year (9999) is refused, not published as 最新一期', async () => {
    const next = new Date().getUTCFullYear() + 1;
    await expectRefusedByBoth(folder({ ...GOOD, '9999-12-31.txt': issue('9999-12-31') }), [
      `DIR/9999-12-31.txt:2: error: \`date\` (出版日期): 9999-12-31 is after next year (${next}): the page cannot have been printed yet [date-out-of-range]\n  hint: Check the year printed on the page; the archive holds pages from 2020 to ${next}.`,
    ]);
  });

  it('a page number above the maximum (99999) is refused', async () => {
    await expectRefusedByBoth(folder({ '2021-04-09.txt': issue('2021-04-09', 99999) }), [
      'DIR/2021-04-09.txt:4: error: `page` (版次): page 99999 is above the highest page the paper prints (32) [page-out-of-range]\n  hint: Write the page number (版次) printed on the page; if the paper really has more pages, raise maxPage in src/config/archive.ts.',
    ]);
  });

  it('unknown markup stops the build at the issue file and line, not in src/lib', async () => {
    await expectRefusedByBoth(folder({ '2021-04-09.txt': issue('2021-04-09').replace(PAGE, `@@ headlin\n${PAGE}`) }), [
      'DIR/2021-04-09.txt:6: error: unknown correction markup `@@ headlin` [unknown-markup]\n  hint: Known markup: @@ article, @@ headline, @@ overline, @@ rubric, @@ subtitle, @@ byline, @@ intertitle, @@ body, @@ caption, @@ credit, @@ furniture, @@ join, @@ nojoin, @@ story N, @@ section 名称, @@ kind 类型. A printed line that starts with @@ is written \\@@ ….',
    ]);
  });

  it('a name a web address cannot carry is refused in plain words', async () => {
    await expectRefusedByBoth(folder({ ...GOOD, '2021-05-07#?%2e%2e.txt': issue('2021-05-07') }), [
      'DIR/2021-05-07#?%2e%2e.txt: error: the file name “2021-05-07#?%2e%2e.txt” has characters a web address cannot carry (only letters, digits, - and _ can) [file-name-unsafe]\n  hint: The file name becomes the page’s address on the site: rename it to YYYY-MM-DD.txt (or YYYY-MM-DD-p6.txt).',
    ]);
  });
});

describe('what both let through', () => {
  it('hidden, editor-lock and macOS resource files are ignored with a note, and never published', async () => {
    const dir = folder({
      ...GOOD,
      '.2021-04-16.txt': issue('2021-04-16'),
      '.#2021-04-16.txt': 'lock',
      '._2021-04-16.txt': '\u0000\u0005\u0016\u0007',
    });
    await expectPassedByBoth(dir, [], ['2021-04-09']);
    expect(runCheck(dir).lines.filter((line) => line.includes('[ignored-file]'))).toHaveLength(3);
  });

  it('a folder named like an issue gets a warning, not EISDIR; the build goes on', async () => {
    const dir = folder(GOOD, (d) => mkdirSync(join(d, '2021-05-07.txt')));
    await expectPassedByBoth(
      dir,
      [
        'DIR/2021-05-07.txt: warning: ignored: 2021-05-07.txt is a folder, not an issue file, so no page of it is published [folder-in-issues]\n  hint: Move the .txt file of the page out of the folder into DIR/ and delete the folder.',
      ],
      ['2021-04-09'],
    );
  });

  it('page images beside their issue file pass without a word', async () => {
    const dir = folder({ ...GOOD, '2021-04-09.pdf': '%PDF-1.7\n', '2021-04-09.jpg': '\xff\xd8\xff' });
    await expectPassedByBoth(dir, [], ['2021-04-09']);
    expect(runCheck(dir).lines).toEqual(['checked 1 file: 0 errors, 0 warnings, 0 notes — all good']);
  });

  it('a masthead the page never carried is a warning in both, and the issue is published', async () => {
    await expectPassedByBoth(
      folder({ '2021-04-09.txt': issue('2021-04-09', 5, '大同日报·走近平成') }),
      [
        'DIR/2021-04-09.txt:3: warning: the page has never been called “大同日报·走近平成”: did you mean 大同日报·走近平城? [masthead-unknown]\n  hint: Mastheads (版名) so far: 大同日报·今日平城, 大同日报·走近平城. A new name belongs in src/config/sections.ts.',
      ],
      ['2021-04-09'],
    );
  });
});
