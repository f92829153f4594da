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

  for (const label of ['【相关链接】', '〔小贴士〕', '■记者手记■', '短评']) {
    it(`reads ${label} as a box label inside the story, not an intertitle or a name`, () => {
      const units = unitsOf(page(...STORY, label, '游客凭身份证即可免费进入老街博物馆参观，每天限流两千人。'));
      expect(units.map((unit) => unit.kind)).toEqual([
        'title',
        'byline',
        'paragraph',
        'paragraph',
        'sidebar',
        'paragraph',
      ]);
    });
  }

  it('reads a column label (短评) over its own headline and text as a piece of its own, the label its rubric', () => {
    const text = page(
      ...STORY,
      '短评',
      '老街要留住烟火气',
      '修旧如旧，留住的是一座县城的记忆，也是街坊们过日子的烟火气，这件事急不得。',
    );
    expect(split(text).articles.map((article) => [article.rubric, article.headline])).toEqual([
      [null, '青石县老街改造完工'],
      ['短评', '老街要留住烟火气'],
    ]);
  });

  it('keeps a box (相关链接) with its own heading in the story: the heading is the box’s', () => {
    const text = page(
      ...STORY,
      '相关链接',
      '老街的由来',
      '青石老街始建于明代，全长一千五百米，是县城现存最完整的历史街区。',
    );
    expect(split(text).articles.map((article) => article.headline)).toEqual(['青石县老街改造完工']);
  });

  it('keeps the voices of a 声音 box, each signed under its quotation, in the story and unjoined', () => {
    const text = page(
      ...STORY,
      '声音',
      '“改造以后客人多了，生意好做了。”',
      '——老街商户 张小满',
      '“路平了，灯亮了，晚上散步也放心。”',
      '——老街居民 李秀英',
      ...NEXT,
    );
    const { articles } = split(text);
    expect(articles.map((article) => [article.overline, article.headline])).toEqual([
      [null, '青石县老街改造完工'],
      [null, '河口镇举办首届稻田音乐节'],
    ]);
    expect(articles[0]!.blocks.map((block) => block.text).slice(-4)).toEqual([
      '“改造以后客人多了，生意好做了。”',
      '——老街商户 张小满',
      '“路平了，灯亮了，晚上散步也放心。”',
      '——老街居民 李秀英',
    ]);
  });

  it('still reads a dashed line under a quoted headline as its subtitle', () => {
    const text = page('“口袋公园”连着幸福生活', '——青石县城市更新见闻', '本报记者 韩小溪', STORY[2]!);
    expect(split(text).articles[0]!.subtitle).toBe('——青石县城市更新见闻');
  });

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

describe('an editor’s note (编者按)', () => {
  const NOTE = '编者按：从本期起，本版推出“老街新颜”系列报道，记录青石县老街改造中的人和事。';
  const SERIES = [
    '老街里的修表铺',
    '本报记者 韩小溪',
    '修表铺开在老街东头，已经三十年了。店主老周每天早上七点开门，一直忙到天黑。',
  ];

  it('goes with the story whose title it is printed over, not the story above', () => {
    const text = page(...STORY, NOTE, ...SERIES);
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).toEqual(['青石县老街改造完工', '老街里的修表铺']);
    expect(storyOf(articles, text, '编者按')).toBe('老街里的修表铺');
    expect(articles[1]!.blocks[0]!.text).toContain('从本期起');
  });

  it('goes with the story below with its label on a line of its own, at the top of the page', () => {
    const text = page('编者按', NOTE.slice(4), ...SERIES, ...NEXT);
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).toEqual(['老街里的修表铺', '河口镇举办首届稻田音乐节']);
    expect(storyOf(articles, text, '从本期起')).toBe('老街里的修表铺');
  });

  it('stays in its story when printed under the story’s byline', () => {
    const text = page(STORY[0]!, STORY[1]!, NOTE, STORY[2]!, ...NEXT);
    expect(storyOf(split(text).articles, text, '编者按')).toBe('青石县老街改造完工');
  });
});

