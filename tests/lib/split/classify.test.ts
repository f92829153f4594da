/**
 * classify.ts: what each line looks like on its own (furniture, credit, caption, byline, lead, box label,
 * bullet, heading, short line, sentence, paragraph), with a reason for each tag, and word-for-word repeats
 * left by the extractor marked as duplicates.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/split/classify.ts';
import { toLines } from '../../../src/lib/split/lines.ts';
import { rules } from './helpers.ts';

/** Each line of `text` classified, as the splitter does it. */
const classified = (...lines: string[]) => classify(toLines(lines.join('\n\n'), 'test.txt'), rules);
const tagOf = (line: string) => classified(line)[0]!.tag;

const LONG_PARAGRAPH =
  '网格化服务管理是新时代推进社会治理体系和治理能力现代化的基础性工程，也是服务群众的重要平台。平城区民政局着重以完善社区服务场所建设为抓手，以提高社区服务能力为目标。';

describe('tags of real lines', () => {
  const cases: [string, string][] = [
    ['资料图片', 'credit'],
    ['辛莉莉摄', 'credit'],
    ['本报记者 张鑫 摄', 'credit'],
    ['图为平城区环境治理监督大队队员正在查验进出站旅客的健康码和行程码。', 'caption'],
    ['本报讯（记者 张鑫）燃气安全关系到千家万户，与人民群众生命财产安全息息相关。', 'lead'],
    ['本报(记者 董芳)“戴上VR眼镜,我仿佛置身于浩瀚的宇宙之中。”', 'lead'],
    ['本报记者 孙鑫', 'byline'],
    ['本报记者 张力卿 见习记者 杨裕刘', 'byline'],
    ['田雁撰', 'byline'],
    ['闫昌', 'name'],
    ['温馨提示：', 'sidebar'],
    ['- 1.突出“四区”建设:现代服务集聚区、创新生态试验区、市域治理示范区、幸福大同先行区', 'bullet'],
    ['——访平城区马军营街道党工委书记孙绿山', 'heading'],
    ['——提升工业整体竞争力。', 'heading'],
    ['1. 大力发展新兴产业', 'heading'],
    ['释放基层治理活力 提升为民服务水平', 'short'],
    ['跑出经济社会发展“加速度”', 'short'],
    ['打造特色街区，点燃古城“夜经济”', 'short'],
    ['据了解，2020年，平城区开展“我们', 'paragraph'],
    ['科普进校园。', 'sentence'],
    ['平城区49校传统项目跳绳比赛。', 'sentence'],
    [LONG_PARAGRAPH, 'paragraph'],
    [
      '(一)立足特殊区位优势构建现代产业体系,提升产业高质量发展新活力。 ——稳住服务业基本盘。 巩固提升传统服务业。',
      'paragraph',
    ],
  ];
  for (const [line, tag] of cases) it(`tags ${line.slice(0, 24)} as ${tag}`, () => expect(tagOf(line)).toBe(tag));

  it('tags the footer naming the page’s editors as furniture', () =>
    expect(tagOf('责任编辑 王五 版面设计 赵六')).toBe('furniture'));

  it('tags a wire lead from another paper as a lead: 新华社北京3月5日电（记者 王五）', () =>
    expect(tagOf('新华社北京3月5日电（记者 王五）十四届全国人大二次会议5日上午开幕。')).toBe('lead'));

  it('tags a line with two commas as running text cut short, not a title', () =>
    expect(tagOf('据了解，2020年，平城区开展')).toBe('paragraph'));

  it('gives every line a reason in words', () => {
    for (const line of classified('资料图片', '本报记者 孙鑫', LONG_PARAGRAPH)) expect(line.reason).toMatch(/\S{4}/);
  });
});

describe('bylines, credits and sign-offs of other papers', () => {
  const cases: [string, string][] = [
    ['张 伟', 'name'],
    ['（张 伟 李大山）', 'name'],
    ['（张 伟）', 'name'],
    ['欧阳明远', 'name'],
    ['东方明珠', 'short'],
    ['新华社发', 'credit'],
    ['新华社记者 王小川 摄', 'credit'],
    ['新华社记者 王小川', 'byline'],
    ['本报记者 阿依古丽·买买提', 'byline'],
    ['图文/王小川', 'byline'],
    ['王小川 报道', 'byline'],
    ['两会报道', 'short'],
    ['文字整理：王小川', 'byline'],
    ['本报综合消息 连日来，多地气温回升，各地公园迎来赏花游客。', 'lead'],
    ['（作者单位：云湖市第三中学）', 'paragraph'],
    ['作者系云湖市社科院研究员', 'paragraph'],
  ];
  for (const [line, tag] of cases) it(`tags ${line} as ${tag}`, () => expect(tagOf(line)).toBe(tag));

  it('reads no lone name in a run-in head of three characters and a colon: 强基础：', () =>
    expect(tagOf('强基础：')).not.toBe('name'));

  it('says why a note on the writer is text that signs off', () =>
    expect(classified('作者系云湖市社科院研究员')[0]!.reason).toMatch(/signs the story off/));
});

