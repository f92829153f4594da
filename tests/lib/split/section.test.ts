/**
 * section.ts: the kind of a story (消息, 通讯, 评论, 专访, 专题, 图片) by the conventions of Chinese news
 * writing, and its section by the cue words of src/config/sections.ts, headline words weighing more.
 */
import { describe, expect, it } from 'vitest';
import {
  assignKind as kindWith,
  assignSection as sectionWith,
  type StoryText,
} from '../../../src/lib/split/section.ts';
import type { KindName } from '../../../src/config/sections.ts';
import { rules } from './helpers.ts';

const assignKind = (story: StoryText) => kindWith(story, rules);
const assignSection = (story: StoryText, kind: KindName) => sectionWith(story, kind, rules);

function story(fields: Partial<StoryText>): StoryText {
  return {
    rubric: null,
    overline: null,
    headline: '标题',
    subtitle: null,
    body: '',
    hasLead: false,
    hasByline: true,
    photoOnly: false,
    intertitles: 0,
    ...fields,
  };
}

const kind = (fields: Partial<StoryText>) => assignKind(story(fields))[0];
const section = (fields: Partial<StoryText>) => assignSection(story(fields), assignKind(story(fields))[0])[0];

describe('assignKind', () => {
  it('reads a piece signed by the paper’s commentator as a commentary: 本报评论员, 本报特约评论员 张三', () => {
    expect(kind({ headline: '让城市更有温度', byline: '本报评论员' })).toBe('评论');
    expect(kind({ headline: '让城市更有温度', byline: '本报特约评论员 王小川' })).toBe('评论');
    expect(kind({ headline: '让城市更有温度', byline: '本报记者 王小川' })).not.toBe('评论');
  });

  it('makes a story opening with a 本报讯 lead a news report (消息)', () => {
    expect(
      kind({
        headline: '志愿者助力核酸检测预约登记',
        body: '本报讯(记者 有力)实施全员核酸检测，是快速查清传染源、遏制疫情扩散的有效手段。',
        hasLead: true,
      }),
    ).toBe('消息');
  });

  it('makes a story with the subtitle ——访… an interview (专访)', () => {
    expect(kind({ headline: '主动作为 敢于担当', subtitle: '——访平城区马军营街道党工委书记孙绿山' })).toBe('专访');
  });

  it('makes an interview of a story whose subtitle is ——访…, even with a lead', () => {
    expect(
      kind({
        headline: '笃定前行谋发展 力攀经济新高峰',
        subtitle: '——访平城区白登山街道党工委书记刘刚',
        hasLead: true,
      }),
    ).toBe('专访');
  });

  it('makes a story under the rubric 平城新语 a commentary (评论)', () => {
    expect(kind({ rubric: '平城新语', headline: '站在新起点 再创新辉煌', body: '打造核心区，构筑新高地。' })).toBe(
      '评论',
    );
  });

  it('makes a photograph with its caption and no story a photo (图片)', () =>
    expect(kind({ headline: '金超合唱团演出现场', photoOnly: true, hasByline: false })).toBe('图片'));

  it('makes a review (综述) a special report (专题)', () => {
    expect(kind({ headline: '守正创新 服务大局讲好平城故事', subtitle: '——《大同日报·今日平城》创刊一周年综述' })).toBe(
      '专题',
    );
  });

  it('makes a story under a series rubric (…巡礼系列报道) a special report (专题)', () => {
    expect(kind({ rubric: '平城区“双百工程”巡礼系列报道(四)', headline: '不忘初心办实事 服务群众暖人心' })).toBe(
      '专题',
    );
  });

  it('makes any other story with a headline and a byline a feature (通讯)', () => {
    expect(
      kind({
        headline: '释放基层治理活力 提升为民服务水平',
        body: '网格化服务管理是新时代推进社会治理体系和治理能力现代化的基础性工程。',
      }),
    ).toBe('通讯');
  });

  it('says why, in words', () => expect(assignKind(story({ hasLead: true }))[1]).toContain('本报讯'));

  it('keeps a 本报讯 report about a forum a news report (消息), not a commentary', () => {
    expect(
      kind({
        headline: '平城区举办文旅融合发展论坛',
        body: '本报讯（记者 王春艳）近日，平城区文旅融合发展论坛举行。',
        hasLead: true,
      }),
    ).toBe('消息');
  });
});

describe('assignSection', () => {
  it('files a commentary under 评论', () =>
    expect(section({ rubric: '平城新语', headline: '站在新起点 再创新辉煌', body: '经济 产业 项目' })).toBe('评论'));

  it('files epidemic checks at the station under 民生', () => {
    expect(
      section({
        headline: '周密部署 守住大同疫情防控“南大门”',
        body: '疫情就是命令，防控就是责任。面对严峻复杂的疫情形势，平城区做好核酸检测。',
        hasLead: true,
      }),
    ).toBe('民生');
  });

  it('files a school’s home-school work under 文教旅游', () => {
    expect(
      section({
        headline: '平城区三十二校 搭好共育连心桥 家校互动成常态',
        body: '平城区三十二校是一所有着50多年办学经验的传统老校。学校坚持把家庭教育工作作为整个教育工作不可缺少的部分。',
      }),
    ).toBe('文教旅游');
  });

  it('files investment and projects under 经济', () => {
    expect(
      section({
        headline: '打好招商引资工作“组合拳”',
        body: '引进招商引资签约项目投资总额达185.97亿元，签约项目开工率达96%。',
      }),
    ).toBe('经济');
  });

  it('weighs a word in the headline more than the same word once in the body', () => {
    expect(section({ headline: '平城区经济稳中向好', body: '养老服务 就业' })).toBe('经济');
  });

  it('lets the body decide when it says one thing many times', () => {
    expect(section({ headline: '平城区经济稳中向好', body: '养老 养老 就业 就业 医疗 社保' })).toBe('民生');
  });

  it('files a story with no section words under 时政 and says it is the default', () => {
    const [name, reason] = assignSection(story({ headline: '扬帆踏浪逐梦行', body: '夏日未至。' }), '通讯');
    expect(name).toBe('时政');
    expect(reason).toContain('default');
  });

  it('names the cue word that decided', () =>
    expect(assignSection(story({ headline: '志愿者助力核酸检测预约登记' }), '消息')[1]).toMatch(/核酸|志愿/));
});
