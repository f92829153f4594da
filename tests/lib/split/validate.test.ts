/**
 * validate.ts: nothing lost. Every line of the page ends up in exactly one place and the output keeps the
 * page's characters; otherwise an ArchiveError names the file and the line, so an editor can work around
 * the splitter with markup.
 */
import { describe, expect, it } from 'vitest';
import { thrown } from '../../helpers/thrown.ts';
import type { Article, Block } from '../../../src/lib/schema.ts';
import { toLines, type Line } from '../../../src/lib/split/lines.ts';
import { validateNothingLost } from '../../../src/lib/split/validate.ts';

const FILE = 'content/issues/2021-04-09.txt';
/** Front matter above the page text: line numbers in errors are those of the file. */
const OFFSET = 8;

const PAGE = [
  '出实招 动真格',
  '城乡环境面貌换新颜',
  '本报记者 杨亚都',
  '通过整治，完善了城市生活垃圾收运处置、道路清扫保洁体系。',
  '责任编辑 王五',
].join('\n\n');
const lines = toLines(PAGE, FILE, OFFSET);
const [overline, headline, byline, body, footer] = lines as [Line, Line, Line, Line, Line];

function article(fields: Partial<Article>): Article {
  return {
    id: 'a1',
    order: 1,
    rubric: null,
    overline: null,
    headline: '',
    headlineDerived: false,
    subtitle: null,
    byline: null,
    reporters: [],
    people: [],
    section: '城建生态',
    kind: '通讯',
    date: null,
    figures: [],
    blocks: [],
    lines: [],
    decisions: [],
    ...fields,
  };
}

const paragraph = (line: Line, text = line.text): Block => ({ type: 'paragraph', text, lines: [line.no] });

/** The article the splitter should make of PAGE, with its body replaced by `blocks`. */
const whole = (
  blocks: Block[] = [paragraph(body)],
  lineNos = [overline, headline, byline, body].map((line) => line.no),
) => article({ overline: overline.text, headline: headline.text, byline: byline.text, blocks, lines: lineNos });

describe('validateNothingLost', () => {
  it('accepts a split that places every line once and keeps every character', () => {
    expect(() => validateNothingLost(FILE, lines, [whole()], [footer], [])).not.toThrow();
  });

  it('throws an ArchiveError naming the file and the line the splitter lost', () => {
    const diagnostic = thrown(() => validateNothingLost(FILE, lines, [whole()], [], []));
    expect(diagnostic).toMatchObject({ ruleId: 'lost-line', file: FILE, line: footer.no, severity: 'error' });
    expect(diagnostic.message).toContain('责任编辑');
    expect(diagnostic.hint).toContain('@@');
  });

  it('throws when a line is placed in two articles', () => {
    const second = article({ id: 'a2', order: 2, headline: '另一篇', blocks: [paragraph(body)], lines: [body.no] });
    expect(thrown(() => validateNothingLost(FILE, lines, [whole(), second], [footer], []))).toMatchObject({
      ruleId: 'line-twice',
      file: FILE,
      line: body.no,
    });
  });

  it('accepts a word-for-word repeat dropped as a duplicate', () => {
    const repeated = toLines(`${PAGE}\n\n城乡环境面貌换新颜`, FILE, OFFSET);
    expect(() => validateNothingLost(FILE, repeated, [whole()], [footer], [repeated[5]!])).not.toThrow();
  });

  it('throws an ArchiveError naming the file when a block lost characters of its lines', () => {
    const cut = whole([paragraph(body, '通过整治，完善了城市生活垃圾收运处置。')]);
    const diagnostic = thrown(() => validateNothingLost(FILE, lines, [cut], [footer], []));
    expect(diagnostic).toMatchObject({ ruleId: 'lost-text', file: FILE });
    expect(diagnostic.message).toContain('changed or lost the text of this line');
  });

  it('throws when a headline was dropped from the article', () => {
    expect(
      thrown(() => validateNothingLost(FILE, lines, [{ ...whole(), overline: null }], [footer], [])),
    ).toMatchObject({ ruleId: 'lost-text' });
  });

  it('does not count a derived headline, which repeats words of the story, as kept text', () => {
    const page = toLines(`${body.text}\n\n责任编辑 王五`, FILE, OFFSET);
    // The block lost 保洁体系, as many characters as the derived headline 通过整治 has.
    const cut = article({
      headline: '通过整治',
      headlineDerived: true,
      blocks: [paragraph(page[0]!, body.text.replace('保洁体系', ''))],
      lines: [page[0]!.no],
    });
    expect(thrown(() => validateNothingLost(FILE, page, [cut], [page[1]!], []))).toMatchObject({ ruleId: 'lost-text' });
  });

  it('names the line whose characters were lost', () => {
    const cut = whole([paragraph(body, '通过整治，完善了城市生活垃圾收运处置。')]);
    expect(thrown(() => validateNothingLost(FILE, lines, [cut], [footer], []))).toMatchObject({
      ruleId: 'lost-text',
      line: body.no,
    });
  });

  it('throws when characters are lost even if as many others were repeated', () => {
    const swapped = whole([paragraph(body, '城'.repeat(body.text.length))]);
    expect(thrown(() => validateNothingLost(FILE, lines, [swapped], [footer], []))).toMatchObject({
      ruleId: 'lost-text',
      line: body.no,
    });
  });
});
