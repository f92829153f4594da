/**
 * The splitter's named patterns (src/lib/split/patterns.ts): what each must and must not match. Lines
 * quoted from the five real 平城 pages come first, then forms printed by other Chinese city papers.
 */
import { describe, expect, it } from 'vitest';
import {
  BULLET,
  BYLINE_LEAD,
  BYLINE_NAME_SUFFIX,
  BYLINE_ORNAMENT,
  BYLINE_ROLE_WORDS,
  CAPTION_LEAD,
  DASH_LEAD,
  EDITOR_MARKER,
  ENUMERATOR,
  FURNITURE,
  HAN,
  MID_SENTENCE_STOP,
  NAME,
  PHOTO_CREDIT,
  SENTENCE_END,
  SIDEBAR_LABEL,
  TRAILING_BYLINE,
  WIRE_LEAD,
} from '../../../src/lib/split/patterns.ts';

/** One `it` per example, so a failure names the line that broke the pattern. */
function matches(pattern: RegExp, lines: readonly string[]) {
  for (const line of lines) it(`matches ${line}`, () => expect(line).toMatch(pattern));
}

function rejects(pattern: RegExp, lines: readonly string[]) {
  for (const line of lines) it(`does not match ${line}`, () => expect(line).not.toMatch(pattern));
}

describe('NAME', () => {
  const name = new RegExp(`^${NAME}$`);
  matches(name, ['张鑫', '辛莉莉', '欧阳晓明']);
  rejects(name, ['张', '欧阳晓明明', 'Zhang', '张 鑫']);
});

describe('HAN', () => {
  matches(HAN, ['平', '平城区']);
  rejects(HAN, ['，', 'A', '2021', '“”']);
});

describe('BYLINE_ROLE_WORDS', () => {
  it('lists every role word before any shorter word that is its prefix, so the longest wins', () => {
    BYLINE_ROLE_WORDS.forEach((word, index) => {
      const shadowing = BYLINE_ROLE_WORDS.slice(0, index).filter((earlier) => word.startsWith(earlier));
      expect(shadowing, `${word} is shadowed`).toEqual([]);
    });
  });

  it('knows the roles other city papers print: 通讯员, 特约记者, 首席记者, 文/图', () => {
    expect(BYLINE_ROLE_WORDS).toEqual(
      expect.arrayContaining(['通讯员', '特约记者', '首席记者', '文/图', '本报记者', '见习记者']),
    );
  });
});

describe('BYLINE_ORNAMENT', () => {
  const strip = (text: string) => text.replace(BYLINE_ORNAMENT, '');
  it('strips a square printed before a byline', () => expect(strip('■本报记者 张三')).toBe('本报记者 张三'));
  it('strips the brackets around a byline', () => expect(strip('（记者 李四）')).toBe('记者 李四'));
  it('strips half-width brackets too', () => expect(strip('(通讯员 王五)')).toBe('通讯员 王五'));
  it('leaves brackets inside the line alone', () =>
    expect(strip('全国航天科普校园行公益活动（大同站）落幕')).toBe('全国航天科普校园行公益活动（大同站）落幕'));
});

describe('BYLINE_NAME_SUFFIX', () => {
  it('splits 田雁撰 into the name and the suffix 撰', () =>
    expect(BYLINE_NAME_SUFFIX.exec('田雁撰')?.slice(1)).toEqual(['田雁', '撰']));
  it('splits 辛莉莉摄 into the name and the suffix 摄', () =>
    expect(BYLINE_NAME_SUFFIX.exec('辛莉莉摄')?.slice(1)).toEqual(['辛莉莉', '摄']));
  it('splits 张三整理', () => expect(BYLINE_NAME_SUFFIX.exec('张三整理')?.slice(1)).toEqual(['张三', '整理']));
  rejects(BYLINE_NAME_SUFFIX, ['田雁', '辛莉莉 摄', '平城区三十二校主题升旗仪式摄']);
});