describe('brief columns', () => {
  const headlines = (text: string) => split(text).articles.map((article) => article.headline);

  it('makes each ■-led brief a story of its own, its bold run-in head its headline, the rubric on the first', () => {
    const text = page(
      ...STORY,
      '城事速览',
      '■县城新增公交线路两条 5月6日起，青石县开通11路、12路公交，连接城东新区和火车站。',
      '■河滨公园荷花节开幕 5月6日，河滨公园第五届荷花节开幕，将持续到八月底。',
      '■青石县发放消费券 县商务局5月6日发放第二批消费券，总额五百万元。',
    );
    const { articles } = split(text);
    expect(articles.map((article) => [article.rubric, article.headline, article.headlineDerived])).toEqual([
      [null, '青石县老街改造完工', false],
      ['城事速览', '县城新增公交线路两条', true],
      [null, '河滨公园荷花节开幕', true],
      [null, '青石县发放消费券', true],
    ]);
  });

  it('reads a brief column’s rubric in a photograph’s wide gap as the rubric, not a caption', () => {
    const text = `${page(...STORY)}\n\n\n\n${page(
      '短讯',
      '■城东街道开展消防演练 5月5日，城东街道组织辖区商户开展消防演练，三百余人参加。',
      '■县图书馆举办读书会 5月6日，县图书馆举办“书香青石”读书会，六十余名读者参加。',
    )}`;
    const { articles } = split(text);
    expect(articles.map((article) => [article.rubric, article.headline])).toEqual([
      [null, '青石县老街改造完工'],
      ['短讯', '城东街道开展消防演练'],
      [null, '县图书馆举办读书会'],
    ]);
    expect(articles.flatMap((article) => article.figures)).toEqual([]);
  });

  it('reads ▲-led briefs with their run-in heads under a 快讯 rubric as briefs, not captions', () => {
    const text = page(
      ...STORY,
      '快讯',
      '▲城东街道开展消防演练 5月5日，城东街道组织辖区商户开展消防演练，三百余人参加。',
      '▲县图书馆举办读书会 5月6日，县图书馆举办“书香青石”读书会，六十余名读者参加。',
    );
    const { articles } = split(text);
    expect(articles.map((article) => [article.headline, article.figures.length])).toEqual([
      ['青石县老街改造完工', 0],
      ['城东街道开展消防演练', 0],
      ['县图书馆举办读书会', 0],
    ]);
  });

  it('keeps a ▲ caption without a run-in head a caption, in a brief column too', () => {
    const text = page(
      '快讯',
      '河口镇完成春播',
      '本报讯 截至5月4日，河口镇完成春播面积两万亩。',
      '▲农民在田间播种。',
      '韩小溪 摄',
    );
    expect(split(text).articles[0]!.figures.map((figure) => figure.caption)).toEqual(['▲农民在田间播种。']);
  });

  it('reads a rubric printed over each brief as that brief’s', () => {
    const text = page(
      '社区简讯',
      '河滨社区举办邻里节',
      '本报讯 5月5日，河滨社区举办第三届邻里节。',
      '社区简讯',
      '北关社区更换路灯',
      '本报讯 北关社区近日更换老旧路灯六十盏，夜间出行更加安全。',
    );
    expect(split(text).articles.map((article) => [article.rubric, article.headline])).toEqual([
      ['社区简讯', '河滨社区举办邻里节'],
      ['社区简讯', '北关社区更换路灯'],
    ]);
  });

  it('makes each ●-led line of 一句话新闻 a story, and the rubric is nobody’s byline', () => {
    const text = page(
      ...STORY,
      '一句话新闻',
      '●县人社局举办春季招聘会，八十家企业提供岗位两千余个。',
      '●城西街道开展垃圾分类入户宣传，发放宣传册三千份。',
    );
    const { articles } = split(text);
    expect(articles).toHaveLength(3);
    expect(articles[0]!.byline).toBe('本报记者 柳成荫');
    expect(articles[1]!.rubric).toBe('一句话新闻');
    expect(storyOf(articles, text, '●城西街道')).not.toBe(storyOf(articles, text, '●县人社局'));
  });

  it('makes each headline of a 简讯 column a brief of its own, with or without a 本报讯 lead', () => {
    const text = page(
      '简讯',
      '河滨社区举办邻里节',
      '5月5日，河滨社区举办第三届邻里节，居民们带来拿手菜，一起包饺子、拉家常。',
      '城东社区开设四点半课堂',
      '放学后无人照看的孩子有了去处。城东社区联合县团委开设四点半课堂，志愿者每天辅导作业。',
      '河口镇完成春播',
      '本报讯 截至5月4日，河口镇完成春播面积两万亩，比去年提前五天。',
    );
    expect(headlines(text)).toEqual(['河滨社区举办邻里节', '城东社区开设四点半课堂', '河口镇完成春播']);
    expect(split(text).articles[0]!.rubric).toBe('简讯');
  });

  it('ends the column at a story with a byline: its intertitles stay intertitles', () => {
    const text = page(
      '社区简讯',
      '河滨社区举办邻里节',
      '5月5日，河滨社区举办第三届邻里节，居民们带来拿手菜，一起包饺子、拉家常。',
      '县城供水管网改造启动',
      '本报记者 韩小溪',
      '5月6日，青石县城供水管网改造工程启动，将更换老旧管道四十公里。',
      '改造分三期进行',
      '第一期工程集中在城东片区，计划年底前完工，第二期明年开工。',
    );
    expect(headlines(text)).toEqual(['河滨社区举办邻里节', '县城供水管网改造启动']);
  });

  it('keeps ●-led points of a story that is not under a brief rubric in that story', () => {
    const text = page(
      '青石县五件民生实事进展顺利',
      '本报记者 柳成荫',
      '今年以来，青石县五件民生实事进展顺利，群众的获得感不断增强。',
      '●老旧小区改造 全县已开工改造老旧小区十二个，惠及居民三千户。',
      '●口袋公园建设 三座口袋公园已建成开放，另有两座正在施工。',
    );
    expect(headlines(text)).toEqual(['青石县五件民生实事进展顺利']);
  });
});