describe('measures', () => {
  it('counts the characters a reader sees, not the spaces', () =>
    expect(classified('本报记者 张力卿 见习记者 杨裕刘')[0]?.length).toBe(14));

  it('says whether a line ends a sentence, inside closing quotes too', () => {
    expect(
      classified('“十四五”转型出雏型平城篇章。', '“真的是特别优秀的孩子。”', '……奋力谱写').map(
        (line) => line.endsSentence,
      ),
    ).toEqual([true, true, false]);
  });

  it('keeps the line’s number, text and markup', () => {
    const [line] = classify(toLines('\n@@ headline\n平城新语', 'test.txt'), rules);
    expect(line).toMatchObject({ no: 3, text: '平城新语', markers: [{ kind: 'role', role: 'headline' }] });
  });
});

describe('duplicates', () => {
  const REPEATED = '精准发力“保交楼” 充分发挥房地产业协会作用，组织房地产开发企业开展区域营销，让群众获得更多实惠。';

  it('marks a long line repeated word for word as a duplicate of the first', () => {
    const lines = classified(REPEATED, LONG_PARAGRAPH, REPEATED);
    expect(lines.map((line) => line.tag)).toEqual(['paragraph', 'paragraph', 'duplicate']);
    expect(lines[2]?.duplicateOf).toBe(1);
    expect(lines[2]?.reason).toContain('line 1');
  });

  it('marks a repeated headline of eight characters or more as a duplicate', () => {
    expect(
      classified('打造特色街区，点燃古城“夜经济”', LONG_PARAGRAPH, '打造特色街区，点燃古城“夜经济”').map(
        (line) => line.tag,
      ),
    ).toEqual(['short', 'paragraph', 'duplicate']);
  });

  it('sees a repeat through differences in spacing', () => {
    expect(classified('打造特色街区，点燃古城“夜经济”', '打造特色街区， 点燃古城 “夜经济”')[1]?.tag).toBe('duplicate');
  });

  it('does not mark the first of two repeated lines', () =>
    expect(classified(REPEATED, REPEATED)[0]?.tag).toBe('paragraph'));

  it('does not mark a second story by the same reporters: 本报记者 张力卿 见习记者 杨裕刘 twice', () => {
    const byline = '本报记者 张力卿 见习记者 杨裕刘';
    expect(classified(byline, LONG_PARAGRAPH, byline).map((line) => line.tag)).toEqual([
      'byline',
      'paragraph',
      'byline',
    ]);
  });

  it('does not mark a second 本报记者 邱东芳 byline', () => {
    expect(classified('本报记者 邱东芳', LONG_PARAGRAPH, '本报记者 邱东芳')[2]?.tag).toBe('byline');
  });

  it('does not mark a second 资料图片 credit', () =>
    expect(classified('资料图片', LONG_PARAGRAPH, '资料图片')[2]?.tag).toBe('credit'));

  it('does not mark a long photo credit printed twice', () => {
    expect(classified('图片由平城区委宣传部提供', LONG_PARAGRAPH, '图片由平城区委宣传部提供')[2]?.tag).toBe('credit');
  });

  it('does not mark the editors’ footer printed twice', () => {
    expect(classified('责任编辑 王五 版面设计 赵六', LONG_PARAGRAPH, '责任编辑 王五 版面设计 赵六')[2]?.tag).toBe(
      'furniture',
    );
  });

  it('does not mark a short repeated line such as a caption of two photos', () => {
    expect(classified('为居民义诊', LONG_PARAGRAPH, '为居民义诊')[2]?.tag).not.toBe('duplicate');
  });
});

describe('interviews', () => {
  const tags = (...lines: string[]) => classify(toLines(lines.join('\n\n'), 'test.txt'), rules).map((line) => line.tag);
  it('reads every turn of a Q&A as running text, a question ending in ？ too', () =>
    expect(tags('问：明年有什么打算？', '答：再建二十座大棚！')).toEqual(['paragraph', 'paragraph']));
  it('reads a named speaker as a turn only right after another turn', () => {
    expect(tags('记者：资金从哪里来？', '赵长河：村民入股！')).toEqual(['paragraph', 'paragraph']);
    expect(tags('北岭村：蘑菇大棚连成片')).toEqual(['short']);
    expect(tags('问：资金从哪里来？', '村里办起合作社', '北岭村：蘑菇大棚连成片')).toEqual([
      'paragraph',
      'short',
      'short',
    ]);
  });
});

