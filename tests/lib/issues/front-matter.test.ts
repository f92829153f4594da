import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/errors.ts';
import { readFrontMatter } from '../../../src/lib/issues/front-matter.ts';

const read = (text: string) => readFrontMatter(text, 'content/issues/2021-04-09.txt');
const messages = (text: string) => read(text).diagnostics.map(formatDiagnostic);
const withFields = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n本报讯 正文。\n`;
const FILE = 'content/issues/2021-04-09.txt';
const KNOWN =
  'Known keys: date (出版日期), masthead (版名), page (版次), dateInferred (日期为推断), dateNote (日期说明), title (专刊标题), note (备注), paper (报纸).';

describe('readFrontMatter: a well-formed block', () => {
  it('reads the fields and says where the body starts', () => {
    const block = read(withFields('date: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5', "title: '创刊一周年'"));
    expect(block.data).toEqual({
      date: '2021-04-09',
      masthead: '大同日报·走近平城',
      page: 5,
      dateInferred: false,
      title: '创刊一周年',
    });
    expect(block.body).toBe('本报讯 正文。\n');
    expect(block.bodyLineOffset).toBe(6);
    expect(block.diagnostics).toEqual([]);
  });

  it('ignores spaces and invisible characters an input method leaves around values', () => {
    const block = read(withFields('date: 2021-04-09\u3000', 'masthead: 大同日报·走近平城\u200b', "page: '5'"));
    expect(block.diagnostics).toEqual([]);
    expect(block.data).toMatchObject({ date: '2021-04-09', masthead: '大同日报·走近平城', page: 5 });
  });

  it('reads a file without front matter as a bare page', () => {
    expect(read('本报讯 正文。\n---\n')).toMatchObject({
      present: false,
      data: null,
      body: '本报讯 正文。\n---\n',
      bodyLineOffset: 0,
    });
  });

  it('closes at the first `---` line, so a `---` printed in the page stays page text', () => {
    const block = read('---\n---\n---\n本报讯 正文。\n---\n');
    expect(block.body).toBe('---\n本报讯 正文。\n---\n');
    expect(block.bodyLineOffset).toBe(2);
  });
});

describe('readFrontMatter: what the editor is told', () => {
  it('front matter that is only `---` lines: each required field is missing, pointing at the closing line', () => {
    expect(messages('---\n---\n本报讯 正文。\n')).toEqual([
      `${FILE}:2: error: \`date\` (出版日期) is missing [front-matter-invalid]\n  hint: Add a line \`date: 2024-02-02\` between the two \`---\` lines.`,
      `${FILE}:2: error: \`masthead\` (版名) is missing [front-matter-invalid]\n  hint: Add a line \`masthead: 大同日报·走近平城\` between the two \`---\` lines.`,
      `${FILE}:2: error: \`page\` (版次) is missing [front-matter-invalid]\n  hint: Add a line \`page: 5\` between the two \`---\` lines.`,
    ]);
  });

  it('missing date', () => {
    expect(messages(withFields('masthead: 大同日报·走近平城', 'page: 5'))).toEqual([
      `${FILE}:4: error: \`date\` (出版日期) is missing [front-matter-invalid]\n  hint: Add a line \`date: 2024-02-02\` between the two \`---\` lines.`,
    ]);
  });

  it('empty date', () => {
    expect(messages(withFields('date:', 'masthead: 大同日报·走近平城', 'page: 5'))).toEqual([
      `${FILE}:2: error: \`date\` (出版日期) is empty [front-matter-invalid]\n  hint: Add a line \`date: 2024-02-02\` between the two \`---\` lines.`,
    ]);
  });

  it('impossible date: 2021-02-30 is refused, not rolled over to March', () => {
    expect(messages(withFields('date: 2021-02-30', 'masthead: 大同日报·走近平城', 'page: 5'))).toEqual([
      `${FILE}:2: error: \`date\` (出版日期): “2021-02-30” is not a date in the calendar: February 2021 has 28 days [front-matter-invalid]\n  hint: Check the date printed on the page.`,
    ]);
    expect(messages(withFields('date: 2021-13-01', 'masthead: 大同日报·走近平城', 'page: 5'))[0]).toContain(
      '“2021-13-01” is not a date in the calendar: there is no month 13',
    );
  });

  it.each([
    ['2021年4月9日', '2021-04-09'],
    ['2021/4/9', '2021-04-09'],
    ['2021.04.09', '2021-04-09'],
    ['20210409', '2021-04-09'],
    ['2021-4-9', '2021-04-09'],
    ["'２０２１年４月９日'", '2021-04-09'],
  ])('a date written as %s says to write it as %s', (written, iso) => {
    const shown = written.replace(/'/g, '');
    expect(messages(withFields(`date: ${written}`, 'masthead: 大同日报·走近平城', 'page: 5'))).toEqual([
      `${FILE}:2: error: \`date\` (出版日期): “${shown}” is not written as YYYY-MM-DD: write it as ${iso} [front-matter-invalid]\n  hint: Write it as ${iso} (year-month-day, two-digit month and day).`,
    ]);
  });

  it('a date in no known form', () => {
    expect(messages(withFields('date: 上周五', 'masthead: 大同日报·走近平城', 'page: 5'))).toEqual([
      `${FILE}:2: error: \`date\` (出版日期): “上周五” is not a date written as YYYY-MM-DD [front-matter-invalid]\n  hint: Write the date printed on the page as year-month-day with two-digit month and day, e.g. 2024-02-02.`,
    ]);
  });

  it('unknown keys, with typo suggestions in English and for Chinese field names', () => {
    expect(
      messages(
        withFields('dte: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5', '版次: 5', 'titel: x', 'author: 张三'),
      ),
    ).toEqual(
      [
        `${FILE}:2: error: unknown front-matter key \`dte\`: did you mean \`date\`? [front-matter-unknown-key]\n  hint: Rename it to \`date\` (出版日期). ${KNOWN}`,
        `${FILE}:4: error: \`date\` (出版日期) is missing [front-matter-invalid]\n  hint: Add a line \`date: 2024-02-02\` between the two \`---\` lines.`.replace(
          ':4:',
          ':8:',
        ),
        `${FILE}:5: error: unknown front-matter key \`版次\`: did you mean \`page\`? [front-matter-unknown-key]\n  hint: Rename it to \`page\` (版次). ${KNOWN}`,
        `${FILE}:6: error: unknown front-matter key \`titel\`: did you mean \`title\`? [front-matter-unknown-key]\n  hint: Rename it to \`title\` (专刊标题). ${KNOWN}`,
        `${FILE}:7: error: unknown front-matter key \`author\` [front-matter-unknown-key]\n  hint: ${KNOWN}`,
      ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])),
    );
  });

  it('a page number that is not a whole number', () => {
    expect(messages(withFields('date: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 五'))).toEqual([
      `${FILE}:4: error: \`page\` (版次) must be a whole number such as 5, not “五” [front-matter-invalid]\n  hint: Write the page number printed on the page in digits: \`page: 5\`.`,
    ]);
  });

  it('dateInferred that is not true or false', () => {
    expect(
      messages(withFields('date: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5', 'dateInferred: 是')),
    ).toEqual([
      `${FILE}:5: error: \`dateInferred\` (日期为推断) must be true or false, not “是” [front-matter-invalid]\n  hint: Write \`dateInferred: true\` when the page prints no date and you worked it out; otherwise leave the line out.`,
    ]);
  });

  it('a key typed with a Chinese full-width colon', () => {
    expect(messages(withFields('date：2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5'))).toEqual([
      `${FILE}:2: error: \`date：\` uses a full-width colon (：) [front-matter-syntax]\n  hint: Type an ASCII colon and a space after the key: \`date: …\`.`,
    ]);
  });

  it('a value with a colon that needs quotes', () => {
    expect(
      messages(withFields('date: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5', 'title: 专刊: 一周年')),
    ).toEqual([
      `${FILE}:5: error: the value of \`title\` contains a colon (:), so it must be in quotes [front-matter-syntax]\n  hint: Write it as \`title: '专刊: 一周年'\`.`,
    ]);
  });

  it('a key written twice', () => {
    expect(messages(withFields('date: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5', 'page: 6'))).toEqual([
      `${FILE}:5: error: \`page\` is written twice in the front matter [front-matter-syntax]\n  hint: Keep one line per key and delete the other.`,
    ]);
  });

  it('a front matter that is never closed', () => {
    expect(messages('---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n本报讯 正文。\n')).toEqual([
      `${FILE}:1: error: the front matter that opens on line 1 is never closed [front-matter-unclosed]\n  hint: Put a line \`---\` after the last \`key: value\` line, before the page text.`,
    ]);
  });

  it('page text before the closing `---` is pointed at', () => {
    const [message] = messages(
      '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n本报讯 正文\n更多：正文\n---\n正文\n',
    );
    expect(message).toMatch(/^content\/issues\/2021-04-09.txt:6: error: /);
  });
});

describe('readFrontMatter: the paper profile', () => {
  const base = ['date: 2021-04-09', 'masthead: 大同日报·走近平城', 'page: 5'];
  it('reads a known profile', () => {
    const block = read(withFields(...base, 'paper: city-paper'));
    expect(block.diagnostics).toEqual([]);
    expect(block.data?.paper).toBe('city-paper');
  });

  it('leaves the key out by default: the archive’s own paper', () =>
    expect(read(withFields(...base)).data?.paper).toBeUndefined());

  it('refuses an unknown profile on its line, naming the known ones and the closest', () => {
    const block = read(withFields(...base, 'paper: city-papers'));
    expect(block.data).toBeNull();
    expect(block.diagnostics).toMatchObject([{ ruleId: 'front-matter-unknown-paper', line: 5, severity: 'error' }]);
    expect(block.diagnostics[0]!.message).toContain('did you mean `city-paper`');
    expect(block.diagnostics[0]!.hint).toContain('datong-pingcheng');
  });
});
