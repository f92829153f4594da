/** `npm run new-issue` end to end, on a temporary issues folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RAW = '平城区举办科普进校园活动\n\n本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。\n';

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'new-issue-'));
  const raw = join(root, 'raw.txt');
  writeFileSync(raw, RAW);
  return { dir: join(root, 'issues'), raw };
}

function newIssue(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new-issue.ts', ...args], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return {
    status: result.status,
    stdout: result.stdout.replaceAll(dir, 'DIR'),
    stderr: result.stderr.replaceAll(dir, 'DIR'),
  };
}

describe('npm run new-issue', () => {
  it('adds the page with front matter and prints the split report', () => {
    const { dir, raw } = setUp();
    const result = newIssue(dir, raw, '--date', '2024-02-02');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^added DIR\/2024-02-02\.txt: 大同日报·走近平城, 2024-02-02, page 5\n\nDIR\/2024-02-02\.txt: 大同日报·走近平城, 2024-02-02, page 5\n1 stor/,
    );
    expect(result.stdout).toContain('平城区举办科普进校园活动');
    expect(readFileSync(join(dir, '2024-02-02.txt'), 'utf8')).toBe(
      `---\ndate: 2024-02-02\nmasthead: 大同日报·走近平城\npage: 5\n---\n${RAW}`,
    );
    // Written through a temporary file that is gone once the issue is in place.
    expect(readdirSync(dir)).toEqual(['2024-02-02.txt']);
  });

  it('adds a second page of the date under its page number, and refuses the same page twice', () => {
    const { dir, raw } = setUp();
    newIssue(dir, raw, '--date', '2024-02-02');
    expect(newIssue(dir, raw, '--date', '2024-02-02', '--page', '6').stdout).toMatch(/^added DIR\/2024-02-02-p6\.txt/);
    const again = newIssue(dir, raw, '--date', '2024-02-02', '--page', '6');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      'npm run new-issue: error: the archive already has page 6 of 2024-02-02: DIR/2024-02-02-p6.txt [issue-exists]\n' +
        '  hint: Nothing was written. If the page is another one, give its number with --page; if it replaces the old file, delete that file first.\n',
    );
  });

  it('refuses a date in another format without writing anything', () => {
    const { dir, raw } = setUp();
    const result = newIssue(dir, raw, '--date', '2024/2/2');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'npm run new-issue: error: --date “2024/2/2” is not written as YYYY-MM-DD: write it as 2024-02-02 [bad-argument]\n  hint: Write it as 2024-02-02 (year-month-day, two-digit month and day).\n',
    );
    expect(existsSync(join(dir, '2024-02-02.txt'))).toBe(false);
  });

  it('prints usage for missing arguments and unknown options', () => {
    const { dir } = setUp();
    expect(newIssue(dir)).toMatchObject({
      status: 2,
      stderr: "usage: npm run new-issue -- RAW.txt --date YYYY-MM-DD [--page N] [--masthead NAME] [--title 'TEXT']\n",
    });
    expect(newIssue(dir, 'raw.txt', '--dat', '2024-02-02').status).toBe(2);
  });

  it('says so when the raw file does not exist', () => {
    const { dir } = setUp();
    expect(newIssue(dir, '/nonexistent/raw.txt', '--date', '2024-02-02')).toMatchObject({
      status: 1,
      stderr:
        '/nonexistent/raw.txt: error: no such file or folder [no-such-file]\n  hint: Check the path and try again.\n',
    });
  });
});