describe('photo news', () => {
  const gap = (...lines: string[]) => lines.join('\n\n');
  /** Stories as [headline, captions, credits, text blocks]. */
  const photos = (text: string) =>
    split(text).articles.map((article) => [
      article.headline,
      article.figures.map((figure) => figure.caption),
      article.figures.map((figure) => figure.credit),
      article.blocks.length,
    ]);

  it('keeps a photo story’s title in its photograph’s gap a headline, over a caption that says so and a credit', () => {
    const text = `${gap(...STORY)}\n\n\n\n${gap('银杏湖畔初夏美景', '▲初夏时节，银杏湖畔游人如织。', '本报记者 柳成荫 摄')}\n\n\n\n${gap(
      '麦田里的丰收',
      '图为5月5日，河口镇农民在田间收割小麦。',
      '韩小溪 摄',
    )}\n\n\n\n${gap(...NEXT)}`;
    expect(photos(text)).toEqual([
      ['青石县老街改造完工', [], [], 2],
      ['银杏湖畔初夏美景', ['▲初夏时节，银杏湖畔游人如织。'], ['本报记者 柳成荫 摄'], 0],
      ['麦田里的丰收', ['图为5月5日，河口镇农民在田间收割小麦。'], ['韩小溪 摄'], 0],
      ['河口镇举办首届稻田音乐节', [], [], 1],
    ]);
  });

  it('reads a photo story whose credit is run into its caption, the footer under it', () => {
    const text = `${gap(...NEXT)}\n\n\n\n${gap('银杏湖畔初夏美景', '▲初夏时节，银杏湖畔游人如织。 本报记者 柳成荫 摄')}\n\n\n\n责任编辑：周子墨`;
    const { articles, furniture } = split(text);
    expect(articles.map((article) => [article.headline, article.figures.length])).toEqual([
      ['河口镇举办首届稻田音乐节', 0],
      ['银杏湖畔初夏美景', 1],
    ]);
    expect(furniture).toEqual(['责任编辑：周子墨']);
  });

  it('reads a photo story of several photographs: title, short captions, its text and the credit', () => {
    const text = `${gap(...STORY)}\n\n\n\n${gap(
      '稻田音乐节开幕',
      '乐队在稻田舞台上演出',
      '游客在田埂上拍照',
      '5月3日，河口镇首届稻田音乐节开幕，三千多名游客走进田间，在稻浪间听歌、拍照。',
      '记者 韩小溪 摄',
    )}\n\n\n\n${gap(...NEXT)}`;
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).toEqual([
      '青石县老街改造完工',
      '稻田音乐节开幕',
      '河口镇举办首届稻田音乐节',
    ]);
    expect(articles[1]!.figures.map((figure) => figure.caption)).toEqual([
      '乐队在稻田舞台上演出',
      '游客在田埂上拍照',
      null,
    ]);
  });

  it('keeps a caption printed over two lines above its credit a caption, not a photo story’s title', () => {
    const text = `${gap(...STORY)}\n\n\n\n${gap('河口镇农民在田间', '收割小麦。', '韩小溪 摄')}\n\n\n\n${gap(...NEXT)}`;
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).not.toContain('河口镇农民在田间');
    expect(articles.flatMap((article) => article.figures.map((figure) => figure.caption))).toContain(
      '河口镇农民在田间',
    );
  });

  it('reads a photo story under a 图说 rubric, and a 图片新闻 rubric over a dated caption alone', () => {
    const text = `${gap(...STORY)}\n\n\n\n${gap('图说', '银杏湖畔初夏美景', '▲初夏时节，银杏湖畔游人如织。', '本报记者 柳成荫 摄')}\n\n\n\n${gap(
      '图片新闻',
      '5月5日，河口镇农民在田间收割小麦，今年全镇小麦预计亩产五百公斤。',
      '新华社发（王小明 摄）',
    )}\n\n\n\n${gap(...NEXT)}`;
    const { articles } = split(text);
    expect(articles.map((article) => [article.rubric, article.headline, article.figures.length])).toEqual([
      [null, '青石县老街改造完工', 0],
      ['图说', '银杏湖畔初夏美景', 1],
      ['图片新闻', '河口镇农民在田间收割小麦', 1],
      [null, '河口镇举办首届稻田音乐节', 0],
    ]);
    expect(articles[2]!.figures[0]!.credit).toBe('新华社发（王小明 摄）');
  });

  it('reads a photo story’s title over a dated one-sentence caption and its credit', () => {
    const text = `${gap(...STORY)}\n\n\n\n${gap('孩子们的科学课', '5月6日，城东小学的学生在科技馆体验机器人编程。', '青石县融媒体中心供图')}\n\n\n\n${gap(...NEXT)}`;
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).toEqual([
      '青石县老街改造完工',
      '孩子们的科学课',
      '河口镇举办首届稻田音乐节',
    ]);
    expect(articles[1]!.figures[0]!.caption).toBe('5月6日，城东小学的学生在科技馆体验机器人编程。');
  });

  it('reads the one dated paragraph between a photo story’s title and its credit as the caption', () => {
    const caption = '5月6日，青石县风筝节在河滩举行，上百只风筝飞上天空，引得众多市民驻足观看。';
    const text = `${gap(...STORY)}\n\n\n${gap('河滩上的风筝节', caption, '记者 韩小溪 摄')}\n\n\n${gap(...NEXT)}`;
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).toEqual([
      '青石县老街改造完工',
      '河滩上的风筝节',
      '河口镇举办首届稻田音乐节',
    ]);
    expect(articles[1]!.figures.map((figure) => [figure.caption, figure.credit])).toEqual([
      [caption, '记者 韩小溪 摄'],
    ]);
    expect(articles[1]!.blocks).toEqual([]);
  });

  it('keeps an undated paragraph between a title and a credit the story’s text', () => {
    const body = '上百只风筝飞上天空，河滩上处处是欢声笑语，来自各地的风筝爱好者们都说，明年还要带着新风筝再来。';
    const text = `${gap(...STORY)}\n\n\n${gap('河滩上的风筝节', body, '记者 韩小溪 摄')}`;
    expect(split(text).articles[1]!.blocks.map((block) => block.text)).toEqual([body]);
  });

  it('reads photo stories printed one after another without gaps, each starting after the credit above', () => {
    const text = page(
      '图说青石',
      '银杏湖畔初夏美景',
      '▲初夏时节，银杏湖畔游人如织。',
      '本报记者 柳成荫 摄',
      '麦田里的丰收',
      '▲5月5日，河口镇农民在田间收割小麦。',
      '韩小溪 摄',
      ...NEXT,
    );
    expect(split(text).articles.map((article) => [article.rubric, article.headline, article.figures.length])).toEqual([
      ['图说青石', '银杏湖畔初夏美景', 1],
      [null, '麦田里的丰收', 1],
      [null, '河口镇举办首届稻田音乐节', 0],
    ]);
  });

  it('reads numbered captions ①② over their credit as captions of the story', () => {
    const text = gap(...NEXT, '①乐队在稻田舞台上演出。', '②游客在田埂上拍照。', '本报记者 韩小溪 摄');
    const [story] = split(text).articles;
    expect(story!.figures.map((figure) => figure.caption)).toEqual(['①乐队在稻田舞台上演出。', '②游客在田埂上拍照。']);
  });

  it('keeps ①② points of a story’s text, with no credit under them, in its text', () => {
    const text = gap(...NEXT, '①音乐节每天下午四点开园。', '②游客可在东门停车场停车。', ...STORY);
    expect(split(text).articles[0]!.figures).toEqual([]);
  });
});

