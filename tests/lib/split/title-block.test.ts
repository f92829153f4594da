import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/split/classify.ts';
import { toLines } from '../../../src/lib/split/lines.ts';
import { rules } from './helpers.ts';
import {
  beginsMarkedTitle,
  hasParallelSibling,
  isCaption,
  isTitleLike,
  markedTitleLength,
  parallelHeads,
  parallelSibling,
  runOpensStory,
  titleRoles,
} from '../../../src/lib/split/title-block.ts';

const classified = (...lines: string[]) => classify(toLines(lines.join('\n\n'), 'test.txt'), rules);
const roles = (...lines: string[]) => titleRoles(classified(...lines), false, rules).map(([role]) => role);

describe('titleRoles', () => {
  it('reads the lines of a title block bottom up: subtitle, headline, overline, rubrics', () => {
    expect(
      roles('在跨入第一方阵中彰显平城担当', '怎么看 怎么办', '平城区文旅局', '构建文旅产业融合发展大格局'),
    ).toEqual(['rubric', 'rubric', 'overline', 'headline']);
    expect(roles('奋力谱写现代化大同“首善之区”建设新篇章', '——平城区第二届人大第二次会议政府工作报告解读')).toEqual([
      'headline',
      'subtitle',
    ]);
  });

  it('takes a column name above the headline for a rubric, any other line for an overline', () => {
    expect(roles('平城新语', '站在新起点 再创新辉煌')).toEqual(['rubric', 'headline']);
    expect(roles('出实招 动真格', '城乡环境面貌换新颜')).toEqual(['overline', 'headline']);
  });

  it('takes a line printed as a column label above the headline for a rubric, in any block', () => {
    expect(roles('【民生观察】', '老菜市场里的新变化')).toEqual(['rubric', 'headline']);
    expect(roles('走近平城', '文明平城·身边好人', '修车老汉的二十年')).toEqual(['rubric', 'rubric', 'headline']);
    expect(roles('冬训场上的少年们', '踏雪逐梦向未来！')).toEqual(['overline', 'headline']);
  });

  it('takes a bare column name above the headline for a rubric under a page banner too', () => {
    expect(roles('走近平城', '短评', '节日市场要“热”更要“安”')).toEqual(['rubric', 'rubric', 'headline']);
    expect(roles('走近平城', '一线观察员眼中的新城变迁', '云溪新城这五年')).toEqual(['rubric', 'overline', 'headline']);
  });

  it('reads a subtitle under any of the dashes extractors leave (——, —, ――)', () => {
    for (const dash of ['——', '—', '――', '—— '])
      expect(roles('一条小河的重生', `${dash}云溪河治理回访`)).toEqual(['headline', 'subtitle']);
    expect(roles('冬奥，我们来了！', '——北岭滑雪场见闻')).toEqual(['headline', 'subtitle']);
  });

  it('reads the part of a series printed under the headline as the headline’s last line', () => {
    expect(roles('一条小河的重生', '（上）')).toEqual(['headline', 'headline']);
    expect(roles('河畔人家', '一条小河的重生', '（之二）')).toEqual(['overline', 'headline', 'headline']);
  });

  it('takes the page’s own banner above the headline for a rubric (走近平城, earlier 今日平城)', () => {
    expect(roles('走近平城', '云溪新城这五年', '——写在建区五周年之际')).toEqual(['rubric', 'headline', 'subtitle']);
    expect(roles('今日平城', '云溪新城这五年')).toEqual(['rubric', 'headline']);
    expect(roles('走近云溪', '云溪新城这五年')).toEqual(['overline', 'headline']);
  });

  it('lets the editor’s markup decide every line of the block', () => {
    const block = classify(toLines('@@ headline\n见证发展历史\n\n@@ subtitle\n感受技术变化', 'test.txt'), rules);
    expect(titleRoles(block, false, rules).map(([role]) => role)).toEqual(['headline', 'subtitle']);
  });
});

