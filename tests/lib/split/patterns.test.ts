/**
 * The splitter's named patterns (src/lib/split/patterns.ts): what each must and must not match. Lines
 * quoted from the five real 平城 pages come first, then forms printed by other Chinese city papers. The
 * patterns compiled from a paper profile are tested in profile.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  BULLET,
  BYLINE_DATELINE,
  COMPOUND_SURNAME,
  DOTTED_NAME,
  CAPTION_LEAD,
  DASH_LEAD,
  EDITOR_MARKER,
  ENUMERATOR,
  HAN,
  HAN_CHAR,
  INTERVIEW_TURN,
  JUMP_IN,
  MID_SENTENCE_STOP,
  NAME,
  NUMBERED_CAPTION,
  RUBRIC_FORM,
  SERIAL_PART,
  SENTENCE_END,
  SIGN_OFF_DATE,
  SPEAKER_TURN,
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
  matches(name, [
    '张鑫',
    '辛莉莉',
    '欧阳晓明',
    '𠮷野',
    '王𠮷',
    '䶮宏',
    '阿依古丽·买买提',
    '约翰·卡特',
    '热依拉・吐尔逊',
  ]);
  rejects(name, ['张', '欧阳晓明明', 'Zhang', '张 鑫', '𠮷', '·买买提', '阿依古丽·', '阿依古丽··买买提']);
});

describe('DOTTED_NAME', () => {
  const dotted = new RegExp(`^${DOTTED_NAME}$`);
  matches(dotted, ['阿依古丽·买买提', '约翰·卡特', '巴特尔•乌力吉', '热依拉・吐尔逊', '穆罕默德·阿里·汗']);
  rejects(dotted, ['阿依古丽', '·买买提', '阿依古丽·', '阿依古丽··买买提', '张三 李四']);
});

describe('COMPOUND_SURNAME', () => {
  const surname = new RegExp(`^${COMPOUND_SURNAME}`);
  matches(surname, ['欧阳明远', '司马青', '上官婉儿', '诸葛亮']);
  rejects(surname, ['东方明珠', '西门大街', '南宫市', '百里画廊', '欧洲']);
});

describe('BYLINE_DATELINE', () => {
  matches(BYLINE_DATELINE, ['发自北京', '发自云湖市']);
  rejects(BYLINE_DATELINE, ['北京发来', '发布会', '自北京发']);
});

describe('HAN_CHAR', () => {
  const one = new RegExp(`^${HAN_CHAR}$`);
  matches(one, ['平', '𠮷', '䶮', '﨑', '\u{30000}']);
  rejects(one, ['，', 'A', '😀', '■']);
});

describe('HAN', () => {
  matches(HAN, ['平', '平城区']);
  rejects(HAN, ['，', 'A', '2021', '“”']);
});

describe('CAPTION_LEAD', () => {
  matches(CAPTION_LEAD, [
    '图为平城区老年大学书画老师为市热橙综合养老中心的老人们送温暖。',
    '上图：志愿者为居民登记信息。',
    '图一 金超合唱团演出现场',
    '▲ 环卫车在作业',
  ]);
  rejects(CAPTION_LEAD, ['图书馆新馆建设', '金超合唱团演出现场', '平城区三十二校主题升旗仪式。', '地图为游客指路']);
  matches(CAPTION_LEAD, ['左上图：游客在田埂上拍照。', '图① 乐队在稻田舞台上演出']);
  rejects(CAPTION_LEAD, ['左上图书角新添了绘本']);
});

describe('SIGN_OFF_DATE', () => {
  matches(SIGN_OFF_DATE, ['2023年5月6日', '2023 年 5 月 6 日', '二〇二三年五月六日']);
  rejects(SIGN_OFF_DATE, ['2023年5月6日 星期六', '2023年5月6日，县城迎来降雨。', '5月6日']);
});

describe('NUMBERED_CAPTION', () => {
  matches(NUMBERED_CAPTION, ['①乐队在稻田舞台上演出。', '图②游客在田埂上拍照。']);
  rejects(NUMBERED_CAPTION, ['1.乐队在稻田舞台上演出', '（一）游客在田埂上拍照', '图为游客在田埂上拍照']);
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
    '①数字经济产业园',
    '⑵ 现代物流园',
    '❸文旅融合区',
    '第一，坚持规划引领不动摇',
    '第二 坚持产业立城',
  ]);
  rejects(ENUMERATOR, [
    '1月25日~26日,平城区第二届人民代表大会第二次会议胜利召开',
    '2023年，平城区经济发展稳中向好',
    '0.26:18.55的比分',
    '3.5亿元投资',
    '十分重要',
    '第一时间成立融入京津冀协同发展领导小组',
    '第一书记的一天',
    '第二届运动会开幕',
  ]);
});

describe('BULLET', () => {
  matches(BULLET, ['- 1.突出“四区”建设：现代服务集聚区', '- 现代服务集聚区', '• 为社区配置30个助老服务站']);
  rejects(BULLET, ['-5℃', '——访平城区白登山街道党工委书记刘刚', '■本报记者 张三']);
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

describe('INTERVIEW_TURN', () => {
  matches(INTERVIEW_TURN, [
    '问：明年有什么打算？',
    '答：再建二十座大棚。',
    '记者：资金从哪里来？',
    '主持人: 请您谈谈',
    'Q：何时开放？',
  ]);
  rejects(INTERVIEW_TURN, ['问计于民 服务群众', '答卷', '记者手记', '记者 柳青松', '青禾街道：老菜市场里的新变化']);
});

describe('SPEAKER_TURN', () => {
  matches(SPEAKER_TURN, ['赵长河：我们计划再建二十座大棚！', '欧阳明：是的。']);
  rejects(SPEAKER_TURN, ['青禾街道办事处：老菜市场换新颜', '赵长河说，明年再建大棚。', '赵长河：']);
});

describe('RUBRIC_FORM', () => {
  matches(RUBRIC_FORM, [
    '【民生观察】',
    '「河畔人家」系列报道之三',
    '〖乡村振兴〗',
    '文明平城·身边好人',
    '邻里周刊•巷口人家',
  ]);
  rejects(RUBRIC_FORM, [
    '冬训场上的少年们',
    '出实招 动真格',
    '【本报讯】近日，青禾街道召开会议。',
    '青禾·柳湾两个社区联合开展消防演练，居民踊跃参加',
    '“两山”理念',
  ]);
});

describe('JUMP_IN', () => {
  matches(JUMP_IN, ['（上接第一版）', '(上接第1版)', '接第3版']);
  rejects(JUMP_IN, ['（下转第八版）', '接续奋斗 再创佳绩', '上接天线 下接地气']);
});

describe('SERIAL_PART', () => {
  matches(SERIAL_PART, ['（上）', '(下)', '（之二）', '（续）']);
  rejects(SERIAL_PART, ['（完）', '（一）', '（作者单位：云溪中学）', '一条小河的重生（上）']);
});