describe('headlines ending in ！ or ？', () => {
  const tag = (text: string) => classify(toLines(text, 'test.txt'), rules)[0]!.tag;
  it('reads a title ending in ！ or ？ as title-like, one that opens with a quoted word too', () => {
    expect(tag('冬奥，我们来了！')).toBe('short');
    expect(tag('垃圾分类，你做对了吗？')).toBe('short');
    expect(tag('“双减”之后，孩子们去哪儿了？')).toBe('short');
  });
  it('reads speech that opens a quotation and never closes it as a sentence, not a title', () => {
    expect(tag('“大家快来看看吧！')).toBe('sentence');
    expect(tag('“这个小区变化太大了！”')).not.toBe('short');
  });
});

describe('furniture the lines around it tell', () => {
  const LEAD = '本报讯（记者 柳成荫）5月5日，青石县三座口袋公园同时开放，周边居民出门五分钟便能走进绿地。';
  const tags = (...lines: string[]) => classified(...lines).map((line) => line.tag);

  it('reads the page’s name in the running head, between its number or date and the headline', () => {
    expect(tags('A03版', '2023年5月6日 星期六', '城事', '青石县新建三座口袋公园', LEAD)).toEqual([
      'furniture',
      'furniture',
      'furniture',
      'short',
      'lead',
    ]);
    expect(tags('民生', 'B02', '青石县新建三座口袋公园', LEAD).slice(0, 2)).toEqual(['furniture', 'furniture']);
  });

  it('keeps a banner the profile knows as a rubric under the running head: the first story’s rubric', () => {
    expect(tags('B02', '社区周刊', '青石县新建三座口袋公园', LEAD)[1]).not.toBe('furniture');
    expect(tags('第5版', '走近平城', '青石县新建三座口袋公园', LEAD)[1]).not.toBe('furniture');
  });

  it('keeps a short line under the running head that is the only title over the text: a headline', () =>
    expect(tags('A03版', '冬奥来了', LEAD)[1]).toBe('short'));

  it('keeps a short line at the top of a page printed without a running head: an overline or rubric', () =>
    expect(tags('城事', '青石县新建三座口袋公园', LEAD)[0]).not.toBe('furniture'));

  it('keeps a short line lower on the page beside a page number: not the running head', () =>
    expect(tags('青石县新建三座口袋公园', LEAD, 'A03', '城事', '河口镇举办稻田音乐节', LEAD)[3]).not.toBe('furniture'));

  it('reads an editors’ label printed alone and the name under it as furniture, not a byline', () =>
    expect(tags(LEAD, '责任编辑', '周子墨', '校对：', '赵小雨')).toEqual([
      'lead',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
    ]));

  it('keeps a lone name under a story’s headline a name', () =>
    expect(tags('青石县新建三座口袋公园', '周子墨', LEAD)[1]).toBe('name'));

  it('reads a note on the page’s photographs among the editors’ lines as furniture', () =>
    expect(tags(LEAD, '本版图片均为记者王五摄', '责任编辑：周子墨')[1]).toBe('furniture'));

  it('keeps the same note under a story, away from the footer: the story’s photo credit', () =>
    expect(tags(LEAD, '本版图片均为记者王五摄', LEAD.replace('5月5日', '5月6日'))[1]).toBe('credit'));
});

describe('a ▲ before a brief or a caption', () => {
  const brief =
    '▲云溪区新建的三座口袋公园日前向市民开放。公园内设有健身步道和儿童游乐区。周边居民说，家门口多了散步的好去处。';

  it('reads ▲ before running text of several sentences as a brief’s bullet, not a caption', () => {
    expect(tagOf(brief)).toBe('paragraph');
    expect(classified(brief)[0]!.reason).toContain('brief');
  });

  it('keeps ▲ before a short descriptive line or one sentence a caption', () => {
    expect(tagOf('▲市民在新建的口袋公园里散步')).toBe('caption');
    expect(tagOf('▲日前，云溪区新建的三座口袋公园向市民开放，周边居民在公园内的健身步道上散步、锻炼身体。')).toBe(
      'caption',
    );
  });

  it('keeps a two-sentence ▲ caption a caption when it is no longer than a title line', () => {
    expect(tagOf('▲市民在公园散步。右一为退休教师韩老伯。')).toBe('caption');
  });

  it('keeps a ▲ caption with its credit run in a caption, however many sentences', () => {
    expect(
      tagOf('▲云溪区新建的三座口袋公园日前向市民开放。周边居民在公园内的健身步道上散步。 本报记者 林一舟 摄'),
    ).toBe('caption');
  });

  it('keeps 图为 before several sentences a caption: it says so', () => {
    expect(tagOf('图为云溪区新建的口袋公园。公园内设有健身步道和儿童游乐区，周边居民在这里散步、锻炼身体。')).toBe(
      'caption',
    );
  });
});