describe('titles an editor marked', () => {
  const lines = (text: string) => classify(toLines(text, 'test.txt'), rules);
  const begins = (text: string) => lines(text).map((_, j, all) => beginsMarkedTitle(all, j));

  it('begins a title at every marked part, and at @@ article, whatever the line above is', () => {
    for (const markup of ['@@ article', '@@ rubric', '@@ overline', '@@ headline'])
      expect(begins(`志愿服务常态化\n\n${markup}\n老旧小区改造提速`), markup).toEqual([false, true]);
    expect(begins('志愿服务常态化\n\n老旧小区改造提速')).toEqual([false, false]);
  });

  it('goes on from a part printed above it in the same title, not from one printed below', () => {
    expect(begins('@@ overline\n老旧小区改造提速\n\n@@ headline\n居民住上了新楼房')).toEqual([true, false]);
    expect(begins('@@ headline\n老旧小区改造提速\n\n@@ overline\n居民住上了新楼房')).toEqual([true, true]);
  });

  it('begins the title of a marked subtitle at the unmarked line above it, its headline', () => {
    expect(begins('志愿服务常态化\n\n老旧小区改造提速\n\n@@ subtitle\n居民住上了新楼房')).toEqual([false, true, false]);
  });

  it('ends a marked title with its marked lines and the headline under a marked overline', () => {
    const items = '\n\n改善居住环境\n\n完善公共服务';
    expect(markedTitleLength(lines(`@@ headline\n老旧小区改造提速${items}`), false)).toBe(1);
    expect(markedTitleLength(lines(`@@ overline\n老旧小区改造提速${items}`), false)).toBe(2);
    expect(markedTitleLength(lines(`@@ overline\n老旧小区改造提速${items}`), true)).toBe(3);
  });

  it('goes on over the unmarked lines of a block over a story, under marked lines printed as a title', () => {
    const second = '\n\n居民住上了新楼房';
    expect(markedTitleLength(lines(`@@ headline\n老旧小区改造提速${second}`), true)).toBe(2);
    expect(markedTitleLength(lines(`@@ headline\n老旧小区改造提速${second}`), false)).toBe(1);
    expect(markedTitleLength(lines(`@@ overline\n出实招 动真格\n\n@@ headline\n老旧小区改造提速${second}`), true)).toBe(
      3,
    );
    // A paragraph or a sentence marked as a headline is not printed as the first line of a title block.
    for (const marked of ['全区老旧小区改造工作进展顺利，居民生活条件明显改善。', '改造工程全面完工。'])
      expect(markedTitleLength(lines(`@@ headline\n${marked}${second}`), true), marked).toBe(1);
    expect(markedTitleLength(lines(`@@ subtitle\n——居民住上了新楼房${second}`), true)).toBe(1);
  });
});

describe('captions and title runs', () => {
  it('reads a short line after a gap of blank lines as a caption unless a byline follows its run', () => {
    const lines = classify(
      toLines('正文。\n\n\n\n平城区新时代文明实践中心\n\n强化政治建设，营造良好政治生态\n\n正文继续。', 'test.txt'),
      rules,
    );
    expect(isCaption(lines, 1, rules)).toBe(true);
    const story = classify(
      toLines('正文。\n\n\n\n周密部署 守住大同疫情防控“南大门”\n\n本报讯（记者 张鑫）疫情就是命令。', 'test.txt'),
      rules,
    );
    expect(runOpensStory(story, 1)).toBe(true);
    expect(isCaption(story, 1, rules)).toBe(false);
  });

  it('reads a short line above a photo credit as its caption', () => {
    expect(isCaption(classified('正文。', '科普进校园。', '资料图片'), 1, rules)).toBe(true);
  });
});

