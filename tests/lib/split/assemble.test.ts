import { describe, expect, it } from 'vitest';
import { assemble, deriveHeadline } from '../../../src/lib/split/assemble.ts';
import { assign } from '../../../src/lib/split/assign.ts';
import { excerpt, page, rules, unitsOf } from './helpers.ts';

const context = { file: 'test.txt', issueId: '2021-04-02', date: '2021-04-02', moves: [], rules };
const articlesOf = (text: string) =>
  assign(unitsOf(text)).drafts.map((draft, index) => assemble(draft, index + 1, context));

describe('headlines', () => {
  it('takes a missing headline word for word from the lead, without its 本报讯 opening', () => {
    expect(
      deriveHeadline('本报讯(记者董芳)平城区总工会按照区委“双百工程”战略部署,以劳模工匠、组织建设为抓手。', rules),
    ).toBe('平城区总工会按照区委“双百工程”战略部署');
    expect(deriveHeadline('本报讯（记者 有力）为确保春节期间辖区平安稳定。', rules)).toBe('为确保春节期间辖区平安稳定');
  });

  it('starts a derived headline after the lead’s opening time phrase', () => {
    expect(
      deriveHeadline('本报讯（记者 赵六）近日，市文旅局举办“游大同·品文化”主题活动，吸引众多市民参与。', rules),
    ).toBe('市文旅局举办“游大同·品文化”主题活动');
    expect(deriveHeadline('本报讯（记者 赵六）3月5日上午，平城区召开会议。', rules)).toBe('平城区召开会议');
  });

  it('marks a derived headline and tells the editor which line to mark', () => {
    const [{ article, diagnostics }] = articlesOf(
      '本报讯（记者 有力）为确保春节期间辖区平安稳定，社区开展安全检查。',
    ) as [ReturnType<typeof assemble>];
    expect(article.headlineDerived).toBe(true);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'derived-headline', line: 1, severity: 'warning' });
    expect(diagnostics[0]!.hint).toContain('@@ headline');
  });
});

describe('bylines and reporters', () => {
  it('reads the reporters from a 本报讯 lead and keeps the lead as the printed byline', () => {
    const [{ article }] = articlesOf(
      page('燃气安全进社区 防范措施入民心', '本报讯（记者 张鑫）燃气安全关系到千家万户。'),
    ) as [ReturnType<typeof assemble>];
    expect(article).toMatchObject({ byline: '本报讯（记者 张鑫）', reporters: ['张鑫'], kind: '消息' });
  });

  it('finds a byline run into the end of the last paragraph (real page)', () => {
    const results = articlesOf(excerpt('2021-04-02', '最早觉醒的大同人之一', '王振翼一生中曾6次被捕入狱'));
    expect(results[0]!.article.reporters).toEqual(['孙露']);
  });

  it('keeps photographers out of the reporters but among the people', () => {
    const text = page(
      '平城区三十二校 搭好共育连心桥 家校互动成常态',
      '本报记者 辛莉莉',
      '平城区三十二校主题升旗仪式。',
      '辛莉莉摄',
      '平城区三十二校是一所有着50多年办学经验的传统老校。',
    );
    const [{ article }] = articlesOf(text) as [ReturnType<typeof assemble>];
    expect(article.reporters).toEqual(['辛莉莉']);
    expect(article.figures).toEqual([
      { caption: '平城区三十二校主题升旗仪式。', credit: '辛莉莉摄', image: null, lines: [5, 7] },
    ]);
  });
});

describe('the entry', () => {
  it('numbers the article within its issue and keeps every source line and a reason for each', () => {
    const [{ article }] = articlesOf(page('艺体齐发展 润物细无声', '田雁撰', '平城区49校现有20个教学班。')) as [
      ReturnType<typeof assemble>,
    ];
    expect(article.id).toBe('2021-04-02-01');
    expect(article.lines).toEqual([1, 3, 5]);
    expect(article.decisions.map((decision) => decision.line)).toEqual([1, 1, 3, 5]);
    expect(article.decisions[0]!.reason).toMatch(/^story: 通讯/);
  });
});
