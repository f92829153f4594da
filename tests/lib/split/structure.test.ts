import { describe, expect, it } from 'vitest';
import { excerpt, page, unitsOf } from './helpers.ts';

const rolesOf = (text: string) =>
  unitsOf(text).map((unit) => `${unit.kind}:${unit.roles.join('/')}${unit.fragment ? ':fragment' : ''}`);

describe('title blocks', () => {
  it('reads rubric, overline and headline above a byline (real 巡礼 series page)', () => {
    const text = page(
      '平城区“双百工程”巡礼系列报道(四)',
      '党员志愿服务队',
      '不忘初心办实事 服务群众暖人心',
      '本报记者 尚丽',
      '在平城区新旺街道办事处，活跃着一支志愿服务队。',
    );
    expect(rolesOf(text)).toEqual(['title:rubric/overline/headline', 'byline:byline', 'paragraph:body']);
  });

  it('reads a dashed line under the headline as its subtitle', () => {
    const text = page(
      '主动作为 敢于担当',
      '——访平城区马军营街道党工委书记孙绿山',
      '本报记者 宋芳',
      '“2022年是平城区经济社会发展的关键之年。”',
    );
    expect(rolesOf(text)[0]).toBe('title:headline/subtitle');
  });

  it('takes a column name above the headline as a rubric and a lone name under it as the byline', () => {
    const text = page(
      '平城新语',
      '站在新起点 再创新辉煌',
      '闫昌',
      '打造核心区，构筑新高地。在刚刚闭幕的会议上，平城区明确了方向。',
    );
    expect(rolesOf(text)).toEqual(['title:rubric/headline', 'byline:byline', 'paragraph:body']);
  });

  it('sees the caption standing between a title and its byline (real page)', () => {
    const units = unitsOf(excerpt('2021-04-02', '平城区49校', '平城区49校现有'));
    expect(units.map((unit) => unit.kind)).toEqual(['title', 'figure', 'byline', 'paragraph']);
  });

  it('takes a bare title printed after its news lead as that story’s headline (real page)', () => {
    const units = unitsOf(excerpt('2021-01-15', '本报讯(记者 邸东芳)', '今年经济工作重点'));
    expect(units.map((unit) => `${unit.kind}${unit.displaced ? ':displaced' : ''}`)).toEqual([
      'lead',
      'paragraph',
      'title:displaced',
      'intertitle',
    ]);
  });
});

describe('short lines inside a story', () => {
  it('reads short lines stacked under a numbered heading as list items (real page)', () => {
    const units = unitsOf(
      page(
        '标题',
        '本报记者 张三',
        '第一段正文。',
        excerpt('2021-04-02', '（一）坚持转型发展', '把深度融入双循环作为战略突破'),
      ),
    );
    expect(units.slice(3).map((unit) => unit.kind)).toEqual(['intertitle', 'list', 'list', 'list', 'list', 'list']);
  });

  it('reads one short line under a bare intertitle as a paragraph cut by a column break (real page)', () => {
    const text = page(
      '凝心聚力抓经济 争先图强开新局',
      '本报记者 纪元元',
      excerpt('2021-04-09', '跑出经济社会发展“加速度”', '达185.97亿元'),
    );
    expect(rolesOf(text).slice(-4)).toEqual([
      'paragraph:body',
      'intertitle:intertitle',
      'paragraph:body:fragment',
      'paragraph:body',
    ]);
  });

  it('starts a new story at two bare title lines after a paragraph when the story has no intertitles (real page)', () => {
    const units = unitsOf(excerpt('2021-04-02', '平城区清远街道筹备组负责人表示', '铮铮硬汉 铁骨丹心'));
    expect(units.map((unit) => unit.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'title']);
    expect(units[3]!.roles).toEqual(['overline', 'headline']);
  });

  it('starts a new story at a bare title after a news brief that had only its lead (real page)', () => {
    const units = unitsOf(excerpt('2021-01-15', '本报(记者 杨显郁)', '爱心之环 环环相扣'));
    expect(units.map((unit) => unit.kind)).toEqual(['lead', 'title']);
  });

  it('reads a bare line after several paragraphs of a story as an intertitle', () => {
    const text = page(
      '标题',
      '本报记者 张三',
      '第一段正文写得很长，讲述了事情的来龙去脉。',
      '第二段正文。',
      '小标题在这里',
      '第三段正文。',
    );
    expect(rolesOf(text).slice(-2)).toEqual(['intertitle:intertitle', 'paragraph:body']);
  });

  it('reads an indented bullet list under a bullet as a list heading (real page)', () => {
    const units = unitsOf(excerpt('2021-01-15', '- 2.做到九个', ' - 二是聚焦创新引领'));
    expect(units.map((unit) => unit.kind)).toEqual(['intertitle', 'list', 'list']);
  });
});

describe('figures, furniture and duplicates', () => {
  it('reads a short line where a photograph stood, with its credit, as a figure (real page)', () => {
    const units = unitsOf(excerpt('2021-04-09', '改造完成800平方米', '资料图片'));
    expect(units.map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'paragraph:body',
      'figure:caption/credit',
    ]);
  });

  it('keeps the editors’ footer out of every story and drops a word-for-word repeat', () => {
    const text = page(
      '推动农村基础设施标准化 开展农村人居环境整治提升五年行动。',
      '推动农村基础设施标准化 开展农村人居环境整治提升五年行动。',
      '责任编辑 孙小荣 版面设计 陈继',
    );
    expect(rolesOf(text)).toEqual(['paragraph:body', 'duplicate:duplicate', 'furniture:furniture']);
  });
});

describe('headings and heads cut by a column break', () => {
  it('completes a numbered heading wrapped onto a second line, as long as its siblings (real page)', () => {
    const units = unitsOf(
      page('标题', '本报记者 张三', '正文。', excerpt('2021-04-02', '（二）坚持创新驱动', '打造城市更新“迭代版”')),
    );
    const wrapped = units.find((unit) => unit.lines[0]!.text.startsWith('（三）'))!;
    expect(wrapped.lines.map((line) => line.text)).toEqual([
      '（三）坚持统筹协调，全力构筑功',
      '能完善、文化彰显的城市发展新高地',
    ]);
    expect(units[units.length - 1]!.kind).toBe('list');
  });

  it('keeps a short line under a numbered heading of normal length a list item', () => {
    const units = unitsOf(
      page(
        '标题',
        '本报记者 张三',
        '正文。',
        '（一）坚持转型发展，全力构筑结构优化、特色鲜明的现代产业新高地',
        '把服务业产业化作为主攻方向',
        '把工业数字化作为重要抓手',
        '（二）坚持创新驱动，全力构筑要素集聚',
        '加大创新平台建设',
        '加大创新主体培育',
      ),
    );
    expect(units.slice(3).map((unit) => `${unit.kind}:${unit.lines.length}`)).toEqual([
      'intertitle:1',
      'list:1',
      'list:1',
      'intertitle:1',
      'list:1',
      'list:1',
    ]);
  });

  it('joins a run-in head cut from its paragraph when the paragraphs around open with run-in heads (real page)', () => {
    const units = unitsOf(
      page('标题', '本报记者 张三', excerpt('2024-01-26', '精准发力“保交楼”', '古城东南邑历史文化街区')),
    );
    const head = units.find((unit) => unit.lines[0]!.text.startsWith('打造特色街区'))!;
    expect(head).toMatchObject({ kind: 'paragraph', fragment: true });
  });

  it('keeps an intertitle above a paragraph that opens with its own run-in head (real page)', () => {
    const units = unitsOf(
      page('标题', '本报记者 张三', excerpt('2024-01-26', '主动融入取得新突破', '特优农业加速布局')),
    );
    expect(units.find((unit) => unit.lines[0]!.text.startsWith('优化产业结构'))!.kind).toBe('intertitle');
  });
});

