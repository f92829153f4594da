/**
 * Paper profiles (src/config/papers/) and the patterns compiled from them (src/lib/split/profile.ts):
 * what each convention must and must not match. Lines quoted from the five real 平城 pages come first,
 * then forms of other Chinese city papers, written here to break the rules.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAPER, PAPER_PROFILES } from '../../../src/config/papers.ts';
import { cityPaper } from '../../../src/config/papers/city-paper.ts';
import { datongPingcheng } from '../../../src/config/papers/datong-pingcheng.ts';
import { defineProfile, extendProfile, isAuthorNote, readLead, rulesOf } from '../../../src/lib/split/profile.ts';

const rules = rulesOf(datongPingcheng);
const city = rulesOf(cityPaper);

function matches(pattern: RegExp, lines: readonly string[]) {
  for (const line of lines) it(`matches ${line}`, () => expect(line).toMatch(pattern));
}

function rejects(pattern: RegExp, lines: readonly string[]) {
  for (const line of lines) it(`does not match ${line}`, () => expect(line).not.toMatch(pattern));
}

describe('the profiles', () => {
  it('names the archive’s own paper as the default', () => expect(PAPER_PROFILES[DEFAULT_PAPER]).toBe(datongPingcheng));

  it('builds the 平城 profile on the city-paper one: its own name added, 本报 kept', () => {
    expect(datongPingcheng.selfNames).toEqual(expect.arrayContaining(['本报', '大同日报']));
    expect(datongPingcheng.reporterRanks).toEqual(cityPaper.reporterRanks);
    expect(datongPingcheng.thresholds).toEqual(cityPaper.thresholds);
  });

  it('keeps one page’s campaigns and columns out of the city-paper profile (双百工程, 行政区划, 走进, 聚焦)', () => {
    const cues = Object.values(cityPaper.sectionCues).flat();
    for (const word of ['双百工程', '行政区划']) expect(cues).not.toContain(word);
    for (const word of ['走进', '聚焦']) expect(cityPaper.rubricCues).not.toContain(word);
    expect(datongPingcheng.sectionCues.时政).toContain('双百工程');
    expect(datongPingcheng.rubricCues).toContain('走进');
  });

  it('refuses a profile that breaks the schema, naming the field', () => {
    expect(() => defineProfile({ ...cityPaper, id: 'City Paper' })).toThrowError(/id/);
    expect(() => extendProfile(cityPaper, { id: 'x', name: 'x', bylineOrnaments: ['■■'] })).toThrowError(
      /bylineOrnaments/,
    );
  });
});

describe('roleAt: the role word a byline opens with', () => {
  const role = (text: string) => rules.roleAt(text);
  it('reads 本报记者 as a reporter of the paper', () =>
    expect(role('本报记者 张三')).toEqual({ length: 4, role: '记者' }));
  it('reads stacked ranks, the most specific naming the role: 全媒体首席记者', () =>
    expect(role('全媒体首席记者 张三')).toEqual({ length: 7, role: '首席记者' }));
  it('reads any outlet’s reporter: 晋阳晚报记者, 云冈网记者', () => {
    expect(role('晋阳晚报记者 张三')?.length).toBe(6);
    expect(role('云冈网记者 张三')?.length).toBe(5);
  });
  it('reads a school’s student reporter: 实验小学小记者', () =>
    expect(role('实验小学小记者 王小明')).toEqual({ length: 7, role: '学生记者' }));
  it('reads the paper’s own name before the role: 大同日报记者, 晚报记者', () => {
    expect(role('大同日报记者 张三')?.length).toBe(6);
    expect(role('晚报记者 张三')?.length).toBe(4);
  });
  it('reads 通讯员 and 本报通讯员', () => {
    expect(role('通讯员 李四')).toEqual({ length: 3, role: '通讯员' });
    expect(role('本报通讯员 李四')).toEqual({ length: 5, role: '通讯员' });
  });
  it('reads no role in a name or a headline', () => {
    expect(role('张三')).toBeNull();
    expect(role('平城区召开会议')).toBeNull();
  });
});

describe('lead: the opening of a news story', () => {
  const people = (line: string) => readLead(line, rules)?.people ?? null;
  const isLead = (line: string) => readLead(line, rules) !== null;
  it('reads the reporter of 本报讯（记者 张鑫）燃气安全关系到千家万户', () =>
    expect(people('本报讯（记者 张鑫）燃气安全关系到千家万户，与人民群众生命财产安全息息相关。')).toBe('记者 张鑫'));
  it('reads the half-width 本报讯(记者董芳)平城区总工会…', () =>
    expect(people('本报讯(记者董芳)平城区总工会按照区委“双百工程”战略部署')).toBe('记者董芳'));
  it('reads 本报(记者 董芳), printed without 讯', () =>
    expect(people('本报(记者 董芳)“戴上VR眼镜,我仿佛置身于浩瀚的宇宙之中。”')).toBe('记者 董芳'));
  it('reads a dated lead 本报3月5日讯（记者 王五）', () =>
    expect(people('本报3月5日讯（记者 王五）昨日，平城区召开……')).toBe('记者 王五'));
  it('reads a dated, placed 电 lead: 本报太原5月6日电 (记者王五)', () =>
    expect(people('本报太原5月6日电 (记者王五)记者从省住建厅获悉……')).toBe('记者王五'));
  it('reads a correspondent 本报讯（通讯员 李四）', () =>
    expect(people('本报讯（通讯员 李四）近日，平城区……')).toBe('通讯员 李四'));
  it('reads reporters and correspondents together', () =>
    expect(people('本报讯（记者 张三 通讯员 李四 王五）近日……')).toBe('记者 张三 通讯员 李四 王五'));
  it('reads a lead without brackets: 本报讯 记者张三 通讯员李四报道：', () =>
    expect(people('本报讯 记者张三 通讯员李四报道：近日，平城区……')).toMatch(/记者张三\s*通讯员李四/));
  it('reads names without brackets or 报道 before the text: 本报讯 特约记者张三 通讯员李四 5月2日，', () =>
    expect(people('本报讯 特约记者张三 通讯员李四 5月2日，云冈区……')).toBe('特约记者张三 通讯员李四'));
  it('reads the paper’s own name as a lead: 大同日报讯（记者 张三）', () =>
    expect(people('大同日报讯（记者 张三）近日……')).toBe('记者 张三'));
  it('reads any outlet’s lead: 晋阳晚报讯（记者 李四 通讯员 赵六）, 云冈网讯', () => {
    expect(people('晋阳晚报讯（记者 李四 通讯员 赵六）“老小区变样了。”……')).toBe('记者 李四 通讯员 赵六');
    expect(isLead('云冈网讯 家住新华街的王大爷这两天……')).toBe(true);
  });
  it('reads leads that name nobody: 本报讯 近日，…, 【本报讯】3月2日，…', () => {
    expect(readLead('本报讯 近日，平城区……', rules)).toEqual({ opening: '本报讯', people: null });
    expect(readLead('【本报讯】3月2日，平城区……', rules)?.people).toBeNull();
    expect(isLead('【本报讯】3月2日，平城区……')).toBe(true);
  });
  it('reads wire leads of any agency, with or without names', () => {
    expect(people('新华社北京3月5日电（记者 王五）十四届全国人大……')).toBe('记者 王五');
    expect(people('中新社太原1月5日电 (记者 李四)山西……')).toBe('记者 李四');
    expect(isLead('新华社北京3月5日电 十四届全国人大……')).toBe(true);
    expect(isLead('山西日报讯（记者 王五）全省……')).toBe(true);
  });
  it('reads wire copy a paper reprints as a lead: 据新华社电, 据新华社北京3月5日电（记者 王五）', () => {
    expect(readLead('据新华社电 近日……', rules)).toEqual({ opening: '据新华社电', people: null });
    expect(isLead('据新华社北京3月5日电 十四届全国人大……')).toBe(true);
    expect(people('据中新社太原1月5日电（记者 李四）山西……')).toBe('记者 李四');
  });
  for (const line of [
    '本报记者 孙鑫',
    '本报记者 张力卿 见习记者 杨裕刘',
    '记者从平城区发改局了解到，2020年全区地区生产总值完成428.17亿元',
    '本报与平城区（共同）举办',
    '《大同日报·今日平城》创刊一周年',
    '新华社记者 张三',
    '据新华社报道，近日……',
    '据《云湖日报》报道，近日……',
    '警报讯号响起后，居民有序撤离。',
    '日报社记者节座谈会召开',
  ]) {
    it(`reads no lead in ${line}`, () => expect(isLead(line)).toBe(false));
  }
  it('reads the city-paper profile’s leads without the 平城 page’s name', () => {
    expect(readLead('本报讯（记者 张三）近日……', city)?.people).toBe('记者 张三');
    expect(readLead('大同日报讯（记者 张三）近日……', city)?.people).toBe('记者 张三');
  });
});

describe('ornament', () => {
  const strip = (text: string) => text.replace(rules.ornament, '');
  it('strips a square printed before a byline', () => expect(strip('■本报记者 张三')).toBe('本报记者 张三'));
  it('strips the other ornaments papers use: □ ● ◎', () => {
    expect(strip('□张三 李四 文/图')).toBe('张三 李四 文/图');
    expect(strip('● 本报记者 张三')).toBe('本报记者 张三');
    expect(strip('◎王五')).toBe('王五');
  });
  it('strips the brackets around a byline', () => expect(strip('（记者 李四）')).toBe('记者 李四'));
  it('strips half-width brackets too', () => expect(strip('(通讯员 王五)')).toBe('通讯员 王五'));
  it('leaves brackets inside the line alone', () =>
    expect(strip('全国航天科普校园行公益活动（大同站）落幕')).toBe('全国航天科普校园行公益活动（大同站）落幕'));
});

describe('nameSuffix', () => {
  it('splits 田雁撰 into the name and the suffix 撰', () =>
    expect(rules.nameSuffix.exec('田雁撰')?.slice(1)).toEqual(['田雁', '撰']));
  it('splits 辛莉莉摄 into the name and the suffix 摄', () =>
    expect(rules.nameSuffix.exec('辛莉莉摄')?.slice(1)).toEqual(['辛莉莉', '摄']));
  it('splits 张三整理', () => expect(rules.nameSuffix.exec('张三整理')?.slice(1)).toEqual(['张三', '整理']));
  rejects(rules.nameSuffix, ['田雁', '辛莉莉 摄', '平城区三十二校主题升旗仪式摄']);
});

describe('trailingByline', () => {
  const pattern = rules.trailingByline;
  it('finds the byline run into the last line of a story (…始终保守党的秘密。…本报记者 孙露)', () => {
    const line =
      '王振翼一生中曾6次被捕入狱，但矢志不移，始终保守党的秘密。1995年8月1日，王振翼烈士墓碑揭牌仪式举行。在天镇县建成的红色文化记忆馆内，王振翼的光辉事迹用了整整一个展厅来介绍，供世人在缅怀追思中传承英烈精神。本报记者 孙露';
    expect(pattern.exec(line)?.slice(2)).toEqual(['本报记者', '孙露']);
  });
  it('finds two names after a closing quote', () =>
    expect(pattern.exec('……他说。”记者 张三、李四')?.[3]).toBe('张三、李四'));
  it('finds a correspondent', () => expect(pattern.exec('……成效明显。通讯员 王五')?.[2]).toBe('通讯员'));
  it('finds a ranked reporter: …。（全媒体记者 王五）', () =>
    expect(pattern.exec('……成效明显。（全媒体记者 王五）')?.[2]).toBe('全媒体记者'));
  rejects(pattern, ['本报记者 孙露', '……记者采访时说，这是第一次。', '……接受了本报记者的采访。']);
  it('does not take a verb after 记者 for a name (…同比增长4.4%。记者了解到)', () => {
    expect('全区地区生产总值完成428.17亿元，同比增长4.4%。记者了解到').not.toMatch(pattern);
  });
  // A paragraph cut by a column break can end anywhere, also right after 记者 and the verb that follows it.
  rejects(pattern, [
    '……成效明显。记者获悉',
    '……成效明显。记者走访发现',
    '……成效明显。记者在现场',
    '……成效明显。记者从平城区',
  ]);
  it('does not take any verb phrase after 记者 for a name: …成效明显。记者调查发现', () => {
    expect('……成效明显。记者调查发现').not.toMatch(pattern);
  });
});

describe('photoCredit', () => {
  matches(rules.photoCredit, [
    '资料图片',
    '辛莉莉摄',
    '张鑫摄',
    '本报记者 张鑫 摄',
    '张三 摄',
    '通讯员 李四 摄',
    '记者 张三 李四 摄',
    '首席记者 张三 摄',
    '图片由平城区委宣传部提供',
    '图片来源：新华社',
    '摄影 王五',
    '图/王五',
    '网络图片',
    '受访者供图',
    '本版图片均为记者王五摄',
    '本版图片由平城区委宣传部提供',
  ]);
  rejects(rules.photoCredit, [
    '本报记者 辛莉莉',
    '科普进校园。',
    '平城区三十二校主题升旗仪式。',
    '图为平城区环境治理监督大队队员正在查验进出站旅客的健康码。',
    '资料图片显示，平城区近年来变化很大。',
    '本版图片展示了平城区近年来的巨大变化和城市新貌。',
  ]);
});

describe('photoCredit: wire photographs and photographs given', () => {
  matches(rules.photoCredit, [
    '新华社发',
    '新华社发（王小明 摄',
    '中新社发 王小明 摄',
    '新华社记者 王小明 摄',
    '新华社记者 王小明 摄（资料图片）',
    '通讯员 韩小溪 供图',
    '韩小溪 供图',
    '青石县融媒体中心供图',
    '资料图',
    '图 柳成荫',
  ]);
  rejects(rules.photoCredit, [
    '图片新闻',
    '新华社发布消息称，青石县入选名录',
    '群众供图踊跃，社区展览开幕',
    '图书馆 开馆',
  ]);
});

describe('noticeTitle', () => {
  matches(rules.noticeTitle, ['遗失声明', '招聘启事', '停水公告', '关于城东片区停水的公告（第2号）']);
  rejects(rules.noticeTitle, [
    '县政府发布公告，城东片区停水',
    '公告栏前围满了居民',
    '声明之后',
    '线上春季招聘',
    '及时通知',
  ]);
});

describe('photoRubric', () => {
  matches(rules.photoRubric, ['图说', '图片新闻', '【图片新闻】', '图片故事', '图说青石']);
  rejects(rules.photoRubric, ['图片新闻的拍摄技巧', '青石县城东新区图说']);
});

describe('furniture', () => {
  matches(rules.furniture, [
    '责任编辑：张三',
    '责任编辑 王五 版面设计 赵六',
    '版面设计：李四',
    '校对 钱七',
    '编辑 王五 美编 赵六',
    '第5版',
    '5',
    '（下转第2版）',
    '(上接第1版)',
    '2021年4月9日 星期五',
    'A03',
    'B2',
  ]);
  rejects(rules.furniture, [
    '2023 全面突破振奋人心',
    '2024',
    '5G应用发展',
    '责任编辑部署工作',
    '第一步 到2024年底',
    '编辑部的故事',
  ]);
});

describe('furniture: the editors’ footer in its many forms', () => {
  matches(rules.furniture, [
    '责任编辑：周子墨　美编：林一帆　校对：赵小雨',
    '编辑/周子墨',
    '■责任编辑 林一帆',
    '（责任编辑：韩小溪）',
    '本版责编：周子墨 版式：林一帆',
    '组版 赵小雨 校对 钱七',
    '一审：周子墨 二审：林一帆 三审：韩小溪',
    '新闻热线：0352-1234567',
    '热线电话：0352-1234567　邮箱：qsxw@example.com',
    '投稿邮箱：qsxw@example.com',
    '本版稿件由青石县委宣传部提供',
    '（本版稿件由青石县委宣传部提供）',
    '本版图片除署名外由青石县融媒体中心提供',
    '责 任 编 辑 ：周子墨',
    '责任编辑∶周子墨',
    '责任校对 赵小雨',
    '值班编辑：周子墨',
    '邮箱：qsxw@example.com',
    '- 3 -',
    '·12·',
  ]);
  rejects(rules.furniture, [
    '编 辑部的故事',
    '制图员的一天',
    '邮箱里收到一封信 qsxw@example.com',
    '- 社区新风 -',
    '版式多样的报纸走进社区',
    '编辑们的一天',
    '校对工作十年如一日',
    '热线电话响个不停，社区干部忙着接听。',
    '本版图片均为记者王五摄',
    '本版推出系列报道',
  ]);
});

describe('furniture: running heads (报眉)', () => {
  matches(rules.furniture, [
    'A03版',
    'A03 版',
    'B2',
    '第3版',
    '第三版',
    '03版 城事',
    '城事 A03',
    'A03版·城事',
    '城事 | A03',
    '2023年5月6日 星期六',
    '2023年5月6日星期六 农历三月十七',
    '星期六 2023年5月6日 青石日报',
    '大同日报 2023年5月6日 星期六 A03版',
    '青石晚报 2023-05-06',
    '第8123期 2023年5月6日',
    '第3版：城事',
    '城事 第3版',
    '版次：05',
    '2023.05.06 星期六',
    '大同日报 2026年3月6日 星期五 5 走近平城',
    '2023年5月6日 星期六 3 城事',
  ]);
  rejects(rules.furniture, [
    '2023年5月6日 难忘的一天',
    '河口镇 5 个村',
    '2026年3月6日 5 个项目开工',
    '5月6日 星期六 8 名志愿者上岗',
    '周末 农历新年',
    'A3纸张短缺',
    '云冈晚报2025年04月13日举办读者节',
    '5月6日 星期六 天气晴朗',
    '第三版块 招商引资',
  ]);
  it('reads a paragraph of any length quickly (no running head is cut out of running text)', () =>
    expect('青石县城东新区'.repeat(2000)).not.toMatch(rules.furniture));
});

describe('briefRubric', () => {
  matches(rules.briefRubric, [
    '简讯',
    '社区简讯',
    '城事速览',
    '一句话新闻',
    '【短讯】',
    '■县域快讯■',
    '新闻速递',
    '简 讯',
  ]);
  rejects(rules.briefRubric, ['简讯发布之后', '青石县城东新区新闻速览了吗？', '一句话新闻也要写好的理由']);
  it('reads a brief’s run-in head after its ornament, and no head where none is set off', () => {
    expect(rules.briefHead.exec('■县城新增公交线路两条 5月6日起，青石县开通两条公交线路。')?.[1]).toBe(
      '县城新增公交线路两条',
    );
    expect(rules.briefHead.exec('●县人社局举办春季招聘会，八十家企业提供岗位。')?.[1]).toBeUndefined();
    expect(rules.briefHead.test('县城新增公交线路两条 5月6日起')).toBe(false);
  });
});

describe('sidebarLabel', () => {
  matches(rules.sidebarLabel, [
    '温馨提示：',
    '温馨提示:该连环画完整故事在“平城在线”同步推出展览',
    '相关链接',
    '小贴士',
    '编者按：',
    '相 关 链 接',
    '【背景】',
  ]);
  rejects(rules.sidebarLabel, ['该连环画完整故事在“平城在线”同步推出展览，温馨提示市民', '提示']);
  it('does not match a headline opening with the verb 链接', () =>
    expect('链接京津冀 打造桥头堡').not.toMatch(rules.sidebarLabel));
});

describe('conventions added for other papers', () => {
  it('reads 本报通讯员 as a byline, not as a 讯 lead', () => expect(readLead('本报通讯员 李四', rules)).toBeNull());
  it('reads an outlet reporter’s credit: 晋阳晚报记者 张三 摄', () =>
    expect('晋阳晚报记者 张三 摄').toMatch(rules.photoCredit));
  it('reads the masthead strip as furniture: paper, date, page number and page name', () => {
    for (const line of [
      '大同日报',
      '大同日报·走近平城',
      '大同日报 2026年3月6日 星期五 第5版 走近平城',
      '2026年3月6日 星期五 第5版',
      '第5版：走近平城',
      '第五版',
      'A3版 社区',
      '版次：05',
      '走近平城 第5版',
      '2026.03.06 星期五',
      '大同日报 2026-03-06 第5版',
    ])
      expect(line).toMatch(rules.furniture);
  });
  it('keeps a headline that names a paper or a page number out of the masthead', () => {
    for (const line of [
      '云冈晚报',
      '大同日报社举办读者节',
      '大同日报记者 张三',
      '第三版规划出炉',
      '第二届运动会开幕',
      '走近平城',
      '2026.03.06',
      '奋斗新时代第5版',
    ])
      expect(line).not.toMatch(rules.furniture);
  });
  it('reads a running head of paper and date as furniture: 云冈晚报 2025年04月13日', () => {
    expect('云冈晚报 2025年04月13日').toMatch(rules.furniture);
    expect('本报 2021年4月9日 星期五').toMatch(rules.furniture);
    expect('云冈晚报2025年04月13日举办读者节').not.toMatch(rules.furniture);
  });
  it('reads a school or unit before a name: 实验小学 王小明, not 实验小学王小明', () => {
    expect('实验小学 王小明').toMatch(rules.affiliation);
    expect('市第一人民医院 张三').toMatch(rules.affiliation);
    expect('实验小学王小明').not.toMatch(rules.affiliation);
    expect('实验小学五（2）班 王小明').toMatch(rules.affiliation);
    expect('云湖一中 高一（3）班 王小明').toMatch(rules.affiliation);
    expect('（2）班 王小明').not.toMatch(rules.affiliation);
  });
});

describe('pictures someone supplied', () => {
  matches(rules.photoCredit, [
    '云湖区文旅局供图',
    '通讯员 赵六 供图',
    '视觉中国供图',
    '本报资料图片',
    '新华社资料图片',
    '图片均由云湖区委宣传部提供',
  ]);
  rejects(rules.photoCredit, ['爱心企业捐赠供图书', '供图', '资料图片库建设启动', '本报资料图片显示，老城变化很大']);
});

describe('wire photographs and agency reporters', () => {
  matches(rules.photoCredit, [
    '新华社发',
    '新华社发（王小川 摄）',
    '新华社记者 王小川 摄',
    '中新社记者 王小川 李大山 摄',
    '本报记者 张 伟 摄',
    '记者 张 伟 李大山 摄',
  ]);
  rejects(rules.photoCredit, ['新华社发布会', '合作社发展壮大', '新华社发布消息称', '新华社记者 王小川', '张 伟大 摄']);
  it('reads an agency as the reporter’s employer, not as a name: 新华社记者 王小川', () => {
    expect(rules.roleAt('新华社记者 王小川')).toEqual({ length: 5, role: '记者' });
    expect(rules.roleAt('中新社记者 王小川')?.length).toBe(5);
  });
});

describe('isAuthorNote: the note on a writer after the text', () => {
  const note = (text: string) => isAuthorNote(text, rules);
  for (const line of [
    '（作者单位：云湖市第三中学）',
    '(作者单位：云湖市农科院)',
    '作者系云湖市社科院研究员',
    '（本文作者系云湖大学教授）',
    '作者单位：云湖市第三中学',
  ])
    it(`reads ${line}`, () => expect(note(line)).toBe(true));
  for (const line of [
    '作者系统梳理了老城的街巷',
    '作者为我们讲述了一个故事。',
    '作者系云湖人。他从小在老城长大，对街巷十分熟悉，写下了这本书。',
    '读者来信：作者系云湖人',
  ])
    it(`reads no note in ${line}`, () => expect(note(line)).toBe(false));
});

describe('lead: names as typesetters print them', () => {
  const people = (line: string) => readLead(line, rules)?.people ?? null;
  it('reads a spaced two-character name in a lead without brackets: 本报讯 记者 张 伟 报道：', () =>
    expect(people('本报讯 记者 张 伟 报道：近日，云湖市开展活动。')).toBe('记者 张 伟 报道'));
  it('reads a dotted name in a lead without brackets: 本报讯 记者 阿依古丽·买买提 报道：', () =>
    expect(people('本报讯 记者 阿依古丽·买买提 报道：近日，……')).toBe('记者 阿依古丽·买买提 报道'));
  it('reads names spaced apart before the text: 本报讯 记者 王五 通讯员 赵六 近日，', () =>
    expect(people('本报讯 记者 王五 通讯员 赵六 近日，云湖市开展活动。')).toBe('记者 王五 通讯员 赵六'));
  it('reads names joined by 、 in a lead without brackets: 本报讯 记者王五、李四报道：', () =>
    expect(people('本报讯 记者王五、李四报道：近日，云湖市开展活动。')).toBe('记者王五、李四报道'));
  it('reads each desk’s bracket: 本报讯（记者 王五）（通讯员 赵六）', () => {
    expect(people('本报讯（记者 王五）（通讯员 赵六）近日，云湖市开展活动。')).toBe('记者 王五 通讯员 赵六');
    expect(readLead('本报讯（记者 王五）（本报通讯员 赵六）近日。', rules)?.opening).toBe(
      '本报讯（记者 王五）（本报通讯员 赵六）',
    );
  });
  it('takes no note in a second bracket for people: 本报讯（记者 王五）（上接第一版）', () => {
    expect(people('本报讯（记者 王五）（上接第一版）近日。')).toBe('记者 王五');
    expect(readLead('本报讯（记者 王五）（图①）近日。', rules)?.opening).toBe('本报讯（记者 王五）');
  });
  it('reads the people of a lead in square brackets: 本报讯【记者 王五】', () =>
    expect(people('本报讯【记者 王五】近日，……')).toBe('记者 王五'));
  it('takes no word of the text for a spaced name: 本报讯 记者 张 伟大的…', () =>
    expect(people('本报讯 记者 张 伟大的工程开工了。')).toBeNull());
});

describe('leads of a story the desk compiled: 本报综合消息, 综合新华社电', () => {
  const isLead = (line: string) => readLead(line, rules) !== null;
  for (const line of [
    '本报综合消息 连日来，多地气温回升。',
    '本报综合报道 近日，多地开展活动。',
    '综合新华社电 近日，多地开展活动。',
    '晋阳晚报综合消息 近日，多地开展活动。',
  ])
    it(`reads ${line}`, () => expect(isLead(line)).toBe(true));
  it('reads the people of 本报综合消息（记者 王小川）', () =>
    expect(readLead('本报综合消息（记者 王小川）近日，……', rules)?.people).toBe('记者 王小川'));
  for (const line of [
    '综合治理成效明显。',
    '本报综合执法大队近日开展行动。',
    '综合考虑各方面因素，',
    '综合消息显示，今年以来。',
  ])
    it(`reads no lead in ${line}`, () => expect(isLead(line)).toBe(false));
});

describe('newsOpening: how a news report’s text begins', () => {
  matches(rules.newsOpening, [
    '记者从云湖市交通局获悉，首批新能源公交车投入运营。',
    '据新华社报道，农业农村部近日发布消息。',
    '据中新社电，全国冬小麦长势良好。',
    '据《云冈日报》报道，近日，某区开展活动。',
    '近日，社区开展活动。',
    '5月6日，云湖市举行消防演练。',
  ]);
  rejects(rules.newsOpening, [
    '据了解，修缮中使用了传统工艺。',
    '据悉，活动将持续一周。',
    '据统计，全市共有……',
    '记者走进河西镇',
  ]);
});

describe('deskByline: a desk signing for the paper', () => {
  matches(rules.deskByline, [
    '本报评论员',
    '本报特约评论员',
    '本报联合调查组',
    '本报记者调查组',
    '新华社评论员',
    '晋阳晚报评论员',
  ]);
  rejects(rules.deskByline, ['评论员', '本报评论员文章引发热议', '做一名合格的评论员', '调查组进驻云湖']);
});

describe('briefOpening', () => {
  matches(rules.briefOpening, ['12月3日下午，南关街道举办消防演练', '昨天下午，社区举办讲座', '昨晚，广场上灯火通明']);
  rejects(rules.briefOpening, ['3月17日，社区增设助餐点', '今天是重阳节', '昨天的会议上', '近日，社区开展活动']);
});

describe('the README’s example of a convention', () => {
  it('reads a special correspondent: 本报特派记者 张三', () =>
    expect(rules.roleAt('本报特派记者 张三')).toEqual({ length: 6, role: '记者' }));
  it('reads no rank in a headline: 特派员进村', () => expect(rules.roleAt('特派员进村')).toBeNull());
});

describe('leads of news sites: <outlet>消息', () => {
  it('reads 平城新闻网消息（记者 张三） and 云冈网消息：', () => {
    expect(readLead('平城新闻网消息（记者 张三）近日……', rules)?.people).toBe('记者 张三');
    expect(readLead('云冈网消息：近日，……', rules)).not.toBeNull();
  });
  it('reads no lead in running text about news: 网上消息称', () =>
    expect(readLead('网上消息称，近日……', rules)).toBeNull());
});

describe('continuationOpening: a paragraph that goes on from the one before', () => {
  for (const text of [
    '据介绍，新桥全长八百米。',
    '此外，新桥设有人行步道。',
    '该校开设了书法课。',
    '与此同时，集市重开。',
  ])
    it(`reads ${text}`, () => expect(rules.continuationOpening.test(text)).toBe(true));
  for (const text of ['介绍会在云湖举行。', '同学们走进新桥。', '近日，集市重开。', '记者了解到，新桥通车。'])
    it(`reads no going-on in ${text}`, () => expect(rules.continuationOpening.test(text)).toBe(false));
});
