/**
 * lines.ts: text → numbered lines, keeping the file's line numbers, the indentation and the blank lines
 * before each line, and attaching editor markup (`@@ …`) to the line below it.
 */
import { describe, expect, it } from 'vitest';
import { thrown } from '../../helpers/thrown.ts';
import { toLines } from '../../../src/lib/split/lines.ts';

describe('line numbers', () => {
  it('numbers lines as the file does, blank ones included', () => {
    expect(
      toLines('扬帆踏浪逐梦行\n\n——写在《大同日报·今日平城》创刊一周年之际', 'a.txt').map((line) => line.no),
    ).toEqual([1, 3]);
  });

  it('adds the offset of the front matter, so numbers are those the editor sees', () => {
    expect(toLines('\n\n本报记者 孙鑫\n\n资料图片', 'a.txt', 9).map((line) => line.no)).toEqual([12, 14]);
  });

  it('reads Windows (CRLF) and old Mac (CR) line ends as line ends', () => {
    const lines = toLines('出实招 动真格\r\n城乡环境面貌换新颜\r本报记者 杨亚都\n资料图片', 'a.txt');
    expect(lines.map((line) => [line.no, line.text])).toEqual([
      [1, '出实招 动真格'],
      [2, '城乡环境面貌换新颜'],
      [3, '本报记者 杨亚都'],
      [4, '资料图片'],
    ]);
  });

  it('counts a CRLF as one line end, not two', () => {
    expect(toLines('甲\r\n\r\n乙', 'a.txt').map((line) => [line.no, line.blankBefore])).toEqual([
      [1, 0],
      [3, 1],
    ]);
  });

  it('keeps each line’s text normalised for display', () => {
    expect(toLines('本报讯(记者 张鑫)疫情就是命令,防控就是责任。', 'a.txt')[0]?.text).toBe(
      '本报讯（记者 张鑫）疫情就是命令，防控就是责任。',
    );
  });
});

describe('blank lines', () => {
  it('counts the blank lines before each line (a run of them is where a photograph stood)', () => {
    const lines = toLines('\n\n金超合唱团演出现场\n\n\n\n小石村野山滑雪场\n为居民义诊', 'a.txt');
    expect(lines.map((line) => line.blankBefore)).toEqual([2, 3, 0]);
  });

  it('counts a line of spaces, U+3000 or invisible characters as blank', () => {
    const lines = toLines('科普进校园。\n \u3000\u200b\n资料图片', 'a.txt');
    expect(lines.map((line) => line.text)).toEqual(['科普进校园。', '资料图片']);
    expect(lines[1]?.blankBefore).toBe(1);
  });
});

describe('indentation', () => {
  it('keeps the indentation of nested list items', () => {
    const lines = toLines('- 2.做到九个“聚焦”:\n - 一是聚焦产业转型,着力壮大实体经济。', 'a.txt');
    expect(lines.map((line) => line.indent)).toEqual([0, 1]);
    expect(lines[1]?.text).toBe('- 一是聚焦产业转型，着力壮大实体经济。');
  });

  it('counts tabs and U+3000 as indentation', () =>
    expect(toLines('\t\u3000 - 现代服务集聚区', 'a.txt')[0]?.indent).toBe(3));
});

describe('editor markup', () => {
  it('attaches `@@ headline` to the next line and drops the markup line from the page', () => {
    const lines = toLines('@@ headline\n主动作为 敢于担当', 'a.txt', 4);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      no: 6,
      text: '主动作为 敢于担当',
      markers: [{ kind: 'role', role: 'headline', line: 5 }],
    });
  });

  it('attaches markup across blank lines to the next line of text', () => {
    const lines = toLines('@@ nojoin\n\n“十四五”转型出雏型平城篇章。', 'a.txt');
    expect(lines[0]?.markers).toEqual([{ kind: 'nojoin', line: 1 }]);
  });

  it('collects several markup lines for one line, in order', () => {
    const lines = toLines('@@ article\n@@ section 民生\n@@ kind 评论\n@@ story 2\n站在新起点 再创新辉煌', 'a.txt');
    expect(lines[0]?.markers).toEqual([
      { kind: 'article', line: 1 },
      { kind: 'section', value: '民生', line: 2 },
      { kind: 'kind', value: '评论', line: 3 },
      { kind: 'story', story: 2, line: 4 },
    ]);
  });

  it('gives markup only to the line right below it', () => {
    const lines = toLines('@@ join\n物——《山西平民周刊》\n王振翼一生中曾6次被捕入狱', 'a.txt');
    expect(lines.map((line) => line.markers.length)).toEqual([1, 0]);
  });

  it('does not count a markup line as a blank line or a line of text', () => {
    const lines = toLines('科普进校园。\n\n@@ credit\n资料图片', 'a.txt');
    expect(lines.map((line) => [line.no, line.blankBefore])).toEqual([
      [1, 0],
      [4, 1],
    ]);
  });

  it('throws an ArchiveError naming the file and line of unknown markup, with the known markup as hint', () => {
    const diagnostic = thrown(() =>
      toLines('平城新语\n@@ headlin\n站在新起点 再创新辉煌', 'content/issues/2021-04-02.txt', 7),
    );
    expect(diagnostic).toMatchObject({
      ruleId: 'unknown-markup',
      file: 'content/issues/2021-04-02.txt',
      line: 9,
      severity: 'error',
    });
    expect(diagnostic.message).toContain('@@ headlin');
    expect(diagnostic.hint).toContain('@@ headline');
  });

  it('refuses a role given an argument: @@ headline 站在新起点', () => {
    expect(thrown(() => toLines('@@ headline 站在新起点\n站在新起点', 'a.txt'))).toMatchObject({
      ruleId: 'unknown-markup',
      line: 1,
    });
  });

  it('keeps a printed line that starts with @@ when written \\@@, and \\\\@@ keeps one backslash', () => {
    const lines = toLines('\\@@ 这一行印在版面上\n\\\\@@ 反斜杠', 'a.txt');
    expect(lines.map((line) => [line.text, line.markers])).toEqual([
      ['@@ 这一行印在版面上', []],
      ['\\@@ 反斜杠', []],
    ]);
  });

  it('refuses @@ story 0 with the numbering rule', () => {
    expect(thrown(() => toLines('@@ story 0\n甲', 'a.txt'))).toEqual({
      ruleId: 'story-out-of-range',
      severity: 'error',
      file: 'a.txt',
      line: 1,
      message: '`@@ story 0`: stories are numbered from 1, as in the split report',
      hint: 'Run npm run split -- FILE and give the number of the story this paragraph belongs to.',
    });
  });

  it('refuses @@ story without a number', () => {
    expect(thrown(() => toLines('@@ story two\n甲', 'a.txt'))).toMatchObject({ ruleId: 'unknown-markup', line: 1 });
  });

  it('refuses @@ section without a section', () => {
    expect(thrown(() => toLines('@@ section\n甲', 'a.txt'))).toMatchObject({ ruleId: 'unknown-markup', line: 1 });
  });

  it('throws an ArchiveError for markup at the end of the page with nothing below it', () => {
    const diagnostic = thrown(() => toLines('科普进校园。\n\n@@ join\n\n', 'content/issues/2021-04-02.txt', 7));
    expect(diagnostic).toMatchObject({ ruleId: 'dangling-markup', file: 'content/issues/2021-04-02.txt', line: 10 });
    expect(diagnostic.hint).toBeTruthy();
  });
});
