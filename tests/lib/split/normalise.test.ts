/**
 * normalise.ts: a line cleaned for display without changing a word. Chinese sentences get full-width
 * punctuation (GB/T 15834), numbers and addresses keep their ASCII marks, invisible characters go.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInvisible, controlCharacterWarnings, normaliseLine } from '../../../src/lib/split/normalise.ts';

describe('full-width punctuation in Chinese text', () => {
  it('widens the half-width commas and brackets of a real 本报讯 lead', () => {
    expect(normaliseLine('本报讯(记者 邸东芳)连日来,平城区上下深入学习贯彻省市区委会议精神,对照实际工作')).toBe(
      '本报讯（记者 邸东芳）连日来，平城区上下深入学习贯彻省市区委会议精神，对照实际工作',
    );
  });

  it('widens the colon of a list item: 做到九个“聚焦”:', () =>
    expect(normaliseLine('- 2.做到九个“聚焦”:')).toBe('- 2.做到九个“聚焦”：'));

  it('widens brackets around Chinese words: 公益活动(大同站)落幕', () => {
    expect(normaliseLine('全国航天科普校园行公益活动(大同站)落幕')).toBe('全国航天科普校园行公益活动（大同站）落幕');
  });

  it('widens the semicolon, question and exclamation marks', () => {
    expect(normaliseLine('是自我陶醉?还是敢为人先!要实施城市更新行动;')).toBe(
      '是自我陶醉？还是敢为人先！要实施城市更新行动；',
    );
  });

  it('leaves a line with no Chinese in it alone', () =>
    expect(normaliseLine('Hello, world: (test)!')).toBe('Hello, world: (test)!'));
});

describe('numbers keep their ASCII marks', () => {
  it('keeps the ratio 0.26:18.55 and widens the comma after it', () => {
    expect(normaliseLine('两队比分为0.26:18.55,观众热情高涨')).toBe('两队比分为0.26:18.55，观众热情高涨');
  });

  it('keeps the thousands separator of 1,000', () => expect(normaliseLine('投资1,000万元')).toBe('投资1,000万元'));

  it('keeps a time of day: 每周一早晨8:30', () =>
    expect(normaliseLine('每周一早晨8:30开播')).toBe('每周一早晨8:30开播'));

  it('keeps the colon of a web address while widening the one before it', () => {
    expect(normaliseLine('网址:http://www.dt.gov.cn')).toBe('网址：http://www.dt.gov.cn');
  });

  it('keeps decimals and percentages: 同比增长4.4%,总量', () =>
    expect(normaliseLine('同比增长4.4%,总量')).toBe('同比增长4.4%，总量'));
});

describe('spaces and invisible characters', () => {
  it('turns U+3000 indentation into nothing at the start of a line', () =>
    expect(normaliseLine('\u3000\u3000本报讯（记者 张鑫）')).toBe('本报讯（记者 张鑫）'));

  it('turns U+3000 between words into one plain space', () =>
    expect(normaliseLine('本报记者\u3000孙鑫')).toBe('本报记者 孙鑫'));

  it('collapses runs of spaces to one', () =>
    expect(normaliseLine('本报记者  张力卿   见习记者 杨裕刘')).toBe('本报记者 张力卿 见习记者 杨裕刘'));

  it('removes zero-width characters inside a word', () => expect(normaliseLine('平\u200b城\u200d区')).toBe('平城区'));

  it('removes a byte-order mark at the start of the page', () =>
    expect(normaliseLine('\ufeff扬帆踏浪逐梦行')).toBe('扬帆踏浪逐梦行'));

  it('removes soft hyphens and word joiners', () => expect(normaliseLine('平\u00ad城\u2060区')).toBe('平城区'));

  it('cleanInvisible makes no-break and wide spaces plain and changes nothing else', () => {
    expect(cleanInvisible('资料\u00a0图片\u3000 (1,000)')).toBe('资料 图片  (1,000)');
  });

  it('trims a line to nothing when it holds only invisible characters', () =>
    expect(normaliseLine('\u3000\u200b\ufeff \t')).toBe(''));
});

/** Text made of the characters extraction mixes: Han, ASCII and full-width punctuation, digits, spaces, invisibles. */
const ALPHABET = [...'平城区记者摄图为。，“”（）()：:,;!?.-/ 1230aZ', '\u3000', '\u200b', '\ufeff', '\u00a0', '\t'];
const extractedLine = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(''));
/** The same without half-width brackets, the hardest case, checked on its own below. */
const lineWithoutBrackets = extractedLine.filter((line) => !/[()]/.test(line));

