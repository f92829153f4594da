import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIssueFile } from '../../../src/lib/issues/issue-file.ts';
import type { Issue } from '../../../src/lib/schema.ts';
import { MAX_ISSUE_BYTES } from '../../../src/lib/split/decode.ts';
import { editorMessage } from '../../helpers/editor-message.ts';
import { encodeLegacy, encodeUtf16, utf8 } from '../../helpers/encode.ts';
import { printedPieces } from '../../helpers/printed-text.ts';

const SOURCE = 'content/issues/2021-04-09.txt';
const FRONT_MATTER = '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n';
const PAGE = [
  '平城区举办科普进校园活动',
  '',
  '本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。',
  '',
  '活动现场，学生们热情高涨，纷纷提问。',
].join('\n');

const read = (bytes: Uint8Array) => readIssueFile({ source: SOURCE, bytes });

/** Every text field of the output, the way a reader would see it. */
function shown(issue: Issue): string {
  return printedPieces(issue).join('\n');
}

describe('readIssueFile: encodings and line endings give the same issue', () => {
  const expected = read(utf8(FRONT_MATTER + PAGE));

  it('splits the page into a story with its source lines counted from the top of the file', () => {
    expect(expected.articles.map((a) => [a.headline, a.lines])).toEqual([['平城区举办科普进校园活动', [6, 8, 10]]]);
  });

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRONT_MATTER + PAGE)])],
    ['UTF-16 LE with BOM', encodeUtf16(FRONT_MATTER + PAGE, 'le')],
    ['UTF-16 BE with BOM', encodeUtf16(FRONT_MATTER + PAGE, 'be')],
    ['GBK', encodeLegacy(FRONT_MATTER + PAGE, 'gbk')],
    ['CRLF line endings', utf8((FRONT_MATTER + PAGE).replace(/\n/g, '\r\n'))],
    ['lone CR line endings', utf8((FRONT_MATTER + PAGE).replace(/\n/g, '\r'))],
  ])('%s', (_, bytes) => {
    expect(read(bytes)).toEqual(expected);
  });

  it('U+3000 indents and zero-width characters do not change the words', () => {
    const page = PAGE.replace('本报讯', '\u3000\u3000本报讯')
      .replace('航天', '航\u200b天')
      .replace('活动现场', '\ufeff活动现场');
    expect(shown(read(utf8(FRONT_MATTER + page)))).toBe(shown(expected));
  });
});

describe('readIssueFile: bad input is refused with the message the editor sees', () => {
  it('an empty file is a bare page with nothing on it (npm run check refuses it)', () => {
    expect(read(new Uint8Array())).toMatchObject({ date: null, articles: [], furniture: [] });
  });

  it('front matter only', () => {
    expect(editorMessage(() => read(utf8(FRONT_MATTER)))).toBe(
      `${SOURCE}:5: error: there is no page text below the front matter [empty-page]\n  hint: Paste the text of the printed page below the closing \`---\` line.`,
    );
  });

  it('a binary file', () => {
    expect(editorMessage(() => read(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00])))).toBe(
      `${SOURCE}: error: this file is not text (it contains NUL bytes) [not-text]\n  hint: An issue file is the plain text of one printed page. Export the page as text (UTF-8) and try again.`,
    );
  });

  it('a 20 MB file is refused by its size, before the splitter sees it', () => {
    const huge = utf8(FRONT_MATTER + `${PAGE}\n`.repeat(Math.ceil(20_000_000 / utf8(PAGE).length)));
    expect(editorMessage(() => read(huge))).toMatch(
      /^content\/issues\/2021-04-09.txt: error: this file is 20\.\d MB; one printed page is 10–30 kB/,
    );
  });

  it('a page just under the size limit is split without hanging', () => {
    const seeds = ['2021-01-15', '2021-04-02', '2021-04-09', '2022-01-28', '2024-01-26'].map((date) =>
      readFileSync(`content/issues/${date}.txt`, 'utf8').split('---\n').slice(2).join('---\n'),
    );
    // Numbered copies, every line marked, so the splitter cannot drop any line as a repeat.
    const copies = Array.from({ length: 11 }, (_, copy) =>
      seeds.join('\n').replace(/(\S)$/gm, (last) => (last === '。' ? `第${copy}份。` : `${last}${copy}`)),
    ).join('\n');
    const bytes = utf8(FRONT_MATTER + copies);
    expect(bytes.length).toBeLessThan(MAX_ISSUE_BYTES);
    expect(bytes.length).toBeGreaterThan(MAX_ISSUE_BYTES / 2);
    // The split must succeed and keep every copy's stories; the test's timeout catches a hang (the
    // speed itself is the benchmark's to measure).
    const issue = read(bytes);
    // A line is dropped only as a repeat of a line of its own copy, never of another copy.
    const copyLength = seeds.join('\n').split('\n').length;
    const copyOf = (line: number) => Math.floor((line - 6) / copyLength);
    for (const repeat of issue.diagnostics.filter((d) => d.ruleId === 'duplicate-line')) {
      const original = Number(/repeat of line (\d+)/.exec(repeat.message)?.[1]);
      expect([repeat.line, copyOf(repeat.line!)]).toEqual([repeat.line, copyOf(original)]);
    }
    const text = shown(issue);
    for (let copy = 0; copy < 11; copy++) expect(text).toContain(`第${copy}份。`);
  }, 30_000);

  it('an impossible date', () => {
    expect(editorMessage(() => read(utf8(FRONT_MATTER.replace('2021-04-09', '2021-02-30') + PAGE)))).toBe(
      `${SOURCE}:2: error: \`date\` (出版日期): “2021-02-30” is not a date in the calendar: February 2021 has 28 days [front-matter-invalid]\n  hint: Check the date printed on the page.`,
    );
  });

  it('a date in another format', () => {
    expect(editorMessage(() => read(utf8(FRONT_MATTER.replace('2021-04-09', '2021年4月9日') + PAGE)))).toBe(
      `${SOURCE}:2: error: \`date\` (出版日期): “2021年4月9日” is not written as YYYY-MM-DD: write it as 2021-04-09 [front-matter-invalid]\n  hint: Write it as 2021-04-09 (year-month-day, two-digit month and day).`,
    );
  });

  it('an unknown key', () => {
    expect(editorMessage(() => read(utf8(FRONT_MATTER.replace('page:', 'pgae:') + PAGE)))).toMatch(
      /^content\/issues\/2021-04-09.txt:4: error: unknown front-matter key `pgae`: did you mean `page`\? \[front-matter-unknown-key\]/,
    );
  });
});

