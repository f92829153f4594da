import { describe, expect, it } from 'vitest';
import { describeDateProblem } from '../../../src/lib/issues/editor-date.ts';

describe('describeDateProblem', () => {
  it('accepts real ISO dates, leap days included', () => {
    expect(describeDateProblem('2021-04-09')).toBeNull();
    expect(describeDateProblem('2024-02-29')).toBeNull();
  });

  it('says why an impossible date is impossible', () => {
    expect(describeDateProblem('2021-02-29')?.message).toBe(
      '“2021-02-29” is not a date in the calendar: February 2021 has 28 days',
    );
    expect(describeDateProblem('2021年4月31日')?.message).toBe(
      '“2021年4月31日” is not a date in the calendar: April 2021 has 30 days',
    );
    expect(describeDateProblem('2021-00-10')?.message).toBe(
      '“2021-00-10” is not a date in the calendar: there is no month 0',
    );
  });

  it.each([
    '2021年4月9日',
    '2021年04月09日',
    '2021 年 4 月 9 日',
    '2021/4/9',
    '2021/04/09',
    '2021.4.9',
    '2021-4-9',
    '20210409',
    '２０２１年４月９号',
  ])('%s: write it as 2021-04-09', (written) => {
    expect(describeDateProblem(written)?.message).toBe(
      `“${written}” is not written as YYYY-MM-DD: write it as 2021-04-09`,
    );
  });

  it('does not guess day-month orders', () => {
    expect(describeDateProblem('9/4/2021')?.message).toBe('“9/4/2021” is not a date written as YYYY-MM-DD');
  });
});
