/**
 * Invariants of reading an issue file, whatever the bytes: it never throws anything but an ArchiveError
 * (an editor-facing message), and when it succeeds every non-space character of the page is somewhere
 * in the output — headline and title fields, bylines, blocks, figures or page furniture — unless the
 * splitter reports the line as a dropped word-for-word duplicate. Characters are compared after NFKC,
 * because the splitter may widen `,` into `，`; editor markup lines (`@@ …`) are not page text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/lib/issues/front-matter.ts';
import { expectInputRefusal } from '../../helpers/refusal.ts';
import { readIssueFile } from '../../../src/lib/issues/issue-file.ts';
import { issueFilesIn } from '../../../src/lib/issues/load-issues.ts';
import { cleanInvisible } from '../../../src/lib/split/normalise.ts';
import type { Issue } from '../../../src/lib/schema.ts';
import { decode } from '../../../src/lib/split/decode.ts';
import { normaliseLine } from '../../../src/lib/split/normalise.ts';
import { EDITOR_MARKER } from '../../../src/lib/split/patterns.ts';
import { encodeLegacy, encodeUtf16, utf8 } from '../../helpers/encode.ts';
import { printedPieces } from '../../helpers/printed-text.ts';

const FRONT_MATTER = '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n';
const SOURCE = 'content/issues/2021-04-09.txt';

const seedLines = issueFilesIn('content/issues').flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return readFrontMatter(text, file).body.split('\n');
});

const TRICKY_LINES = [
  '',
  '---',
  '<script>alert(1)</script>',
  '**加粗** # 标题 [a](b) {{ x }}',
  '\u3000\u3000本报讯（记者 张三）正文。',
  '零\u200b宽\u200d字\ufeff符',
  '图为活动现场。',
  '本报记者 李四 摄',
  '责任编辑：王五',
  '——副题',
  '(一)小标题',
  '- 列表项',
  '控制\x01字符\x1b[31m红\u009b\ufffe\u202e倒序',
  '\\@@ 印在版面上的两个@',
  '家庭👨\u200d👩\u200d👧合影',
  '𠀀𪚥𫝀人名用字',
];

/** Every character that must survive, counted. */
function census(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // What normalisation removes on purpose (invisible and control characters) need not survive; nor
    // the one backslash that escapes a printed `@@` line.
    for (const char of cleanInvisible(text.replace(/^(\s*)\\(?=\\*@@)/gm, '$1'))
      .normalize('NFKC')
      .replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/g, ''))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

const outputTexts = printedPieces;

/** Characters of the page missing from the output: empty when nothing was lost. */
function lostCharacters(bytes: Uint8Array, issue: Issue): string {
  const block = readFrontMatter(decode(bytes, SOURCE).text, SOURCE);
  const dropped = new Set(
    issue.diagnostics.filter((d) => d.ruleId === 'duplicate-line').map((d) => (d.line ?? 0) - block.bodyLineOffset),
  );
  const pageLines = block.body
    .split('\n')
    .filter((line, index) => !dropped.has(index + 1) && !EDITOR_MARKER.test(normaliseLine(line)));
  const kept = census(outputTexts(issue));
  let lost = '';
  for (const [char, count] of census(pageLines)) if ((kept.get(char) ?? 0) < count) lost += char;
  return lost;
}

/**
 * Reads the bytes; refusing the input (an ArchiveError by an input rule) is an acceptable answer. A
 * splitter failure such as lost-text, or anything else thrown, fails the property.
 */
function readOrRefuse(bytes: Uint8Array): Issue | null {
  try {
    return readIssueFile({ source: SOURCE, bytes });
  } catch (error) {
    expectInputRefusal(error);
    return null;
  }
}

const pageLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_LINES) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom(...'平城区本报讯记者，。：（）“”、—-*#<>{}[] \u3000\t0123456789abc'),
      maxLength: 40,
    }),
  },
);

const page = fc.record({
  lines: fc.array(pageLine, { maxLength: 50 }),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'gbk'),
});

function encodePage({ lines, newline, encoding }: { lines: string[]; newline: string; encoding: string }): Uint8Array {
  const text = (FRONT_MATTER + lines.join('\n')).replace(/\n/g, newline);
  if (encoding === 'utf-16le') return encodeUtf16(text, 'le');
  if (encoding === 'utf-8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
  if (encoding === 'gbk') {
    try {
      return encodeLegacy(text, 'gbk');
    } catch {
      return utf8(text); // a character GBK lacks (e.g. U+200D): keep the page in UTF-8
    }
  }
  return utf8(text);
}

describe('the no-text-lost check itself', () => {
  it('notices a story the splitter would have dropped', () => {
    const bytes = utf8(`${FRONT_MATTER}平城区举办科普活动\n\n本报讯（记者 张三）活动现场热闹。\n`);
    const issue = readIssueFile({ source: SOURCE, bytes });
    expect(lostCharacters(bytes, issue)).toBe('');
    const withoutBody = { ...issue, articles: issue.articles.map((article) => ({ ...article, blocks: [] })) };
    expect(lostCharacters(bytes, withoutBody)).toBe('活动现场热闹。');
  });
});

describe('readIssueFile on any input', () => {
  it('never throws anything but an input refusal on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        readOrRefuse(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but an input refusal on a page truncated at any byte', () => {
    fc.assert(
      fc.property(page, fc.nat(), (input, cut) => {
        const bytes = encodePage(input);
        readOrRefuse(bytes.subarray(0, cut % (bytes.length + 1)));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every non-space character of shuffled real lines and adversarial lines, or refuses the page', () => {
    fc.assert(
      fc.property(page, (input) => {
        const bytes = encodePage(input);
        const issue = readOrRefuse(bytes);
        if (issue) expect(lostCharacters(bytes, issue)).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