describe('notes in brackets', () => {
  it('keeps a bracketed note under a commentary as running text, not an intertitle', () => {
    const text = page(
      '短评',
      '让项目建设成为发展硬支撑',
      '钱七',
      '项目是经济发展的“压舱石”。各地要以更大力度抓项目。',
      '（作者单位：大同市社科院）',
    );
    expect(rolesOf(text)).toEqual(['title:rubric/headline', 'byline:byline', 'paragraph:body', 'paragraph:body']);
  });
});

describe('the note on a writer after the text', () => {
  it('ends a contributed piece at （作者单位：…）: the bare title under it opens the next story', () => {
    const text = page(
      '读书让生活更美好',
      '读书是一件快乐的事。捧起一本好书，便觉得整个世界都安静了下来。',
      '（作者单位：云湖市第三中学）',
      '乡村振兴要有人才支撑',
      '乡村振兴，人才是关键。各地应完善激励机制。',
    );
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'paragraph:body',
      'paragraph:body',
      'title:headline',
      'paragraph:body',
    ]);
  });

  it('keeps 作者系… with the piece it closes, not as the next story’s overline', () => {
    const text = page(
      '乡村振兴要有人才支撑',
      '乡村振兴，人才是关键。各地应完善激励机制。',
      '作者系云湖市社科院研究员',
      '冬日暖阳照边疆',
      '本报讯（记者 王小川）近日，边境小镇迎来今冬第一场雪。',
    );
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'paragraph:body',
      'paragraph:body',
      'title:headline',
      'lead:body',
    ]);
  });

  it('takes no paragraph about an author for the note: 作者系统梳理了…', () => {
    const text = page(
      '一本书里的老城',
      '这本书记录了老城百年的变迁。',
      '作者系统梳理了老城的街巷，配有大量老照片。',
      '书中还收录了老城居民的口述。',
    );
    const reasons = unitsOf(text).flatMap((unit) => unit.reasons);
    expect(reasons.some((reason) => reason.includes('note on the writer'))).toBe(false);
  });
});

describe('a single intertitle after a news lead', () => {
  const lead = '本报讯（记者 周海岚）昨日上午，横跨云湖的湖畔新桥正式通车，市民从东岸到西岸只需五分钟。';

  it('keeps a bare line over text that goes on from the lead (据介绍，…) the report’s intertitle', () => {
    const text = page(
      '湖畔新桥今日通车',
      lead,
      '夜间景观同步亮相',
      '据介绍，新桥设有人行步道和自行车道，夜间还将开启景观照明。',
    );
    expect(rolesOf(text)).toEqual(['title:headline', 'lead:body', 'intertitle:intertitle', 'paragraph:body']);
  });

  it('opens the next report at a bare line of another form over a news opening after that intertitle', () => {
    const text = page(
      '湖畔新桥今日通车',
      lead,
      '夜间景观同步亮相',
      '此外，新桥设有人行步道和自行车道，夜间还将开启景观照明。',
      '柳巷老街集市重新开张了',
      '近日，沉寂多年的柳巷老街集市重新开张，吸引了上万名市民前来。',
    );
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'lead:body',
      'intertitle:intertitle',
      'paragraph:body',
      'title:headline',
      'paragraph:body',
    ]);
  });

  it('still reads a bare line after a lead over text that starts afresh as the next story’s headline', () => {
    const text = page(
      '湖畔新桥今日通车',
      lead,
      '柳巷集市重开张',
      '周末，沉寂多年的柳巷老街集市重新开张，吸引了上万名市民前来。',
    );
    expect(rolesOf(text)).toEqual(['title:headline', 'lead:body', 'title:headline', 'paragraph:body']);
  });
});

describe('reports that open with their source', () => {
  it('opens a report at a bare title over 记者从…获悉 or 据新华社报道 after a news report, not an intertitle', () => {
    const text = page(
      '春季招聘会举行',
      '本报讯（记者 王小川）近日，云湖市春季招聘会在会展中心举行。',
      '现场求职者络绎不绝，不少人当场达成意向。',
      '新能源公交上线',
      '记者从云湖市交通局获悉，首批五十辆新能源公交车本月投入运营。',
      '全国冬小麦长势良好',
      '据新华社报道，农业农村部近日发布消息，全国冬小麦长势总体良好。',
    );
    expect(unitsOf(text).map((unit) => unit.kind)).toEqual([
      'title',
      'lead',
      'paragraph',
      'title',
      'paragraph',
      'title',
      'paragraph',
    ]);
  });
});

describe('a title after a brief that signed off', () => {
  const storiesOf = (text: string) =>
    unitsOf(text)
      .filter((unit) => (unit.kind === 'title' && !unit.displaced) || unit.opensStory || unit.kind === 'lead')
      .map((unit) => unit.lines[0]!.text.slice(0, 6));

  it('opens the next story at a bare title after …。（记者 张三 通讯员 李四）, not the brief’s own displaced title', () => {
    const text = page(
      '本报综合消息 连日来，多地气温回升，各地公园迎来赏花游客。',
      '花海美景吸引不少市民拍照留念。（记者 李大山 通讯员 赵小六）',
      '老城墙修缮完工',
      '历时两年，老城墙东段修缮工程日前完工，恢复了城墙原有风貌。',
    );
    expect(storiesOf(text)).toEqual(['本报综合消息', '老城墙修缮完']);
  });

  it('opens the next story after a brief signed off on its own line: 记者 张三 报道', () => {
    const text = page(
      '本报讯 5月6日，云湖市举行消防演练，三百余名居民参加。',
      '记者 刘晓燕 报道',
      '社区食堂开进老小区',
      '在松柏社区，一家面向老人的社区食堂近日正式营业。',
    );
    expect(storiesOf(text)).toEqual(['本报讯 5月', '社区食堂开进']);
  });

  it('opens the next story after a one-paragraph brief signed off in its lead: 本报讯 …。（记者 张三）', () => {
    const text = page(
      '本报讯 5月6日，云湖市举行消防演练，三百余名居民参加。（记者 刘晓燕）',
      '社区食堂开进老小区',
      '在松柏社区，一家面向老人的社区食堂近日正式营业。',
    );
    expect(storiesOf(text)).toEqual(['本报讯 5月', '社区食堂开进']);
  });

  it('still takes a bare title printed after an unsigned lead as that brief’s headline', () => {
    const text = page(
      '本报讯 5月6日，云湖市举行消防演练，三百余名居民参加。',
      '消防演练进社区',
      '演练结束后，消防员向居民讲解了灭火器的使用方法。',
    );
    expect(unitsOf(text).find((unit) => unit.kind === 'title')?.displaced).toBe(true);
  });

  // A story signed off at its end, then a brief whose headline was lost, then a bare title over text.
  const signedPage = (lead: string, signOff: string) =>
    page(
      '老城墙修缮完工',
      '本报记者 李大山',
      '历时两年，老城墙东段修缮工程日前完工。工程按照修旧如旧的原则，恢复了城墙原有的青砖风貌，沿线还新建了步道和休憩平台。',
      lead,
      '演练结束后，消防员向居民讲解了灭火器的使用方法，并上门检查了二十多户老旧住宅的用电线路。',
      '社区食堂开进老小区',
      '在松柏社区，一家面向老人的社区食堂近日正式营业。食堂每天供应午餐和晚餐，六十岁以上老人用餐可享八折优惠。',
      '开业第一周，食堂每天接待老人一百多人次。社区负责人说，下一步将根据老人的口味调整菜单，让老人吃得更舒心。',
      signOff,
    );

  it('opens the next story at a bare title over text signed off by its own byline, after a lead that named its reporters', () => {
    const text = signedPage(
      '本报讯（记者 刘晓燕）5月6日，云湖市在松柏社区举行消防演练，三百余名居民参加。',
      '文/图 记者 何小川',
    );
    expect(storiesOf(text)).toEqual(['老城墙修缮完', '本报讯（记者', '社区食堂开进']);
  });

  it('keeps the title the brief’s own when its lead named no one, or nothing signs the text under it', () => {
    const unsigned = signedPage('本报讯 5月6日，云湖市在松柏社区举行消防演练，三百余名居民参加。', '文/图 记者 何小川');
    expect(storiesOf(unsigned)).toEqual(['老城墙修缮完', '本报讯 5月']);
    const noSignOff = signedPage(
      '本报讯（记者 刘晓燕）5月6日，云湖市在松柏社区举行消防演练，三百余名居民参加。',
      '食堂还开设了老年课堂，每周教老人使用智能手机。',
    );
    expect(storiesOf(noSignOff)).toEqual(['老城墙修缮完', '本报讯（记者']);
  });
});