describe('normalising is idempotent', () => {
  it('gives the same line when run twice (no half-width brackets)', () => {
    fc.assert(
      fc.property(lineWithoutBrackets, (line) => normaliseLine(normaliseLine(line)) === normaliseLine(line)),
      { numRuns: 5000 },
    );
  });

  it('gives the same line when run twice on real bracketed lines', () => {
    for (const line of [
      '本报讯(记者 邸东芳)连日来,平城区上下',
      '举办2023年村(社区)“领头雁”培训班',
      '古城东南邑历史文化街区、西北隅(户部角)文旅综合体',
    ]) {
      expect(normaliseLine(normaliseLine(line))).toBe(normaliseLine(line));
    }
  });

  it('gives the same line when run twice on nested brackets', () => {
    const once = normaliseLine('西北隅(户部角(文旅综合体)一期)');
    expect(normaliseLine(once)).toBe(once);
  });

  it('gives the same line when run twice on a bracket after half-width punctuation', () => {
    const once = normaliseLine('空气质量优良,(AQI)');
    expect(normaliseLine(once)).toBe(once);
  });

  it('gives the same line when run twice, brackets included', () => {
    fc.assert(
      fc.property(extractedLine, (line) => normaliseLine(normaliseLine(line)) === normaliseLine(line)),
      { numRuns: 5000 },
    );
  });

  it('never changes a Han character, a digit or a Latin letter', () => {
    const words = (text: string) => text.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
    fc.assert(fc.property(extractedLine, (line) => words(normaliseLine(line)) === words(line)));
  });

  it('never leaves a line starting or ending with a space', () => {
    fc.assert(fc.property(extractedLine, (line) => normaliseLine(line) === normaliseLine(line).trim()));
  });
});

describe('control characters', () => {
  it('removes C0 and C1 controls, escapes, bidirectional overrides and noncharacters from a line', () => {
    expect(normaliseLine('平城区\x01召开\x1b[31m会议\u0085\u202e倒序\ufffe\uffff')).toBe('平城区召开[31m会议倒序');
  });

  it('keeps tab, form feed and vertical tab as spaces, and line ends in a text', () => {
    expect(cleanInvisible('甲\t乙\f丙\v丁\n戊')).toBe('甲 乙 丙 丁\n戊');
  });

  it('warns once per line that had any, naming the file line and the characters', () => {
    expect(controlCharacterWarnings('第一行\n第二\x01行\x1b\x01\n第三行\ufffe', 'a.txt', 5)).toEqual([
      {
        ruleId: 'control-character',
        severity: 'warning',
        file: 'a.txt',
        line: 7,
        message:
          'removed 3 control characters (U+0001, U+001B) from this line: they are not text, and no reader sees them',
        hint: 'Nothing to do if the line reads as printed; if words are missing around them, export the page again.',
      },
      {
        ruleId: 'control-character',
        severity: 'warning',
        file: 'a.txt',
        line: 8,
        message: 'removed a control character (U+FFFE) from this line: they are not text, and no reader sees them',
        hint: 'Nothing to do if the line reads as printed; if words are missing around them, export the page again.',
      },
    ]);
    expect(controlCharacterWarnings('干净的一行\n另一行', 'a.txt')).toEqual([]);
  });
});

describe('zero-width joiner', () => {
  it('keeps a ZWJ inside an emoji sequence (family, skin tone), removes it between words', () => {
    expect(normaliseLine('一家人👨\u200d👩\u200d👧出游')).toBe('一家人👨\u200d👩\u200d👧出游');
    expect(normaliseLine('点赞👍🏽\u200d🔥')).toBe('点赞👍🏽\u200d🔥');
    expect(normaliseLine('平\u200d城')).toBe('平城');
    expect(normaliseLine('👍\u200d城')).toBe('👍城');
  });
});