describe('notices printed on a news page', () => {
  const NOTICES = [
    '遗失声明',
    '青石县河口镇李小满不慎遗失身份证一张，声明作废。',
    '招聘启事',
    '青石县融媒体中心因工作需要，面向社会招聘编辑记者五名。',
    '一、招聘条件：大学本科以上学历，热爱新闻工作。',
    '二、报名时间：5月8日至5月15日。',
    '青石县融媒体中心',
    '2023年5月6日',
    '停水公告',
    '因供水管网改造，5月9日8时至18时，城东片区停止供水，请用户提前储水。',
    '青石县供水公司',
    '2023年5月6日',
  ];

  it('makes each notice an item of its own under its title, its signature and date with it', () => {
    const text = page(...STORY, ...NOTICES, ...NEXT);
    const { articles } = split(text);
    expect(articles.map((article) => article.headline)).toEqual([
      '青石县老街改造完工',
      '遗失声明',
      '招聘启事',
      '停水公告',
      '河口镇举办首届稻田音乐节',
    ]);
    expect(storyOf(articles, text, '青石县供水公司')).toBe('停水公告');
    expect(articles[4]!.overline).toBeNull();
  });

  it('loses no line: the second notice’s date, the same as the first’s, is no repeat to drop', () => {
    const text = page(...STORY, ...NOTICES, ...NEXT);
    const { articles, diagnostics } = split(text);
    const kept = articles.flatMap((article) => article.lines).length;
    expect(kept).toBe(text.split('\n').filter((line) => line !== '').length);
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'duplicate-line')).toEqual([]);
  });

  it('reads a notice’s title set wide (公 告) as its title', () => {
    const text = page(
      ...STORY,
      '公 告',
      '因供水管网改造，5月9日城东片区停止供水，请用户提前储水。',
      '青石县供水公司',
      '2023年5月6日',
    );
    expect(split(text).articles.map((article) => article.headline)).toEqual(['青石县老街改造完工', '公 告']);
  });

  it('keeps a report’s intertitle ending in 招聘 an intertitle: a notice’s title says 招聘启事', () => {
    const text = page(
      ...STORY,
      '线上春季招聘',
      '县人社局举办线上春季招聘会，八十家企业提供岗位两千余个，求职者在家就能投简历。',
    );
    expect(split(text).articles.map((article) => article.headline)).toEqual(['青石县老街改造完工']);
  });

  it('keeps a story’s intertitle that names no notice an intertitle', () => {
    const text = page(
      ...STORY,
      '老街的新变化',
      '老街改造后，街边新开了几家老字号，游客越来越多，老街巷的人气越来越旺。',
    );
    expect(split(text).articles.map((article) => article.headline)).toEqual(['青石县老街改造完工']);
  });
});

