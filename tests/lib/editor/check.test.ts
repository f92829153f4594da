import { describe, expect, it } from 'vitest';
import { checkIssueFiles, formatSummary, summarise } from '../../../src/lib/editor/check.ts';
import { formatDiagnostic } from '../../../src/lib/errors.ts';
import { encodeLegacy, utf8 } from '../../helpers/encode.ts';

const DIR = 'content/issues';
const PAGE = '平城区举办科普进校园活动\n\n本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。\n';
const issue = (date: string, page = 5, masthead = '大同日报·走近平城') =>
  `---\ndate: ${date}\nmasthead: ${masthead}\npage: ${page}\n---\n${PAGE}`;
const file = (name: string, text: string | Uint8Array) => ({
  source: `${DIR}/${name}`,
  bytes: typeof text === 'string' ? utf8(text) : text,
});
const check = (...files: Array<{ source: string; bytes: Uint8Array }>) => checkIssueFiles(files).map(formatDiagnostic);

describe('checkIssueFiles', () => {
  it('passes good files without a word', () => {
    expect(check(file('2021-04-09.txt', issue('2021-04-09')), file('2021-04-16.txt', issue('2021-04-16')))).toEqual([]);
  });

  it('two files for the same date and page: both are named', () => {
    expect(check(file('2021-04-09.txt', issue('2021-04-09')), file('2021-04-09-p5.txt', issue('2021-04-09')))).toEqual([
      `${DIR}/2021-04-09.txt:2: error: page 5 of 2021-04-09 is also in ${DIR}/2021-04-09-p5.txt [duplicate-page]\n  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.`,
      `${DIR}/2021-04-09-p5.txt:2: error: page 5 of 2021-04-09 is also in ${DIR}/2021-04-09.txt [duplicate-page]\n  hint: Keep one file per printed page: delete the copy, or correct the date or page of the one that is wrong.`,
    ]);
  });

  it('two pages of one date are fine', () => {
    expect(
      check(file('2021-04-09.txt', issue('2021-04-09')), file('2021-04-09-p6.txt', issue('2021-04-09', 6))),
    ).toEqual([]);
  });

  it('an empty file', () => {
    expect(check(file('2021-04-09.txt', ''))).toEqual([
      `${DIR}/2021-04-09.txt: error: this file is empty [empty-file]\n  hint: An issue file holds the front matter and the text of one printed page: add pages with npm run new-issue, or delete this file.`,
    ]);
  });

  it('a raw page without front matter', () => {
    expect(check(file('2021-04-09.txt', PAGE))).toEqual([
      `${DIR}/2021-04-09.txt:1: error: this file has no front matter (date, masthead, page) above the page text [missing-front-matter]\n` +
        '  hint: Start the file with these lines: `---`, `date: 2024-02-02`, `masthead: 大同日报·走近平城`, `page: 5`, `---` (npm run new-issue writes them for you).',
    ]);
  });

  it('lists every front-matter problem of a file, not only the first, and still runs the splitter', () => {
    const text = `---\ndte: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 五\n---\n${PAGE}`;
    expect(check(file('2021-04-09.txt', text)).map((message) => message.split('\n')[0])).toEqual([
      `${DIR}/2021-04-09.txt:2: error: unknown front-matter key \`dte\`: did you mean \`date\`? [front-matter-unknown-key]`,
      `${DIR}/2021-04-09.txt:4: error: \`page\` (版次) must be a whole number such as 5, not “五” [front-matter-invalid]`,
      `${DIR}/2021-04-09.txt:5: error: \`date\` (出版日期) is missing [front-matter-invalid]`,
    ]);
  });

  it('a binary file does not stop the others from being checked', () => {
    const messages = check(
      file('2021-04-02.txt', new Uint8Array([0, 1, 2, 0])),
      file('2021-04-09.txt', `${issue('2021-04-09')}`.replace('page: 5', 'page: 0')),
    );
    expect(messages.map((message) => message.split('\n')[0])).toEqual([
      `${DIR}/2021-04-02.txt: error: this file is not text (it contains NUL bytes) [not-text]`,
      `${DIR}/2021-04-09.txt:4: error: \`page\` (版次) must be a whole number such as 5, not “0” [front-matter-invalid]`,
    ]);
  });

  it('warns about a file not saved as UTF-8, which still reads correctly', () => {
    expect(check(file('2021-04-09.txt', encodeLegacy(issue('2021-04-09'), 'gbk')))).toEqual([
      `${DIR}/2021-04-09.txt: warning: this file is saved as GB18030 (GBK); it was read correctly, but the archive keeps UTF-8 [not-utf8]\n` +
        '  hint: Save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) so every tool reads it the same way.',
    ]);
  });

  it('warns about a file name that disagrees with the front matter', () => {
    expect(check(file('2021-04-10.txt', issue('2021-04-09')))).toEqual([
      `${DIR}/2021-04-10.txt:2: warning: the file name 2021-04-10.txt does not match the front matter: expected 2021-04-09.txt or 2021-04-09-p5.txt [file-name]\n` +
        '  hint: Rename the file or correct the front matter, whichever is wrong.',
    ]);
  });

  it('warns about a masthead the page never carried, with a suggestion, and one that does not fit the date', () => {
    expect(
      check(
        file('2021-04-09.txt', issue('2021-04-09', 5, '大同日报·走进平城')),
        file('2021-04-02.txt', issue('2021-04-02')),
      ),
    ).toEqual([
      `${DIR}/2021-04-09.txt:3: warning: the page has never been called “大同日报·走进平城”: did you mean 大同日报·走近平城? [masthead-unknown]\n` +
        '  hint: Mastheads (版名) so far: 大同日报·今日平城, 大同日报·走近平城. A new name belongs in src/config/sections.ts.',
      `${DIR}/2021-04-02.txt:3: warning: on 2021-04-02 the page was called 大同日报·今日平城, not 大同日报·走近平城 [masthead-date]\n` +
        '  hint: The page was renamed 大同日报·走近平城 on 2021-04-09; check the date and the masthead printed on the page.',
    ]);
  });

  it('passes on the splitter’s warnings with the line to mark', () => {
    const text = issue('2021-04-09').replace(
      PAGE,
      '本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。\n',
    );
    const [message] = check(file('2021-04-09.txt', text));
    expect(message).toMatch(
      /^content\/issues\/2021-04-09.txt:6: warning: .* \[derived-headline\]\n {2}hint: .*@@ headline/,
    );
  });

  it('reports splitter errors such as unknown markup as errors', () => {
    expect(check(file('2021-04-09.txt', issue('2021-04-09').replace(PAGE, `@@ headlin\n${PAGE}`)))[0]).toMatch(
      /^content\/issues\/2021-04-09.txt:6: error: unknown correction markup `@@ headlin` \[unknown-markup\]/,
    );
  });
});