describe('bylines that close a story', () => {
  it('starts a new story at a bare title after a byline printed at the end of the story before', () => {
    const text = page(
      '冬季供热保障有力',
      '市供热公司全力保障供热，确保居民温暖过冬。',
      '目前全市供热运行平稳。',
      '本报记者 张三',
      '老旧小区改造提速',
      '今年我市计划改造老旧小区120个。',
    );
    expect(unitsOf(text).map((unit) => unit.kind)).toEqual([
      'title',
      'paragraph',
      'paragraph',
      'byline',
      'title',
      'paragraph',
    ]);
  });
});

describe('a credit between a headline and its byline', () => {
  const story = '走进改造后的柳巷，青石板路干净整洁，两侧店铺焕然一新，不少居民在街边驻足拍照。';

  it('keeps a headline printed straight over its photograph’s credit and byline: 标题 / 张三 摄 / 本报记者 李四', () => {
    const text = page('柳巷换新颜', '本报记者 赵小六 摄', '本报记者 王小川', story);
    expect(rolesOf(text)).toEqual(['title:headline', 'figure:credit', 'byline:byline', 'paragraph:body']);
  });

  it('keeps the headline over a credit and a news lead', () => {
    const text = page('柳巷换新颜', '本报记者 赵小六 摄', `本报讯（记者 王小川）${story}`);
    expect(rolesOf(text)).toEqual(['title:headline', 'figure:credit', 'lead:body']);
  });

  it('reads the line a caption when the byline after its credit stands after a wider gap: the next story’s', () => {
    const text = [
      '柳巷换新颜',
      '本报记者 王小川',
      story,
      '改造后的柳巷夜景',
      '本报记者 赵小六 摄',
      '\n本报记者 钱七',
      '城东社区食堂今天正式营业，六十岁以上的老人用餐可享受八折优惠。',
    ].join('\n\n');
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'byline:byline',
      'paragraph:body',
      'figure:caption/credit',
      'byline:byline',
      'paragraph:body',
    ]);
  });

  it('reads the line a caption when it stands in the gap a photograph leaves after the story above', () => {
    const text = `${page('柳巷换新颜', '本报记者 王小川', story)}\n\n\n\n${page(
      '改造后的柳巷夜景',
      '本报记者 赵小六 摄',
      '本报记者 钱七',
      '城东社区食堂今天正式营业，六十岁以上的老人用餐可享受八折优惠。',
    )}`;
    expect(rolesOf(text).slice(0, 4)).toEqual([
      'title:headline',
      'byline:byline',
      'paragraph:body',
      'figure:caption/credit',
    ]);
  });

  it('reads the line a caption when no text follows the byline under its credit: the story’s sign-off', () => {
    const text = page('柳巷换新颜', story, '改造后的柳巷夜景', '本报记者 赵小六 摄', '本报记者 王小川');
    expect(rolesOf(text)).toEqual(['title:headline', 'paragraph:body', 'figure:caption/credit', 'byline:byline']);
  });

  it('reads a sentence over a credit a caption, whatever follows: 居民在柳巷散步。', () => {
    const text = page('柳巷换新颜', story, '居民在柳巷散步。', '本报记者 赵小六 摄', '本报记者 王小川', story);
    expect(rolesOf(text).slice(0, 3)).toEqual(['title:headline', 'paragraph:body', 'figure:caption/credit']);
  });
});

describe('a one-sentence paragraph over a credit', () => {
  const opening = [
    '柳巷换新颜',
    '本报记者 王小川',
    '走进改造后的柳巷，青石板路干净整洁，两侧店铺焕然一新，不少居民在街边驻足拍照。',
  ].join('\n\n');
  // A photograph printed elsewhere on the page, with its caption under the photograph's gap.
  const otherPhoto = '\n\n\n\n居民在柳巷口的老槐树下乘凉。\n\n本报记者 赵小六 摄';

  it('keeps it the story’s last paragraph when it stands at the paragraph gap under the text', () => {
    const text = `${opening}\n\n改造工程将于年底全部完工。\n\n本报记者 赵小六 摄${otherPhoto}`;
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'byline:byline',
      'paragraph:body',
      'paragraph:body',
      'figure:credit',
      'figure:caption/credit',
    ]);
  });

  it('reads it the caption when the photograph’s gap stands above it', () => {
    const text = `${opening}\n\n\n\n改造后的柳巷游人如织。\n\n本报记者 赵小六 摄${otherPhoto}`;
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'byline:byline',
      'paragraph:body',
      'figure:caption/credit',
      'figure:caption/credit',
    ]);
  });

  it('reads it the caption on a page whose extractor leaves no photograph’s gap anywhere', () => {
    const text = page(opening, '改造后的柳巷游人如织。', '本报记者 赵小六 摄');
    expect(rolesOf(text)).toEqual(['title:headline', 'byline:byline', 'paragraph:body', 'figure:caption/credit']);
  });
});