describe('readIssueFile: text that looks like markup stays literal text', () => {
  const tricky = [
    '平城区举办科普进校园活动',
    '',
    '本报讯（记者 张鑫）<script>alert("x")</script>活动现场，**学生们**热情高涨。',
    '# 这一行以井号开头',
    '[链接](http://example.com) 与 {{ title }}、{% raw %} 和 ${x} 都是原文。',
    '---',
    '<b>加粗</b> <!-- 注释 --> 结束了。',
  ].join('\n');

  it.each([
    '<script>alert("x")</script>',
    '**学生们**',
    '# 这一行以井号开头',
    '[链接](http://example.com)',
    '{{ title }}',
    '{% raw %}',
    '${x}',
    '<b>加粗</b>',
  ])('keeps %s as printed', (literal) => {
    expect(shown(read(utf8(FRONT_MATTER + tricky)))).toContain(literal);
  });

  it('keeps a `---` line of the body as page text', () => {
    const issue = read(utf8(FRONT_MATTER + tricky));
    expect(issue.articles.flatMap((a) => a.blocks).find((block) => block.text === '---')?.lines).toEqual([11]);
  });

  it('keeps an HTML entity such as &amp; as printed', () => {
    expect(shown(read(utf8(`${FRONT_MATTER}${PAGE}\n甲&amp;乙 &lt;丙&gt; 结束。`)))).toContain('&amp;乙 &lt;丙&gt;');
  });

  it('keeps an HTML comment as printed', () => {
    expect(shown(read(utf8(`${FRONT_MATTER}${PAGE}\n<b>加粗</b> <!-- 注释 --> 结束了。`)))).toContain('<!-- 注释 -->');
  });
});

describe('readIssueFile: the paper named in the front matter', () => {
  const file = (paper: string | null) =>
    new TextEncoder().encode(
      [
        '---',
        'date: 2021-04-09',
        'masthead: 大同日报·走近平城',
        'page: 5',
        ...(paper ? [`paper: ${paper}`] : []),
        '---',
        '“双百工程”推进会召开',
        '',
        '本报讯（记者 张三）推进会要求，各社区抓好落实。',
      ].join('\n'),
    );
  const sectionOf = (paper: string | null) =>
    readIssueFile({ source: 'content/issues/2021-04-09.txt', bytes: file(paper) }).articles[0]!.section;

  it('splits with the archive’s profile by default, whose campaign words file the story', () =>
    expect(sectionOf(null)).toBe('时政'));
  it('splits with the profile named, which does not know one page’s campaign', () =>
    expect(sectionOf('city-paper')).toBe('基层治理'));
  it('refuses an unknown profile with the line to fix', () =>
    expect(() => readIssueFile({ source: 'x.txt', bytes: file('pingcheng') })).toThrowError(/no paper profile/));
});