describe('BYLINE_LEAD', () => {
  const people = (line: string) => {
    const match = BYLINE_LEAD.exec(line);
    return match ? (match[1] ?? match[2])?.trim() : null;
  };
  it('reads the reporter of 本报讯（记者 张鑫）燃气安全关系到千家万户', () =>
    expect(people('本报讯（记者 张鑫）燃气安全关系到千家万户，与人民群众生命财产安全息息相关。')).toBe('记者 张鑫'));
  it('reads the half-width 本报讯(记者董芳)平城区总工会…', () =>
    expect(people('本报讯(记者董芳)平城区总工会按照区委“双百工程”战略部署')).toBe('记者董芳'));
  it('reads 本报(记者 董芳), printed without 讯', () =>
    expect(people('本报(记者 董芳)“戴上VR眼镜,我仿佛置身于浩瀚的宇宙之中。”')).toBe('记者 董芳'));
  it('reads a dated lead 本报3月5日讯（记者 王五）', () =>
    expect(people('本报3月5日讯（记者 王五）昨日，平城区召开……')).toBe('记者 王五'));
  it('reads a correspondent 本报讯（通讯员 李四）', () =>
    expect(people('本报讯（通讯员 李四）近日，平城区……')).toBe('通讯员 李四'));
  it('reads reporters and correspondents together', () =>
    expect(people('本报讯（记者 张三 通讯员 李四 王五）近日……')).toBe('记者 张三 通讯员 李四 王五'));
  it('reads a lead without brackets: 本报讯 记者张三 通讯员李四报道：', () =>
    expect(people('本报讯 记者张三 通讯员李四报道：近日，平城区……')).toMatch(/记者张三\s*通讯员李四/));
  rejects(BYLINE_LEAD, [
    '本报记者 孙鑫',
    '本报记者 张力卿 见习记者 杨裕刘',
    '记者从平城区发改局了解到，2020年全区地区生产总值完成428.17亿元',
    '本报与平城区（共同）举办',
    '《大同日报·今日平城》创刊一周年',
  ]);
});

describe('WIRE_LEAD', () => {
  it('reads the reporter of 新华社北京3月5日电（记者 王五）', () =>
    expect(WIRE_LEAD.exec('新华社北京3月5日电（记者 王五）十四届全国人大……')?.[1]).toBe('记者 王五'));
  it('reads 中新社太原电 (记者 李四) with a space and half-width brackets', () =>
    expect(WIRE_LEAD.exec('中新社太原1月5日电 (记者 李四)山西……')?.[1]).toBe('记者 李四'));
  rejects(WIRE_LEAD, ['新华社记者 张三', '据新华社电 近日……', '新华社北京3月5日电 十四届全国人大……']);
});

describe('TRAILING_BYLINE', () => {
  it('finds the byline run into the last line of a story (…始终保守党的秘密。…本报记者 孙露)', () => {
    const line =
      '王振翼一生中曾6次被捕入狱，但矢志不移，始终保守党的秘密。1995年8月1日，王振翼烈士墓碑揭牌仪式举行。在天镇县建成的红色文化记忆馆内，王振翼的光辉事迹用了整整一个展厅来介绍，供世人在缅怀追思中传承英烈精神。本报记者 孙露';
    expect(TRAILING_BYLINE.exec(line)?.slice(2)).toEqual(['本报记者', '孙露']);
  });
  it('finds two names after a closing quote', () =>
    expect(TRAILING_BYLINE.exec('……他说。”记者 张三、李四')?.[3]).toBe('张三、李四'));
  it('finds a correspondent', () => expect(TRAILING_BYLINE.exec('……成效明显。通讯员 王五')?.[2]).toBe('通讯员'));
  rejects(TRAILING_BYLINE, ['本报记者 孙露', '……记者采访时说，这是第一次。', '……接受了本报记者的采访。']);
  it('does not take a verb after 记者 for a name (…同比增长4.4%。记者了解到)', () => {
    expect('全区地区生产总值完成428.17亿元，同比增长4.4%。记者了解到').not.toMatch(TRAILING_BYLINE);
  });
  // A paragraph cut by a column break can end anywhere, also right after 记者 and the verb that follows it.
  rejects(TRAILING_BYLINE, [
    '……成效明显。记者获悉',
    '……成效明显。记者走访发现',
    '……成效明显。记者在现场',
    '……成效明显。记者从平城区',
  ]);
  it('does not take any verb phrase after 记者 for a name: …成效明显。记者调查发现', () => {
    expect('……成效明显。记者调查发现').not.toMatch(TRAILING_BYLINE);
  });
});

describe('PHOTO_CREDIT', () => {
  matches(PHOTO_CREDIT, [
    '资料图片',
    '辛莉莉摄',
    '张鑫摄',
    '本报记者 张鑫 摄',
    '张三 摄',
    '通讯员 李四 摄',
    '记者 张三 李四 摄',
    '图片由平城区委宣传部提供',
    '图片来源：新华社',
    '摄影 王五',
    '图/王五',
    '网络图片',
  ]);
  rejects(PHOTO_CREDIT, [
    '本报记者 辛莉莉',
    '科普进校园。',
    '平城区三十二校主题升旗仪式。',
    '图为平城区环境治理监督大队队员正在查验进出站旅客的健康码。',
    '资料图片显示，平城区近年来变化很大。',
  ]);
});

describe('CAPTION_LEAD', () => {
  matches(CAPTION_LEAD, [
    '图为平城区老年大学书画老师为市热橙综合养老中心的老人们送温暖。',
    '上图：志愿者为居民登记信息。',
    '图一 金超合唱团演出现场',
    '▲ 环卫车在作业',
  ]);
  rejects(CAPTION_LEAD, ['图书馆新馆建设', '金超合唱团演出现场', '平城区三十二校主题升旗仪式。', '地图为游客指路']);
});