describe('a sign-off in brackets', () => {
  it('closes the story above it, even one with its own byline, and heads no story whose title was lost', () => {
    const text = page(
      '老街换新颜',
      '本报记者 王小川',
      '走进改造后的老街，青石板路干净整洁，两侧店铺焕然一新。',
      '（记者 李大山）',
      '云湖公园的樱花竞相开放，吸引不少市民前来游玩，公园管理处提醒游客文明赏花。',
    );
    const units = unitsOf(text);
    expect(units.map((unit) => unit.kind)).toEqual(['title', 'byline', 'paragraph', 'byline', 'paragraph']);
    expect(units[3]!.opensStory).toBeFalsy();
    expect(units[4]!.opensStory).toBe(true);
  });
});

describe('a desk’s byline', () => {
  it('reads 本报评论员 under a headline as the byline, not the headline under an overline', () => {
    const text = page(
      '让城市更有温度',
      '本报评论员',
      '城市的温度，体现在细节之中。一条无障碍通道，都是城市温度的体现。',
    );
    expect(rolesOf(text)).toEqual(['title:headline', 'byline:byline', 'paragraph:body']);
  });

  it('keeps two desks’ bylines under one headline one story’s', () => {
    const text = page(
      '两地联手治理界河',
      '本报记者 王小川',
      '晋阳晚报记者 李大山',
      '近日，云湖市与晋阳市签订界河联合治理协议。',
    );
    expect(unitsOf(text).map((unit) => unit.kind)).toEqual(['title', 'byline', 'byline', 'paragraph']);
  });
});

describe('an afterword under a story', () => {
  it('keeps 编后 and the sign-off under it the story’s: 编后 is a box label, not a name', () => {
    const text = page(
      '小巷总理的一天',
      '记者：周九',
      '早上七点，社区主任老吴已经开始了一天的工作。“居民的事就是我的事。”老吴说。',
      '编后',
      '社区工作者是城市治理的“毛细血管”。',
      '（周九）',
    );
    expect(unitsOf(text).map((unit) => unit.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'sidebar',
      'paragraph',
      'byline',
    ]);
    expect(unitsOf(text).some((unit) => unit.opensStory)).toBe(false);
  });
});

describe('a lone name set wide', () => {
  it('reads 张 伟 under a commentary’s headline as its author', () => {
    const text = page(
      '短评',
      '让项目建设成为发展硬支撑',
      '张 伟',
      '项目是经济发展的“压舱石”。各地要以更大力度抓项目。',
    );
    expect(rolesOf(text)).toEqual(['title:rubric/headline', 'byline:byline', 'paragraph:body']);
  });

  it('reads a column label set wide after a story (关 注) as the top of the next story’s title, not a sign-off', () => {
    const text = page(
      '冬季供热保障有力',
      '市供热公司全力保障供热，确保居民温暖过冬。目前全市供热运行平稳，各小区室温普遍达到标准。',
      '关 注',
      '让项目建设成为发展硬支撑',
      '钱七',
      '项目是经济发展的“压舱石”。',
    );
    const units = unitsOf(text);
    expect(units.map((unit) => unit.kind)).toEqual(['title', 'paragraph', 'title', 'byline', 'paragraph']);
    expect(units[2]!.lines.map((line) => line.text)).toEqual(['关 注', '让项目建设成为发展硬支撑']);
  });

  it('reads a compound surname’s four characters as a lone name closing a commentary: 欧阳明远', () => {
    const text = page(
      '让项目建设成为发展硬支撑',
      '项目是经济发展的“压舱石”。各地要以更大力度抓项目、促投资，为高质量发展注入强劲动力。',
      '欧阳明远',
      '冬季供热保障有力',
      '市供热公司全力保障供热。',
    );
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'paragraph:body',
      'byline:byline',
      'title:headline',
      'paragraph:body',
    ]);
  });
});

describe('a lone name after the text', () => {
  it('reads a lone name after a commentary’s text as its author, closing it', () => {
    const text = page(
      '短评',
      '让项目建设成为发展硬支撑',
      '项目是经济发展的“压舱石”。各地要以更大力度抓项目、促投资，为高质量发展注入强劲动力。',
      '钱七',
      '冬季供热保障有力',
      '市供热公司全力保障供热。',
    );
    expect(rolesOf(text)).toEqual([
      'title:rubric/headline',
      'paragraph:body',
      'byline:byline',
      'title:headline',
      'paragraph:body',
    ]);
  });
});

describe('a two-character column label after a story', () => {
  const report = '城东社区食堂今天正式营业，六十岁以上的老人用餐可享受八折优惠，不少老人一早就来排队。';

  it('reads 特写 after a story that has its byline as the next story’s rubric, not a second author', () => {
    const text = page(
      '社区食堂开张了',
      '本报记者 王小川',
      report,
      '特写',
      '渡口边的老船工',
      '本报记者 钱七七',
      '老周在湖上摆渡了三十年，新桥通车那天，他把船停在岸边看了很久。',
    );
    const units = unitsOf(text);
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'byline:byline',
      'paragraph:body',
      'title:rubric/headline',
      'byline:byline',
      'paragraph:body',
    ]);
    expect(units[3]!.lines.map((line) => line.text)).toEqual(['特写', '渡口边的老船工']);
  });

  it('reads 观点 after a news lead that named its reporter as the rubric of the headline under it', () => {
    const text = page(
      '社区食堂开张了',
      `本报讯（记者 王小川）${report}`,
      '观点',
      '让老人吃上放心饭',
      '办好社区食堂，是一件暖人心的实事，也考验着基层治理的细心与耐心。',
    );
    expect(rolesOf(text)).toEqual(['title:headline', 'lead:body', 'title:rubric/headline', 'paragraph:body']);
  });

  it('still reads two characters after an unsigned commentary as its author signing off', () => {
    const text = page(
      '让老人吃上放心饭',
      '办好社区食堂，是一件暖人心的实事。它考验着基层治理的细心与耐心，也考验着服务的温度。',
      '钱七',
      '社区食堂开张了',
      '本报记者 王小川',
      report,
    );
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'paragraph:body',
      'byline:byline',
      'title:headline',
      'byline:byline',
      'paragraph:body',
    ]);
  });
});

