/**
 * Whole pages of invented text for what stands between and around stories: page furniture, boxes inside
 * a story (编者按, 相关链接, 数据 …), brief columns (简讯, 城事速览 …), photo news and notices. Each test
 * says what must happen and what must not, and that no line is lost.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/schema.ts';
import { splitPage } from '../../../src/lib/split/index.ts';
import { page, unitsOf } from './helpers.ts';

const split = (text: string) => splitPage(text, { file: 'test.txt', issueId: 'test', date: null, lineOffset: 0 });

/** The story holding the line that starts with `start`, by its headline. */
function storyOf(articles: readonly Article[], text: string, start: string): string | undefined {
  const lines = text.split('\n');
  const no = lines.findIndex((line) => line.startsWith(start)) + 1;
  if (no === 0) throw new Error(`no line starts with ${start}`);
  return articles.find((article) => article.lines.includes(no))?.headline;
}

const STORY = [
  '青石县老街改造完工',
  '本报记者 柳成荫',
  '历时八个月，青石县老街改造工程日前完工。沿街一百二十多户商铺重新开张，青砖灰瓦的门面保留了原来的样子。',
  '县住建局负责人介绍，改造中坚持修旧如旧，拆除违建三千多平方米，新铺石板路一千二百米。',
];
const NEXT = [
  '河口镇举办首届稻田音乐节',
  '本报讯（记者 韩小溪）5月3日，河口镇首届稻田音乐节开幕，三千多名游客走进田间。',
];

describe('boxes inside a story', () => {
  for (const label of ['相关链接', '背景', '数据', '声音', '专家说', '编后', '记者手记', '延伸阅读', '小贴士：']) {
    it(`keeps a ${label} box with its story, and its label is no headline or byline`, () => {
      const text = page(...STORY, label, '青石老街始建于明代，全长一千五百米，是县城现存最完整的历史街区。', ...NEXT);
      const { articles } = split(text);
      expect(articles.map((article) => article.headline)).toEqual(['青石县老街改造完工', '河口镇举办首届稻田音乐节']);
      expect(articles[0]!.byline).toBe('本报记者 柳成荫');
      expect(storyOf(articles, text, '青石老街始建于明代')).toBe('青石县老街改造完工');
    });
  }

  it('keeps a 数据 box’s figures, a line each, in the box and out of the next story’s title', () => {
    const text = page(...STORY, '数据', '拆除违建 3000平方米', '新铺石板路 1200米', ...NEXT);
    const { articles } = split(text);
    expect(articles.map((article) => [article.rubric, article.overline, article.headline])).toEqual([
      [null, null, '青石县老街改造完工'],
      [null, null, '河口镇举办首届稻田音乐节'],
    ]);
    expect(storyOf(articles, text, '新铺石板路')).toBe('青石县老街改造完工');
  });

  it('still reads a box label alone over a headline and its byline as that story’s rubric', () => {
    const text = page(
      ...STORY,
      '记者手记',
      '一条老街的新生',
      '本报记者 韩小溪',
      '走在新铺的石板路上，记者遇到了在老街住了六十年的李奶奶，她说房子还是老房子，可住着舒服多了。',
    );
    expect(split(text).articles.map((article) => [article.rubric, article.headline])).toEqual([
      [null, '青石县老街改造完工'],
      ['记者手记', '一条老街的新生'],
    ]);
  });

  it('reads a short line after a box label over running text as the box’s intertitle, not a new story', () => {
    const units = unitsOf(
      page(...STORY, '相关链接', '老街的由来', '青石老街始建于明代，全长一千五百米，是县城现存最完整的历史街区。'),
    );
    expect(units.map((unit) => unit.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'paragraph',
      'sidebar',
      'intertitle',
      'paragraph',
    ]);
  });
});