describe('FURNITURE', () => {
  matches(FURNITURE, [
    '责任编辑：张三',
    '责任编辑 王五 版面设计 赵六',
    '版面设计：李四',
    '校对 钱七',
    '第5版',
    '5',
    '（下转第2版）',
    '(上接第1版)',
    '2021年4月9日 星期五',
  ]);
  rejects(FURNITURE, ['2023 全面突破振奋人心', '2024', '5G应用发展', '责任编辑部署工作', '第一步 到2024年底']);
});

describe('DASH_LEAD', () => {
  matches(DASH_LEAD, [
    '——访平城区马军营街道党工委书记孙绿山',
    '——提升工业整体竞争力。',
    '—— 现代服务集聚区',
    '--访平城区文旅局局长',
    '――访平城区文旅局局长',
  ]);
  it('does not match a line that is only dashes', () => expect('——').not.toMatch(DASH_LEAD));
  rejects(DASH_LEAD, ['“十四五”时期经济社会发展战略定位', '物——《山西平民周刊》，到加入北京大学马克思学说研究会']);
});

describe('ENUMERATOR', () => {
  matches(ENUMERATOR, [
    '（一）立足特殊区位优势构建现代产业体系',
    '(三)围绕转型发展责任深化体制机制改革',
    '一、坚持党的领导',
    '1. 大力发展新兴产业',
    '2、积极探索数字产业',
    '第一步 到2024年底，全区地区生产总值再进位',
    '五是人民生活更加幸福。',
    '二是发展动能更加充沛。',
  ]);
  rejects(ENUMERATOR, [
    '1月25日~26日,平城区第二届人民代表大会第二次会议胜利召开',
    '2023年，平城区经济发展稳中向好',
    '0.26:18.55的比分',
    '3.5亿元投资',
    '十分重要',
    '第一时间成立融入京津冀协同发展领导小组',
  ]);
});

describe('BULLET', () => {
  matches(BULLET, ['- 1.突出“四区”建设：现代服务集聚区', '- 现代服务集聚区', '• 为社区配置30个助老服务站']);
  rejects(BULLET, ['-5℃', '——访平城区白登山街道党工委书记刘刚', '■本报记者 张三']);
});

describe('SIDEBAR_LABEL', () => {
  matches(SIDEBAR_LABEL, [
    '温馨提示：',
    '温馨提示:该连环画完整故事在“平城在线”同步推出展览',
    '相关链接',
    '小贴士',
    '编者按：',
  ]);
  rejects(SIDEBAR_LABEL, ['该连环画完整故事在“平城在线”同步推出展览，温馨提示市民', '提示']);
  it('does not match a headline opening with the verb 链接', () =>
    expect('链接京津冀 打造桥头堡').not.toMatch(SIDEBAR_LABEL));
});

describe('SENTENCE_END', () => {
  matches(SENTENCE_END, [
    '“十四五”转型出雏型平城篇章。',
    '“真的是特别优秀的孩子。”',
    '这是第一次！',
    '是自我陶醉还是敢为人先？',
    '一桩桩、一件件……',
    '工作室（试行）。',
    '要做到九个“聚焦”：',
  ]);
  rejects(SENTENCE_END, [
    '奋力谱写',
    '据了解，2020年，平城区开展“我们',
    '跑出经济社会发展“加速度”',
    '忘',
    '同比增长114%',
  ]);
});

describe('MID_SENTENCE_STOP', () => {
  matches(MID_SENTENCE_STOP, [
    '疫情就是命令，防控就是责任。面对严峻复杂的疫情形势',
    '提升社会保障水平。力争城镇新增就业人数7700人以上',
  ]);
  rejects(MID_SENTENCE_STOP, ['科普进校园。', '打造特色街区，点燃古城“夜经济”', '释放基层治理活力 提升为民服务水平']);
});

describe('EDITOR_MARKER', () => {
  it('reads a bare command: @@ headline', () =>
    expect(EDITOR_MARKER.exec('@@ headline')?.slice(1)).toEqual(['headline', undefined]));
  it('reads a command with its argument: @@ section 民生', () =>
    expect(EDITOR_MARKER.exec('@@ section 民生')?.slice(1)).toEqual(['section', '民生']));
  it('reads a command written without a space: @@story 2', () =>
    expect(EDITOR_MARKER.exec('@@story 2')?.slice(1)).toEqual(['story', '2']));
  rejects(EDITOR_MARKER, ['@ headline', '@@', '邮箱 pingcheng@@dt.cn', '  本报记者 @@ 张三']);
});