describe('where one story ends and the next begins', () => {
  const storiesOf = (text: string) =>
    unitsOf(text)
      .filter((unit) => unit.kind === 'title' || unit.opensStory)
      .map((unit) => unit.lines[0]!.text);

  it('heads a story whose title was lost with a byline after a story that has its own', () => {
    const text = page(
      '老街巷换新颜',
      '■本报记者 张三',
      '走进老街，青石板路干干净净，两旁的店铺焕然一新。',
      '■本报记者 李四 实习记者 王五',
      '在城东社区，一支志愿服务队每天清扫街巷。',
    );
    const units = unitsOf(text);
    expect(units.map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'title',
      'byline',
      'paragraph',
      'byline:opens',
      'paragraph',
    ]);
  });

  it('closes a story with a byline after its text, and starts another with the text after it', () => {
    const text = page(
      '社区新来了小记者',
      '小记者们走进社区，采访了居民和社区工作人员，写下了一篇篇稚嫩却真诚的采访笔记。',
      '记者 张三',
      '昨天上午，城西街道举办邻里节，居民们端出拿手菜，在楼下的小广场上摆起了长桌宴。',
    );
    const units = unitsOf(text);
    expect(units.map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'title',
      'paragraph',
      'byline',
      'paragraph:opens',
    ]);
  });

  it('keeps a byline under the title the story’s, however much text follows', () => {
    const text = page('老街巷换新颜', '本报记者 张三', '走进老街，青石板路干干净净。', '两旁的店铺焕然一新。');
    expect(unitsOf(text).some((unit) => unit.opensStory)).toBe(false);
  });

  it('starts a story at a title line after a wider gap than paragraphs have, over text', () => {
    const text = '老街巷换新颜\n\n走进老街，青石板路干干净净。\n\n\n社区食堂开张了\n\n今天，城东社区食堂正式营业。';
    expect(storiesOf(text)).toEqual(['老街巷换新颜', '社区食堂开张了']);
  });

  it('reads a short line in a photograph’s wider gap as its caption, not a title', () => {
    const text = '老街巷换新颜\n\n走进老街，青石板路干干净净。\n\n\n\n居民在新修的街巷散步\n\n两旁的店铺焕然一新。';
    expect(storiesOf(text)).toEqual(['老街巷换新颜']);
    expect(unitsOf(text).find((unit) => unit.kind === 'figure')?.lines[0]?.text).toBe('居民在新修的街巷散步');
  });

  it('starts a story at a title line after a credit that signed off the photo story above', () => {
    const text = page(
      '老街巷换新颜',
      '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
      '记者 张三 摄',
      '社区食堂开张了',
      '今天，城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。',
    );
    expect(storiesOf(text)).toEqual(['老街巷换新颜', '社区食堂开张了']);
  });
});

describe('a title inside a running story', () => {
  const titles = (text: string) =>
    unitsOf(text)
      .filter((unit) => unit.kind === 'title')
      .map((unit) => unit.roles.join('/'));

  it('opens a new story at a headline over a —— subtitle', () => {
    const text = page(
      '老街巷换新颜',
      '本报记者 张三',
      '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
      '志愿红点亮社区',
      '——城东街道志愿服务队工作侧记',
      '每天清晨，志愿者们便走上街头，清扫落叶，劝导文明出行，风雨无阻。',
    );
    expect(titles(text)).toEqual(['headline', 'headline/subtitle']);
  });

  it('keeps a heading over dashed items with siblings the story’s list', () => {
    const text = page(
      '老街巷换新颜',
      '本报记者 张三',
      '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
      '打造三个片区',
      '——商业休闲片区',
      '沿街店铺统一招牌，引进特色餐饮和文创小店，晚上灯火通明。',
      '——文化展示片区',
      '修缮老院落，开设非遗工坊和社区书屋，周末有演出。',
    );
    expect(titles(text)).toEqual(['headline']);
  });

  it('opens a new story at a bare line over text that opens like a news report, after a report', () => {
    const text = page(
      '社区食堂开张了',
      '本报讯（记者 张三）城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。',
      '食堂每天供应早中晚三餐，菜品每周更新，还提供送餐上门服务。',
      '老旧小区加装电梯',
      '近日，城西街道首批老旧小区加装电梯完工，二十多户居民告别了爬楼的日子。',
    );
    expect(titles(text)).toEqual(['headline', 'headline']);
  });

  it('keeps a bare line in a feature an intertitle, whatever the text under it opens with', () => {
    const text = page(
      '社区食堂开张了',
      '本报记者 张三',
      '城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠，附近的老人纷纷前来尝鲜。',
      '一碗热饭暖人心',
      '近日，记者来到食堂，看到老人们围坐在一起，边吃边聊，其乐融融。',
    );
    expect(titles(text)).toEqual(['headline']);
  });
});

describe('briefs printed without headlines', () => {
  const opens = (text: string) =>
    unitsOf(text)
      .filter((unit) => unit.opensStory)
      .map((unit) => unit.lines[0]!.text.slice(0, 8));

  it('starts the next brief at a paragraph dated to the hour after a report that gave its time', () => {
    const text = page(
      '社区食堂开张了',
      '本报讯（记者 张三）近日，城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。',
      '食堂每天供应早中晚三餐，菜品每周更新，还提供送餐上门服务，受到老人们欢迎。',
      '12月3日下午，南关街道举办冬季消防安全演练，百余名居民参加了疏散和灭火练习。',
    );
    expect(opens(text)).toEqual(['12月3日下午，']);
  });

  it('keeps a dated paragraph without an hour, or in a feature, in its story', () => {
    const report = page(
      '社区食堂开张了',
      '本报讯（记者 张三）近日，城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。',
      '食堂每天供应早中晚三餐，菜品每周更新，还提供送餐上门服务，受到老人们欢迎。',
      '3月17日，社区又增设了助餐点，方便行动不便的老人就近用餐，老人们纷纷点赞。',
    );
    expect(opens(report)).toEqual([]);
    const feature = page(
      '社区食堂开张了',
      '本报记者 张三',
      '城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠，附近的老人纷纷前来尝鲜。',
      '食堂每天供应早中晚三餐，菜品每周更新，还提供送餐上门服务，受到老人们欢迎。',
      '9月17日上午，志愿者们就来到食堂帮忙择菜、打扫卫生，忙得不亦乐乎。',
    );
    expect(opens(feature)).toEqual([]);
  });
});

describe('names in brackets after the text', () => {
  it('reads them as the byline that signs the story off', () => {
    const units = unitsOf(
      page(
        '老街巷换新颜',
        '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
        '（张三 李四）',
        '社区食堂开张了',
        '本报讯（记者 王五）城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。',
      ),
    );
    expect(units.map((unit) => unit.kind)).toEqual(['title', 'paragraph', 'byline', 'title', 'lead']);
  });

  it('keeps a bracketed note running text: （完）', () => {
    const units = unitsOf(
      page('老街巷换新颜', '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。', '（完）'),
    );
    expect(units.map((unit) => unit.kind)).toEqual(['title', 'paragraph', 'paragraph']);
  });
});

describe('a box label over a story', () => {
  it('reads 记者手记 alone over a headline and byline as the story’s rubric, not a box', () => {
    const text = page(
      '老街巷换新颜',
      '本报记者 张三',
      '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
      '记者手记',
      '一条老街的新生',
      '本报记者 李四',
      '第一次走进这条老街是在三年前，那时的路面坑坑洼洼，如今已大不一样。',
    );
    expect(unitsOf(text).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'title:headline',
      'byline:byline',
      'paragraph:body',
      'title:rubric/headline',
      'byline:byline',
      'paragraph:body',
    ]);
  });
});

describe('gaps read against the page’s own spacing', () => {
  const storiesOf = (text: string) =>
    unitsOf(text)
      .filter((unit) => unit.kind === 'title' || unit.opensStory)
      .map((unit) => unit.lines[0]!.text);
  const story = [
    '老街巷换新颜',
    '本报记者 张三',
    '走进老街，青石板路干干净净，两旁的店铺焕然一新，不少居民在街边驻足拍照留念。',
    '街坊们的新生活',
    '老街改造后，街边新开了几家老字号，游客越来越多，老街巷的人气越来越旺。',
    '居民们说，如今出门就是风景，茶余饭后到街上走走成了大家的习惯。',
  ];

  it('keeps an intertitle in its story on a page that leaves two blank lines between paragraphs', () => {
    const text = story.join('\n\n\n');
    expect(storiesOf(text)).toEqual(['老街巷换新颜']);
    expect(unitsOf(text).find((unit) => unit.lines[0]!.text === '街坊们的新生活')?.kind).toBe('intertitle');
  });

  it('still opens a story at a wider gap than that page’s paragraphs have', () => {
    const text = `${story.join('\n\n\n')}\n\n\n\n社区食堂开张了\n\n\n今天，城东社区食堂正式营业，六十岁以上的老人用餐可享受八折优惠。`;
    expect(storiesOf(text)).toEqual(['老街巷换新颜', '社区食堂开张了']);
  });
});

