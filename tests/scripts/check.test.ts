/** `npm run check` end to end: what it prints and its exit code, on a temporary issues folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGE = '平城区举办科普进校园活动\n\n本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function runCheck(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('passes the real pages with warnings only (exit 0)', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT_DIR: '' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^checked 5 files: 0 errors, \d+ warnings?, \d+ notes? — /m);
  });

  it('exits 1 and prints one diagnostic per problem and a summary, never a stack trace', () => {
    const dir = folder({
      '2021-04-09.txt': `---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n${PAGE}`,
      '2021-04-09-p5.txt': `---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n${PAGE}`,
      '2021-02-30.txt': `---\ndate: 2021-02-30\nmasthead: 大同日报·今日平城\npage: 5\n---\n${PAGE}`,
    });
    const result = runCheck(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.replaceAll(dir, 'DIR')).toBe(
      [
        'DIR/2021-02-30.txt:2: error: `date` (出版日期): “2021-02-30” is not a date in the calendar: February 2021 has 28 days [front-matter-invalid]',
        '  hint: Check the date printed on the page.',
        'DIR/2021-04-09-p5.txt:2: error: page 5 of 2021-04-09 is also in DIR/2021-04-09.txt [duplicate-page]',
        '  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
        'DIR/2021-04-09.txt:2: error: page 5 of 2021-04-09 is also in DIR/2021-04-09-p5.txt [duplicate-page]',
        '  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.',
        'checked 3 files: 3 errors, 0 warnings, 0 notes — fix the errors above before publishing',
        '',
      ].join('\n'),
    );
  });

  it('checks only the files named', () => {
    const dir = folder({
      '2021-04-09.txt': `---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n${PAGE}`,
    });
    expect(runCheck(dir, join(dir, '2021-04-09.txt')).stdout).toBe(
      'checked 1 file: 0 errors, 0 warnings, 0 notes — all good\n',
    );
  });

  it('says so when the folder does not exist', () => {
    const result = runCheck('/nonexistent/issues');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '/nonexistent/issues: error: no such file or folder [no-such-file]\n  hint: Check the path and try again.\n',
    );
  });
});

describe('npm run check on what is not a file', () => {
  it('names a folder given as a file, in plain words', () => {
    const dir = folder({});
    const result = runCheck(dir, dir);
    expect(result.status).toBe(1);
    expect(result.stdout.replaceAll(dir, 'DIR')).toBe(
      'DIR: error: is a folder, not a file [is-a-folder]\n  hint: Give the path of a file; an issue file is one .txt file per printed page.\nchecked 0 files: 1 error, 0 warnings, 0 notes — fix the errors above before publishing\n',
    );
  });
});
