import { describe, expect, it } from 'vitest';
import { oneCharacterApart, reporterNameWarnings } from '../../../src/lib/editor/reporter-names.ts';
import { loadIssues } from '../../../src/lib/issues/load-issues.ts';
import { makeArticle, makeIssue } from '../site/fixtures.ts';

const signed = (id: string, reporters: string[]) =>
  makeIssue({ id, articles: [makeArticle({ id: `${id}-01`, reporters, lines: [12, 13] })] });

describe('oneCharacterApart', () => {
  it('pairs names of three or more characters that differ in one place', () => {
    expect(oneCharacterApart('邱东芳', '邸东芳')).toBe(true);
    expect(oneCharacterApart('张诗珩', '张诗玮')).toBe(true);
    expect(oneCharacterApart('张诗珩', '张诗珩')).toBe(false);
    expect(oneCharacterApart('纪元元', '陈云华')).toBe(false);
    expect(oneCharacterApart('宋芳', '董芳')).toBe(false);
    expect(oneCharacterApart('王春艳', '王春')).toBe(false);
  });
});

describe('reporterNameWarnings', () => {
  const issues = [signed('2021-01-15', ['邸东芳']), signed('2021-04-09', ['邱东芳']), signed('2021-04-16', ['邱东芳'])];

  it('warns once about two spellings, where the rarer one was printed, and says how to merge them', () => {
    const warnings = reporterNameWarnings(issues, []);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      ruleId: 'reporter-name-variant',
      severity: 'warning',
      file: 'content/issues/2021-01-15.txt',
      line: 12,
    });
    expect(warnings[0]?.message).toContain('邸东芳 (1×) differs by one character from 邱东芳 (2×');
    expect(warnings[0]?.hint).toContain('aliases: [邸东芳]');
  });

  it('says nothing once the editors mapped the spellings, whichever way round', () => {
    expect(reporterNameWarnings(issues, [{ name: '邱东芳', aliases: ['邸东芳'] }])).toEqual([]);
    expect(reporterNameWarnings(issues, [{ name: '邸东芳', aliases: ['邱东芳'] }])).toEqual([]);
  });

  it('finds the two pairs on the real pages that the shipped alias file maps', () => {
    const found = reporterNameWarnings(loadIssues(), []).map((warning) => warning.message);
    expect(found.some((message) => message.includes('邱东芳') && message.includes('邸东芳'))).toBe(true);
    expect(found.some((message) => message.includes('张诗珩') && message.includes('张诗玮'))).toBe(true);
  });
});