describe('editor markup inside a running story', () => {
  // A feature with an intertitle already, so the heuristics read a short line under the next one as
  // the story's own; the editor's markup says it begins another story (README: markup always wins).
  const STORY = [
    '社区服务暖人心',
    '本报记者 张三',
    '入冬以来，新华街道各社区开展多项便民服务，为居民解决了不少实际困难，居民们纷纷点赞。',
    '服务走进千家万户',
    '社区志愿者每周上门走访独居老人，帮助他们购买生活用品、打扫房间，陪老人聊天解闷。',
  ];
  const INTERTITLE = '志愿服务常态化';
  const TITLE = '老旧小区改造提速';
  const SUBTITLE = '居民住上了新楼房';
  const TEXT = '今年以来，全区老旧小区改造工作进展顺利，屋顶防水、外墙保温等工程陆续完工，居民生活条件明显改善。';
  const MORE = '下一步，街道将继续完善志愿服务机制，让更多居民参与到社区治理中来，共建美好家园。';
  const LIST = ['全年重点抓好以下工作：', '改善居住环境', '完善公共服务'];
  const marked = (role: string, line: string) => `@@ ${role}\n${line}`;
  const tail = (text: string, count: number) => rolesOf(text).slice(-count);

  it('without markup, reads the lines under an intertitle and in a list as the story’s', () => {
    expect(tail(page(...STORY, INTERTITLE, TITLE, TEXT), 3)).toEqual([
      'intertitle:intertitle',
      'paragraph:body:fragment',
      'paragraph:body',
    ]);
    expect(tail(page(...STORY, INTERTITLE, MORE, TEXT), 3)).toEqual([
      'intertitle:intertitle',
      'paragraph:body',
      'paragraph:body',
    ]);
    expect(tail(page(...STORY, ...LIST, TITLE, '提升治理水平', TEXT), 5)).toEqual([
      'list:body',
      'list:body',
      'list:body',
      'intertitle:intertitle',
      'paragraph:body',
    ]);
  });

  for (const role of ['rubric', 'overline', 'headline'])
    it(`starts a title at a short line marked @@ ${role} under an intertitle`, () => {
      const units = unitsOf(page(...STORY, INTERTITLE, marked(role, TITLE), TEXT));
      expect(units.slice(-3).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
        'intertitle:intertitle',
        `title:${role}`,
        'paragraph:body',
      ]);
      expect(units.at(-2)!.reasons).toEqual([`editor markup @@ ${role}`]);
    });

  it('makes a paragraph marked @@ headline under an intertitle a headline, and the intertitle stays', () => {
    const units = unitsOf(page(...STORY, INTERTITLE, marked('headline', MORE), TEXT));
    expect(units.slice(-3).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'intertitle:intertitle',
      'title:headline',
      'paragraph:body',
    ]);
    expect(units.at(-2)!.lines.map((line) => line.text)).toEqual([MORE]);
  });

  it('starts a title at a list item marked @@ headline; the item under it is not the title’s', () => {
    const units = unitsOf(page(...STORY, ...LIST, marked('headline', TITLE), '提升治理水平', TEXT));
    expect(units.slice(-5).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'list:body',
      'list:body',
      'title:headline',
      'intertitle:intertitle',
      'paragraph:body',
    ]);
    expect(units.at(-3)!.lines.map((line) => line.text)).toEqual([TITLE]);
  });

  it('reads a marked overline and headline under an intertitle as one title', () => {
    const units = unitsOf(page(...STORY, INTERTITLE, marked('overline', TITLE), marked('headline', SUBTITLE), TEXT));
    expect(units.slice(-3).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'intertitle:intertitle',
      'title:overline/headline',
      'paragraph:body',
    ]);
  });

  it('takes the line above a marked subtitle as its headline, inside a story', () => {
    expect(tail(page(...STORY, INTERTITLE, MORE, TITLE, SUBTITLE, TEXT), 3)).toEqual([
      'intertitle:intertitle',
      'paragraph:body:fragment',
      'paragraph:body',
    ]);
    expect(tail(page(...STORY, INTERTITLE, MORE, TITLE, marked('subtitle', SUBTITLE), TEXT), 3)).toEqual([
      'paragraph:body',
      'title:headline/subtitle',
      'paragraph:body',
    ]);
  });

  it('leaves the next story its own title when the paragraph above it is marked @@ headline', () => {
    const next = ['城乡环境面貌换新颜', '本报记者 李四', TEXT];
    expect(tail(page(...STORY, marked('headline', MORE), ...next), 4)).toEqual([
      'title:headline',
      'title:headline',
      'byline:byline',
      'paragraph:body',
    ]);
  });

  it('takes the unmarked line under a marked rubric as its headline', () => {
    expect(tail(page(...STORY, ...LIST, marked('rubric', TITLE), '提升治理水平', TEXT), 2)).toEqual([
      'title:rubric/headline',
      'paragraph:body',
    ]);
  });
});

describe('a headline printed over two lines, its first line marked', () => {
  // The unmarked path reads two short lines over a byline or a lead as one title block; an editor who
  // marks only the first line of such a headline means that block, not a one-line title and a story
  // of its own under it (../shared/eval/GUIDE.md: both lines are `headline`).
  const ABOVE = [
    '社区服务暖人心',
    '本报记者 张三',
    '入冬以来，新华街道各社区开展多项便民服务，为居民解决了不少实际困难，居民们纷纷点赞。',
  ];
  const FIRST = '老旧小区改造提速';
  const SECOND = '居民住上了新楼房';
  const BYLINE = '本报记者 李四';
  const LEAD = '本报讯（记者 李四）今年以来，全区老旧小区改造工作进展顺利，屋顶防水、外墙保温等工程陆续完工。';
  const TEXT = '今年以来，全区老旧小区改造工作进展顺利，屋顶防水、外墙保温等工程陆续完工，居民生活条件明显改善。';
  const titleOf = (text: string) => unitsOf(text).find((unit, k) => k > 0 && unit.kind === 'title')!;
  const tail = (text: string, count: number) => rolesOf(text).slice(-count);

  for (const [under, kind] of [
    [BYLINE, 'byline:byline'],
    [LEAD, 'lead:body'],
  ] as const)
    it(`takes the unmarked second line into the marked headline over a ${kind.split(':')[0]}`, () => {
      // Unmarked, the two lines are one title block too; which of them is the headline the text cannot tell.
      expect(tail(page(...ABOVE, FIRST, SECOND, under, TEXT), 3)).toEqual([
        'title:overline/headline',
        kind,
        'paragraph:body',
      ]);
      const text = page(...ABOVE, `@@ headline\n${FIRST}`, SECOND, under, TEXT);
      expect(tail(text, 3)).toEqual(['title:headline/headline', kind, 'paragraph:body']);
      expect(titleOf(text).lines.map((line) => line.text)).toEqual([FIRST, SECOND]);
      expect(titleOf(text).reasons).toEqual(['editor markup @@ headline', 'in a title block marked by the editor']);
    });

  it('takes it under a marked overline and headline too', () => {
    const text = page(...ABOVE, '@@ overline\n出实招 动真格', `@@ headline\n${FIRST}`, SECOND, BYLINE, TEXT);
    expect(tail(text, 3)).toEqual(['title:overline/headline/headline', 'byline:byline', 'paragraph:body']);
    expect(titleOf(text).lines.map((line) => line.text)).toEqual(['出实招 动真格', FIRST, SECOND]);
  });

  it('takes it at the top of the page, where the run over text is the page’s first title', () => {
    expect(rolesOf(page(`@@ headline\n${FIRST}`, SECOND, TEXT))).toEqual(['title:headline/headline', 'paragraph:body']);
  });

  it('leaves a paragraph marked @@ headline its one line: the title under it is the next story’s', () => {
    const paragraph = '下一步，街道将继续完善志愿服务机制，让更多居民参与到社区治理中来，共建美好家园。';
    expect(tail(page(...ABOVE, `@@ headline\n${paragraph}`, FIRST, SECOND, BYLINE, TEXT), 4)).toEqual([
      'title:headline',
      'title:overline/headline',
      'byline:byline',
      'paragraph:body',
    ]);
  });
});