describe('a box label over a title', () => {
  it('reads a label standing alone over a headline and byline as the rubric (记者手记)', () => {
    const lines = classify(
      toLines('记者手记\n\n一条老街的新生\n\n本报记者 张三\n\n走进老街，青石板路干干净净。', 'test.txt'),
      rules,
    );
    expect(isTitleLike(lines[0], lines[1])).toBe(true);
    expect(titleRoles(lines.slice(0, 2), false, rules).map(([role]) => role)).toEqual(['rubric', 'headline']);
  });

  it('keeps a label with its text on the line a box, not a title', () => {
    const lines = classify(toLines('温馨提示：市民可拨打热线咨询。\n\n一条老街的新生', 'test.txt'), rules);
    expect(isTitleLike(lines[0], lines[1])).toBe(false);
  });
});

describe('a credit under a title block', () => {
  it('reads the second title line at the page’s top over a credit as the headline, not a caption', () => {
    const lines = classified(
      '梧桐树下话家常 老小区里笑声多',
      '南关小区旧貌换新颜',
      '记者 张三 李四 摄',
      '走进南关小区，平整的道路两旁绿树成荫，老人们在凉亭里下棋聊天。',
    );
    expect(isCaption(lines, 1, rules)).toBe(false);
  });

  it('still reads a short line above a credit after the text as its caption', () => {
    const lines = classified(
      '走进南关小区，平整的道路两旁绿树成荫，老人们在凉亭里下棋聊天。',
      '居民在凉亭里下棋',
      '记者 张三 摄',
    );
    expect(isCaption(lines, 1, rules)).toBe(true);
  });
});

describe('parallel intertitles', () => {
  const [a, b, c, d, e] = classified(
    '小网格发力，守护邻里“安宁”',
    '小课堂聚力，托起童年“梦想”',
    '产业有特色',
    '销售有渠道',
    '冬至包饺子',
  );
  it('pairs heads printed alike: the same punctuation and about the same length', () =>
    expect(parallelHeads(a!, b!)).toBe(true));
  it('pairs heads without punctuation only of one length sharing a character in place', () => {
    expect(parallelHeads(c!, d!)).toBe(true);
    expect(parallelHeads(c!, e!)).toBe(false);
  });
  it('does not pair heads of another form or length', () => {
    const [long, short, other] = classified(
      '青禾街道老菜市场换新颜，摊位整齐地面清爽',
      '课堂有新师，看护更贴心',
      '家长点赞',
    );
    expect(parallelHeads(long!, short!)).toBe(false);
    expect(parallelHeads(short!, other!)).toBe(false);
  });

  const report = (...tail: string[]) =>
    classified(
      '本报讯（记者 高远）近日，柳湾社区开办“四点半课堂”，为孩子提供课后看护。',
      '课堂有新师，看护更贴心',
      '课堂由社区工作者和志愿者轮流值守。',
      ...tail,
    );
  it('finds the sibling of a head further down the same story', () =>
    expect(
      hasParallelSibling(report('家长有好评，口碑传四邻', '开班一个月来，课堂已接待学生六百余人次。'), 1, rules),
    ).toBe(true));
  it('looks no further than the next story’s lead or byline', () => {
    expect(
      hasParallelSibling(report('本报讯 近日，青禾街道召开会议。', '家长有好评，口碑传四邻', '正文。'), 1, rules),
    ).toBe(false);
    expect(hasParallelSibling(report('本报记者 罗小川', '家长有好评，口碑传四邻', '正文。'), 1, rules)).toBe(false);
  });
  it('takes parallel headlines over text that opens like a report for briefs, not intertitles', () => {
    const briefs = classified(
      '本报讯（记者 高远）近日，柳湾社区开办“四点半课堂”，为孩子提供课后看护。',
      '青禾街道开展消防演练',
      '日前，青禾街道组织辖区商户开展消防演练。',
      '柳湾街道举办健康讲座',
      '近日，柳湾街道邀请医生为居民举办健康讲座。',
    );
    expect(parallelHeads(briefs[1]!, briefs[3]!)).toBe(true);
    expect(hasParallelSibling(briefs, 1, rules)).toBe(false);
    expect(parallelSibling(briefs, 1, rules)).toBe('brief');
  });
  it('takes no sibling that has no text of its own under it', () =>
    expect(hasParallelSibling(report('家长有好评，口碑传四邻'), 1, rules)).toBe(false));
});