describe('captions of photographs printed side by side', () => {
  const text = (second: string) =>
    `${page(...STORY)}\n\n\n\n${page('风筝爱好者在河滩放飞巨龙风筝。', second)}\n\n\n${page(...NEXT)}`;

  it('reads the short line close under a caption in a photograph’s gap, with a gap after it, as a caption', () => {
    const { articles } = split(text('孩子们在河滩上追逐奔跑。'));
    expect(articles.flatMap((article) => article.figures.map((figure) => figure.caption))).toEqual([
      '风筝爱好者在河滩放飞巨龙风筝。',
      '孩子们在河滩上追逐奔跑。',
    ]);
  });

  it('keeps a headline over a byline under a caption a headline', () => {
    const page2 = `${page(...STORY)}\n\n\n\n${page('风筝爱好者在河滩放飞巨龙风筝。', '青石县风筝节开幕')}\n\n\n${page(
      '本报记者 韩小溪',
      NEXT[1]!,
    )}`;
    expect(split(page2).articles.map((article) => article.headline)).toContain('青石县风筝节开幕');
  });
});

describe('wire copy printed without a headline', () => {
  const report = page(
    '湖畔新桥今日通车',
    '本报记者 周海岚',
    '昨日上午，横跨云湖的湖畔新桥正式通车，市民从东岸到西岸只需五分钟。',
  );

  it('opens a story at each wire lead after a story’s text: 新华社…电, 据新华社电, 据新华社…电（记者 …）', () => {
    const text = page(
      report,
      '新华社北京3月5日电 记者从有关部门获悉，今年全国将新建和改造城市桥梁一千余座。',
      '据了解，相关项目将优先安排在人口密集的城区。',
      '据新华社电 近日，多地启动春季植树活动，各地志愿者纷纷走进山林，为城市添绿。',
      '据新华社沈阳3月5日电（记者 李明）记者从有关部门获悉，云湖流域治理工程日前开工。',
    );
    const { articles } = split(text);
    expect(articles.map((article) => article.headlineDerived)).toEqual([false, true, true, true]);
    expect(articles.map((article) => article.blocks.length)).toEqual([1, 2, 1, 1]);
    expect(articles[3]!.reporters).toEqual(['李明']);
  });

  it('keeps a paragraph retold from the agency in its story: 据新华社报道，…', () => {
    const text = page(report, '据新华社报道，今年全国将新建和改造城市桥梁一千余座，云湖新桥是其中之一。');
    expect(split(text).articles.map((article) => article.blocks.length)).toEqual([2]);
  });
});