describe('an intertitle right after a news lead', () => {
  const lead = '本报讯（记者 高远）近日，柳湾社区在党群服务中心开办“四点半课堂”，为双职工家庭的孩子提供课后看护。';
  it('keeps a bare line after the lead in the report when a parallel intertitle follows it', () => {
    const text = page(
      '柳湾社区办起“四点半课堂”',
      lead,
      '课堂有新师，看护更贴心',
      '课堂由社区工作者和大学生志愿者轮流值守，每天开放两个半小时。',
      '家长有好评，口碑传四邻',
      '开班一个月来，课堂已接待学生六百余人次。',
    );
    expect(rolesOf(text)).toEqual([
      'title:headline',
      'lead:body',
      'intertitle:intertitle',
      'paragraph:body',
      'intertitle:intertitle',
      'paragraph:body',
    ]);
  });

  it('keeps numbered intertitles after the lead in the report, circled figures too', () => {
    const text = page(
      '云溪新城产业集聚',
      lead,
      '①数字经济产业园',
      '园区建成标准厂房二十万平方米。',
      '②现代物流园',
      '物流园日均吞吐货物五千吨。',
    );
    expect(rolesOf(text).slice(2)).toEqual([
      'intertitle:intertitle',
      'paragraph:body',
      'intertitle:intertitle',
      'paragraph:body',
    ]);
  });

  it('keeps a data box printed right after the lead in the report', () => {
    const text = page(
      '柳湾社区办起“四点半课堂”',
      lead,
      '“数”说课堂',
      '服务学生600人次',
      '志愿者120名',
      '家长们纷纷点赞。',
    );
    expect(rolesOf(text).slice(2)).toEqual(['intertitle:intertitle', 'list:body', 'list:body', 'paragraph:body']);
  });

  it('still reads a bare line after a brief’s lead as the next story’s title when nothing parallels it', () => {
    const text = page(
      '柳湾社区办起“四点半课堂”',
      lead,
      '北岭村大棚蘑菇喜获丰收',
      '走进北岭村，一排排大棚整齐排列，村民正忙着采收。',
      '青禾街道开展消防演练',
      '日前，青禾街道组织辖区商户开展消防演练。',
    );
    expect(rolesOf(text).slice(0, 4)).toEqual(['title:headline', 'lead:body', 'title:headline', 'paragraph:body']);
  });
});

