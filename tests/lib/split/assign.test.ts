import { describe, expect, it } from 'vitest';
import { assign, type Draft } from '../../../src/lib/split/assign.ts';
import { excerpt, page, realPage, unitsOf } from './helpers.ts';

/** For each story, the first characters of each of its units in reading order. */
const storiesOf = (drafts: readonly Draft[]) =>
  drafts.map((draft) => draft.units.map((unit) => unit.lines[0]!.text.slice(0, 6)));

const storyHolding = (drafts: readonly Draft[], start: string) =>
  drafts.findIndex((draft) => draft.units.some((unit) => unit.lines.some((line) => line.text.startsWith(start))));

describe('interleaved stories', () => {
  it('gives paragraphs of two interleaved stories back to their own story (real page)', () => {
    const { drafts, moves } = assign(unitsOf(excerpt('2021-01-15', '文化搭桥 引领老年生活新风尚', '本报记者 张力卿')));
    expect(drafts).toHaveLength(2);
    for (const start of ['老人说', '为了最大限度', '据平城区老干部局']) expect(storyHolding(drafts, start)).toBe(0);
    for (const start of ['跟随相关组织', '据了解', '本报记者 张力卿']) expect(storyHolding(drafts, start)).toBe(1);
    expect(moves.length).toBeGreaterThan(0);
  });

  it('continues a cut paragraph in the story it belongs to, after two briefs came between (real page)', () => {
    const { drafts } = assign(unitsOf(excerpt('2022-01-28', '奋力谱写现代化大同', '五是人民生活更加幸福。')));
    expect(storyHolding(drafts, '建设完成')).toBe(storyHolding(drafts, '四是生态环境更加宜居'));
    expect(storyHolding(drafts, '五是人民生活更加幸福')).toBe(0);
  });

  it('moves a story’s opening paragraphs printed above its title down to it (real page)', () => {
    const { drafts } = assign(unitsOf(excerpt('2021-04-02', '燃气安全进社区', '命，1922年')));
    expect(storiesOf(drafts)).toEqual([
      ['燃气安全进社', '本报讯（记者', '是日一大早，', '活动期间，苹', '平城区清远街'],
      ['翻看我市画家', '王振翼，又名', '最早觉醒的大', '命，1922'],
    ]);
  });

  it('keeps a story’s paragraphs in place when nothing says otherwise', () => {
    const { drafts, moves } = assign(
      unitsOf(
        page(
          '第一条',
          '本报记者 张三',
          '大同市举办冰雪节活动。',
          '活动吸引了众多游客。',
          '第二条',
          '本报记者 李四',
          '平城区开展义诊。',
          '义诊惠及居民百余人。',
        ),
      ),
    );
    expect(drafts.map((draft) => draft.units.length)).toEqual([4, 4]);
    expect(moves).toEqual([]);
  });
});

describe('figures between stories', () => {
  it('gives a caption to the story it describes (real page)', () => {
    const { drafts } = assign(unitsOf(excerpt('2021-01-15', '周密部署 守住大同疫情防控', '全国航天科普校园行')));
    expect(storyHolding(drafts, '图为平城区环境治理监督大队')).toBe(0);
  });

  it('keeps a photograph that belongs to neither neighbour as a story of its own (real page)', () => {
    const { drafts } = assign(unitsOf(realPage('2021-04-09')));
    const photo = drafts.find((draft) => draft.opening === 'photo');
    expect(photo?.units.map((unit) => unit.roles.join('/'))).toEqual(['caption/credit']);
  });
});

describe('conventions of page make-up', () => {
  it('gives a lone credit to the story it closes, not a photograph of its own', () => {
    const { drafts } = assign(
      unitsOf(
        page(
          '老街巷换新颜',
          '本报记者 张三',
          '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
          '本版图片均为记者张三摄',
          '社区食堂开张了',
          '本报讯（记者 李四）城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。',
        ),
      ),
    );
    expect(drafts.map((draft) => draft.opening)).toEqual(['title', 'title']);
    expect(storyHolding(drafts, '本版图片')).toBe(0);
  });

  it('sends no text to a story after its jump line (下转第2版): what follows is another story’s', () => {
    const { drafts } = assign(
      unitsOf(
        page(
          '老街巷换新颜',
          '本报记者 张三',
          '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
          '社区食堂开张了',
          '本报记者 李四',
          '城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠，附近的老人纷纷前来尝鲜。',
          '老街改造后，街边新开了几家老字号，游客越来越多，老街巷的人气越来越旺，居民们说。',
          '（下转第2版）',
          '食堂的饭菜每周更新，老人们还可以提前一天预订，社区志愿者会把饭菜送到行动不便的老人家中。',
        ),
      ),
    );
    expect(storyHolding(drafts, '老街改造后')).toBe(0);
    expect(storyHolding(drafts, '食堂的饭菜')).toBe(1);
  });
});

describe('headings anchor the text under them', () => {
  it('keeps the paragraph under a story’s intertitle in that story, whatever words it shares with another', () => {
    const { drafts } = assign(
      unitsOf(
        page(
          '中秋月饼香满社区',
          '本报记者 张三',
          '城东社区举办中秋月饼制作活动，居民们围坐一起和面、包馅、压模，社区里飘满了月饼的香味。',
          '老街巷换新颜',
          '本报记者 李四',
          '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
          '商户送温暖',
          '中秋前夕，社区居民制作的月饼送到了独居老人家中，居民们和老人一起品尝月饼，社区里其乐融融。',
        ),
      ),
    );
    expect(storyHolding(drafts, '中秋前夕')).toBe(storyHolding(drafts, '商户送温暖'));
  });
});
