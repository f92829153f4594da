import { describe, expect, it } from 'vitest';
import { chooseIssueFileName } from '../../../src/lib/issues/issue-name.ts';

describe('chooseIssueFileName', () => {
  it('names a date’s only page after the date', () => {
    expect(chooseIssueFileName('2024-02-02', 5, [{ name: '2024-01-26.txt', date: '2024-01-26', page: 5 }])).toEqual({
      ok: true,
      name: '2024-02-02.txt',
    });
  });

  it('adds the page number when the date already has a page', () => {
    expect(chooseIssueFileName('2024-02-02', 6, [{ name: '2024-02-02.txt', date: '2024-02-02', page: 5 }])).toEqual({
      ok: true,
      name: '2024-02-02-p6.txt',
    });
  });

  it('clashes on the same date and page, whatever the file is called', () => {
    const clash = { name: 'spare.txt', date: '2024-02-02', page: 5 };
    expect(chooseIssueFileName('2024-02-02', 5, [clash])).toEqual({ ok: false, clash });
  });

  it('counts an unreadable file by the date in its name, and never takes its name', () => {
    const broken = { name: '2024-02-02.txt', date: null, page: null };
    expect(chooseIssueFileName('2024-02-02', 5, [broken])).toEqual({ ok: true, name: '2024-02-02-p5.txt' });
    const taken = { name: '2024-02-02-p5.txt', date: null, page: null };
    expect(chooseIssueFileName('2024-02-02', 5, [broken, taken])).toEqual({ ok: false, clash: taken });
  });
});