describe('boxes, data lines and interviews inside a story', () => {
  const story = (...body: string[]) =>
    page('北岭村的“致富经”', '本报记者 罗小川', '走进北岭村，一排排大棚整齐排列，村民正忙着采收蘑菇。', ...body);

  it('keeps a 数说 label and its data lines in the story, not a title block over the text after it', () => {
    const units = unitsOf(story('“数”说北岭', '大棚120座', '带动农户120户', '说起今后的打算，赵长河信心满满。'));
    expect(units.map((unit) => unit.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'intertitle',
      'list',
      'list',
      'paragraph',
    ]);
  });

  it('keeps a run of more bare lines than a title holds in the story', () => {
    const units = unitsOf(
      story('春风吹过北岭坡', '大棚连片蘑菇多', '乡亲笑语满山窝', '日子越过越红火', '这首诗是村里的老师写的。'),
    );
    expect(units.filter((unit) => unit.kind === 'title')).toHaveLength(1);
  });

  it('still opens a story at two bare title lines over text after a story without intertitles', () => {
    const units = unitsOf(
      story('青禾街道开展消防演练', '商户学会使用灭火器', '日前，青禾街道组织辖区商户开展消防演练。'),
    );
    expect(units.map((unit) => unit.kind)).toEqual(['title', 'byline', 'paragraph', 'title', 'paragraph']);
  });

  it('reads the turns of an interview as the story’s text', () => {
    const units = unitsOf(
      story('记者：明年有什么打算？', '赵长河：再建二十座大棚！', '记者：资金从哪里来？', '赵长河：村民入股。'),
    );
    expect(units.slice(3).map((unit) => unit.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('stories continued from another page', () => {
  const before = ['北岭村的“致富经”', '本报记者 罗小川', '走进北岭村，一排排大棚整齐排列，村民正忙着采收蘑菇。'];

  it('opens a story at the text under a jump line (上接第X版): the rest of a story begun on another page', () => {
    const units = unitsOf(page(...before, '（上接第一版）', '为了这件事，老孙跑了十几趟。', '他说，跑多少趟都值得。'));
    expect(units.map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'title',
      'byline',
      'paragraph',
      'furniture',
      'paragraph:opens',
      'paragraph',
    ]);
  });

  it('takes a headline reprinted under the jump line for the continued story’s', () => {
    const units = unitsOf(page(...before, '（上接第1版）', '老孙的“跑腿经”', '为了这件事，老孙跑了十几趟。'));
    expect(units.slice(3).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'furniture:furniture',
      'title:headline',
      'paragraph:body',
    ]);
  });

  it('keeps text after a jump line sending the story away out of that story’s title', () => {
    const units = unitsOf(page(...before, '（下转第八版）', '为了这件事，老孙跑了十几趟。'));
    expect(units.slice(3).map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'furniture',
      'paragraph',
    ]);
  });
});

describe('a story without a byline after a story with intertitles', () => {
  const feature = [
    '青禾街道：为民办实事 服务零距离',
    '本报记者 高远',
    '今年以来，青禾街道共为群众办实事一百二十件，群众满意度持续提升。',
    '点滴小事暖人心',
    '社区干部上门服务，帮助行动不便的老人办理证件。',
    '小小网格大作为',
    '网格员每天巡查，及时发现和解决问题。',
  ];
  const kinds = (...tail: string[]) => unitsOf(page(...feature, ...tail)).map((unit) => unit.kind);

  it('opens a story at a line out of the form of the story’s intertitles, over text opening like a report', () =>
    expect(kinds('柳湾社区开展义诊活动', '近日，柳湾社区联合区医院开展义诊活动。').slice(-2)).toEqual([
      'title',
      'paragraph',
    ]));

  it('keeps a third intertitle of the same form in the story', () =>
    expect(kinds('邻里守望传真情', '近日，街道组织志愿者走访独居老人。').slice(-2)).toEqual([
      'intertitle',
      'paragraph',
    ]));

  it('opens a story at each of parallel headlines over text opening with when: a column of briefs', () => {
    const units = unitsOf(
      page(
        '云溪河畔的守望者',
        '本报记者 田野',
        '每天清晨五点，韩守田就沿着河岸巡查。',
        '青禾街道开展消防演练',
        '日前，青禾街道组织商户开展消防演练。',
        '柳湾街道举办健康讲座',
        '近日，柳湾街道举办健康讲座。',
      ),
    );
    expect(units.map((unit) => unit.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'title',
      'paragraph',
      'title',
      'paragraph',
    ]);
  });

  it('keeps parallel intertitles over dated sections in a feature: a chronicle, not briefs', () => {
    const units = unitsOf(
      page(
        '云溪河畔的守望者',
        '本报记者 田野',
        '每天清晨五点，韩守田就沿着河岸巡查。',
        '春日护河：清淤疏浚保畅通',
        '3月5日上午，志愿者们来到河道清理淤泥。',
        '夏日巡河：防汛值守保平安',
        '7月12日，云溪河水位上涨，志愿者彻夜值守。',
      ),
    );
    expect(units.map((unit) => unit.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'intertitle',
      'paragraph',
      'intertitle',
      'paragraph',
    ]);
  });

  it('keeps a line of another form in the story when its text reads on, not like a report', () =>
    expect(kinds('柳湾社区开展义诊活动', '志愿者们还为老人理发、剪指甲。').slice(-2)).toEqual([
      'intertitle',
      'paragraph',
    ]));
});

describe('an editor’s note under the title', () => {
  it('keeps the byline under an editor’s note (编者按) heading the story, not signing it off', () => {
    const units = unitsOf(
      page(
        '云溪河畔的守望者',
        '——记护河志愿者韩守田',
        '编者按：在云溪河两岸，活跃着一支护河志愿者队伍。本报今起推出系列报道。',
        '本报记者 田野',
        '每天清晨五点，韩守田就沿着河岸巡查。',
      ),
    );
    expect(units.map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'title',
      'sidebar',
      'byline',
      'paragraph',
    ]);
    expect(units[2]!.reasons[0]).not.toMatch(/signs the story off/);
  });
});

describe('a commentary after a story', () => {
  it('opens the commentary at its rubric and headline over a lone author and one short sentence', () => {
    const units = unitsOf(
      page(
        '云溪新城产业集聚',
        '本报记者 柳青松',
        '近日，记者走进云溪新城数字经济产业园，看到一派繁忙景象。',
        '园区建设提速',
        '园区今年新开工项目十二个，总投资四十亿元。',
        '平城新语',
        '老城也要“新”起来',
        '林一舟',
        '老城更新，既要留住记忆，也要焕发活力。',
      ),
    );
    expect(units.slice(5).map((unit) => `${unit.kind}:${unit.roles.join('/')}`)).toEqual([
      'title:rubric/headline',
      'byline:byline',
      'paragraph:body',
    ]);
  });
});

describe('a series part under the headline', () => {
  it('keeps （上） under the headline in the title, so the byline under it heads the story', () => {
    const units = unitsOf(
      page('一条小河的重生', '（上）', '本报记者 田野', '云溪河流经五个社区，曾经是居民的烦心事。'),
    );
    expect(units.map((unit) => `${unit.kind}:${unit.roles.join('/')}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'title:headline/headline',
      'byline:byline',
      'paragraph:body',
    ]);
  });

  it('still reads （完） after the text as a note of the story', () =>
    expect(
      unitsOf(page('一条小河的重生', '本报记者 田野', '云溪河变清了。', '（完）')).map((unit) => unit.kind),
    ).toEqual(['title', 'byline', 'paragraph', 'paragraph']));
});

describe('a poem or slogan in short lines', () => {
  const story = (...body: string[]) =>
    unitsOf(page('北岭村的“致富经”', '本报记者 罗小川', '村口的墙上写着一首小诗：', ...body)).slice(3);

  it('keeps every line of a poem introduced by a colon in the list, its last one over text too', () =>
    expect(
      story('春风吹过北岭坡', '大棚连片蘑菇多', '乡亲笑语满山窝', '这首诗是村里的老师写的。').map((unit) => unit.kind),
    ).toEqual(['list', 'list', 'list', 'paragraph']));

  it('still reads a line of another form after a list, over text, as an intertitle', () =>
    expect(
      story('春风吹过北岭坡', '大棚连片蘑菇多', '合作社里，村民说了算', '这首诗是村里的老师写的。').map(
        (unit) => unit.kind,
      ),
    ).toEqual(['list', 'list', 'intertitle', 'paragraph']));
});

describe('a brief whose headline was lost', () => {
  const briefs = (...tail: string[]) =>
    unitsOf(
      page(
        '青禾街道召开供暖工作会',
        '本报讯（记者 高远）12月1日上午，青禾街道召开冬季供暖工作推进会。',
        '会议要求，各社区要逐户排查供暖情况。',
        '昨晚，云溪广场举行灯光秀，吸引市民上千人观看。',
        ...tail,
      ),
    ).map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`);

  it('opens the next story at a bare line over text after the brief, which carries no intertitles', () =>
    expect(briefs('北岭老年团走进古村落', '活动当天，四十名老人参观了古村落。').slice(-3)).toEqual([
      'paragraph:opens',
      'title',
      'paragraph',
    ]));

  it('keeps an intertitle in a story whose title was lost after a sign-off: only a dated brief is that short', () => {
    const units = unitsOf(
      page(
        '青禾街道召开供暖工作会',
        '本报讯 青禾街道召开冬季供暖工作推进会，部署辖区供暖保障工作，要求各社区逐户排查供暖情况。',
        '会议强调，要确保辖区群众温暖过冬，对困难群众要重点关注、及时帮扶。',
        '本报记者 高远',
        '近日，记者走进北岭村，看到一排排大棚整齐排列。',
        '大棚里的新希望',
        '村民赵长河正忙着采收蘑菇。',
      ),
    );
    expect(units.slice(-3).map((unit) => `${unit.kind}${unit.opensStory ? ':opens' : ''}`)).toEqual([
      'paragraph:opens',
      'intertitle',
      'paragraph',
    ]);
  });

  it('keeps a bare line in the brief when a parallel sibling makes it the first of its intertitles', () =>
    expect(
      briefs('灯光璀璨，古城添彩', '灯光秀持续一个小时。', '市民点赞，夜游升温', '不少市民专程赶来。').slice(-5),
    ).toEqual(['paragraph:opens', 'intertitle', 'paragraph', 'intertitle', 'paragraph']));
});
