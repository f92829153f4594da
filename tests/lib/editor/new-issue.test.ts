import { describe, expect, it } from 'vitest';
import { readIssueFile } from '../../../src/lib/issues/issue-file.ts';
import {
  existingIssues,
  frontMatterText,
  planNewIssue,
  type NewIssueRequest,
} from '../../../src/lib/editor/new-issue.ts';
import { editorMessage } from '../../helpers/editor-message.ts';
import { encodeLegacy, utf8 } from '../../helpers/encode.ts';

const RAW = '\n平城区举办科普进校园活动\r\n\r\n本报讯（记者 张鑫）4月8日，平城区科协走进校园。\r\n---\r\n';
const request = (overrides: Partial<NewIssueRequest> = {}): NewIssueRequest => ({
  raw: { source: 'raw.txt', bytes: utf8(RAW) },
  date: '2024-02-02',
  dir: 'content/issues',
  existing: [],
  ...overrides,
});

describe('planNewIssue', () => {
  it('writes front matter with the masthead of the date and page 5, then the page exactly as extracted', () => {
    const plan = planNewIssue(request());
    expect(plan.path).toBe('content/issues/2024-02-02.txt');
    expect(plan.contents).toBe(
      '---\ndate: 2024-02-02\nmasthead: 大同日报·走近平城\npage: 5\n---\n\n平城区举办科普进校园活动\n\n本报讯（记者 张鑫）4月8日，平城区科协走进校园。\n---\n',
    );
    expect(readIssueFile({ source: plan.path, bytes: utf8(plan.contents) }).date).toBe('2024-02-02');
  });

  it('uses the old masthead before the rename of 2021-04-09', () => {
    expect(planNewIssue(request({ date: '2021-04-08' })).masthead).toBe('大同日报·今日平城');
    expect(planNewIssue(request({ date: '2021-04-09' })).masthead).toBe('大同日报·走近平城');
  });

  it('takes page, masthead and a title that needs quoting', () => {
    const plan = planNewIssue(request({ page: '6', masthead: '大同日报·今日平城', title: "专刊: 创刊'一周年'" }));
    expect(plan.contents.split('---\n')[1]).toBe(
      "date: 2024-02-02\nmasthead: 大同日报·今日平城\npage: 6\ntitle: '专刊: 创刊''一周年'''\n",
    );
    expect(readIssueFile({ source: plan.path, bytes: utf8(plan.contents) }).title).toBe("专刊: 创刊'一周年'");
  });

  it('re-encodes a GBK page as UTF-8', () => {
    expect(planNewIssue(request({ raw: { source: 'raw.txt', bytes: encodeLegacy(RAW, 'gbk') } })).contents).toBe(
      planNewIssue(request()).contents,
    );
  });

  it('names the file after the page when the date already has another page', () => {
    const existing = [{ name: '2024-02-02.txt', date: '2024-02-02', page: 5 }];
    expect(planNewIssue(request({ page: '6', existing })).path).toBe('content/issues/2024-02-02-p6.txt');
  });

  it('refuses a page the archive already has', () => {
    const existing = [{ name: '2024-02-02.txt', date: '2024-02-02', page: 5 }];
    expect(editorMessage(() => planNewIssue(request({ existing })))).toBe(
      'npm run new-issue: error: the archive already has page 5 of 2024-02-02: content/issues/2024-02-02.txt [issue-exists]\n' +
        '  hint: Nothing was written. If the page is another one, give its number with --page; if it replaces the old file, delete that file first.',
    );
  });

  it('refuses a missing, impossible or non-ISO date, saying what to write', () => {
    expect(editorMessage(() => planNewIssue(request({ date: undefined })))).toBe(
      'npm run new-issue: error: --date is required [missing-argument]\n  hint: Give the date printed on the page: --date 2024-02-02.',
    );
    expect(editorMessage(() => planNewIssue(request({ date: '2021/4/9' })))).toBe(
      'npm run new-issue: error: --date “2021/4/9” is not written as YYYY-MM-DD: write it as 2021-04-09 [bad-argument]\n  hint: Write it as 2021-04-09 (year-month-day, two-digit month and day).',
    );
    expect(editorMessage(() => planNewIssue(request({ date: '2021年4月9日' })))).toContain('write it as 2021-04-09');
    expect(editorMessage(() => planNewIssue(request({ date: '2021-02-30' })))).toBe(
      'npm run new-issue: error: --date “2021-02-30” is not a date in the calendar: February 2021 has 28 days [bad-argument]\n  hint: Check the date printed on the page.',
    );
  });

  it('refuses a date outside the paper’s life and a page above the maximum', () => {
    const today = new Date('2026-12-01T00:00:00Z');
    expect(editorMessage(() => planNewIssue(request({ date: '2019-12-31', today })))).toBe(
      'npm run new-issue: error: --date 2019-12-31 is before the page was first printed (2020) [bad-argument]\n  hint: Check the year printed on the page; the archive holds pages from 2020 to 2027.',
    );
    expect(editorMessage(() => planNewIssue(request({ date: '2028-01-07', today })))).toBe(
      'npm run new-issue: error: --date 2028-01-07 is after next year (2027): the page cannot have been printed yet [bad-argument]\n  hint: Check the year printed on the page; the archive holds pages from 2020 to 2027.',
    );
    expect(editorMessage(() => planNewIssue(request({ page: '99999' })))).toBe(
      'npm run new-issue: error: --page: page 99999 is above the highest page the paper prints (32) [bad-argument]\n  hint: Write the page number (版次) printed on the page; if the paper really has more pages, raise maxPage in src/config/archive.ts.',
    );
  });

  it('refuses a page number that is not a whole number', () => {
    expect(editorMessage(() => planNewIssue(request({ page: '五' })))).toBe(
      'npm run new-issue: error: --page must be a whole number such as 5, not “五” [bad-argument]\n  hint: Give the page number (版次) printed on the page, in digits.',
    );
  });

  it('refuses an empty raw page', () => {
    expect(editorMessage(() => planNewIssue(request({ raw: { source: 'raw.txt', bytes: utf8(' \n\u3000\n') } })))).toBe(
      'raw.txt: error: this file is empty: there is no page text to add [empty-page]\n  hint: Export the text of the page again; the file should hold the whole printed page.',
    );
  });

  it('refuses a file that is already an issue file', () => {
    const raw = { source: 'old.txt', bytes: utf8('---\ndate: 2024-02-02\nmasthead: x\npage: 5\n---\n正文\n') };
    expect(editorMessage(() => planNewIssue(request({ raw })))).toBe(
      'old.txt:1: error: this file already has front matter (lines 1–5) [already-an-issue]\n' +
        '  hint: It is an issue file already: copy it into the issues folder, or delete the front matter and run new-issue again.',
    );
  });

  it('refuses a binary raw file with the decoder’s message', () => {
    expect(
      editorMessage(() => planNewIssue(request({ raw: { source: 'page.pdf', bytes: utf8('%PDF-1.4') } }))),
    ).toMatch(/^page\.pdf: error: this file is a PDF, not plain text/);
  });
});

describe('frontMatterText', () => {
  it('writes plain values plainly', () => {
    expect(frontMatterText({ date: '2021-04-09', masthead: '大同日报·走近平城', page: 5 })).toBe(
      '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n',
    );
  });
});

describe('existingIssues', () => {
  it('reads date and page, and keeps the name of a file it cannot read', () => {
    expect(
      existingIssues([
        {
          source: 'content/issues/2021-04-09.txt',
          bytes: utf8('---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n正文\n'),
        },
        { source: 'content/issues/2021-04-16.txt', bytes: new Uint8Array([0, 0, 0]) },
      ]),
    ).toEqual([
      { name: '2021-04-09.txt', date: '2021-04-09', page: 5 },
      { name: '2021-04-16.txt', date: null, page: null },
    ]);
  });
});