describe('formatSummary', () => {
  it('says whether the editor must act', () => {
    const warning = { ruleId: 'x', severity: 'warning', file: 'a', line: 1, message: 'm' } as const;
    expect(formatSummary(summarise(5, []))).toBe('checked 5 files: 0 errors, 0 warnings, 0 notes — all good');
    expect(formatSummary(summarise(1, [warning]))).toBe(
      'checked 1 file: 0 errors, 1 warning, 0 notes — the site builds; the warnings above are worth a look',
    );
    expect(formatSummary(summarise(2, [{ ...warning, severity: 'error' }]))).toBe(
      'checked 2 files: 1 error, 0 warnings, 0 notes — fix the errors above before publishing',
    );
  });
});

describe('checkIssueFiles across files: reporter names', () => {
  const signed = (date: string, name: string) =>
    file(
      `${date}.txt`,
      `---\ndate: ${date}\nmasthead: 大同日报·走近平城\npage: 5\n---\n平城区举办科普进校园活动\n\n本报讯（记者 ${name}）4月8日，平城区科协走进校园，为学生们讲解航天知识。\n`,
    );

  it('warns about two names one character apart, and not once content/reporters.yaml maps them', () => {
    const files = [signed('2021-04-09', '邱东芳'), signed('2021-04-16', '邸东芳')];
    const warnings = checkIssueFiles(files).filter((d) => d.ruleId === 'reporter-name-variant');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.line).toBe(8);
    expect(checkIssueFiles(files, { aliases: [{ name: '邱东芳', aliases: ['邸东芳'] }] })).toEqual([]);
  });
});
