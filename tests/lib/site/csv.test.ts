import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/site/archive.ts';
import { articlesCsv, CSV_COLUMNS, csvField, lineRanges } from '../../../src/lib/site/csv.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(field), (field = ''));
    else if (char === '\r' && text[i + 1] === '\n')
      (row.push(field), rows.push(row), (row = []), (field = ''), (i += 1));
    else field += char;
  }
  return rows;
}

describe('lineRanges', () => {
  it('writes runs of consecutive lines as ranges', () => {
    expect(lineRanges([3, 4, 5, 9])).toBe('3-5,9');
    expect(lineRanges([9, 3, 4, 4])).toBe('3-4,9');
    expect(lineRanges([])).toBe('');
  });
});

describe('articlesCsv', () => {
  it('starts with a byte-order mark so spreadsheets read the Chinese as UTF-8', () => {
    expect(articlesCsv([]).startsWith('\uFEFF')).toBe(true);
  });

  it('quotes every field and keeps commas, quotes and newlines inside one cell', () => {
    const article = makeArticle({
      headline: '“双百工程”, 他说"好"',
      blocks: [
        { type: 'paragraph', text: '第一段，', lines: [1] },
        { type: 'paragraph', text: '第二段', lines: [2] },
      ],
    });
    const archive = buildArchive([makeIssue({ articles: [article] })]);
    const rows = parseCsv(articlesCsv(archive.entries).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const record = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, rows[1]?.[index]]));
    expect(record['headline']).toBe('“双百工程”, 他说"好"');
    expect(record['text']).toBe('第一段，\n第二段');
    expect(record['reporters']).toBe('孙鑫');
    expect(record['source']).toBe('content/issues/2021-04-09.txt');
    expect(rows).toHaveLength(2);
  });

  it('neutralises cells a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const formula of ['=HYPERLINK("http://x","点击")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1'])
      expect(csvField(formula)).toBe(`"'${formula.replaceAll('"', '""')}"`);
    const article = makeArticle({ headline: "=cmd|' /C calc'!A0", byline: '@记者' });
    const rows = parseCsv(articlesCsv(buildArchive([makeIssue({ articles: [article] })]).entries).slice(1));
    const record = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, rows[1]?.[index]]));
    expect(record['headline']).toBe("'=cmd|' /C calc'!A0");
    expect(record['byline']).toBe("'@记者");
  });

  it('leaves ordinary text, numbers and a text that merely contains = as they are', () => {
    expect(csvField('平城区 a=b')).toBe('"平城区 a=b"');
    expect(csvField(-5)).toBe('"-5"');
    expect(csvField('“双百工程”')).toBe('"“双百工程”"');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('""');
    expect(csvField(5)).toBe('"5"');
  });
});
