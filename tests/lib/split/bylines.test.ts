/**
 * bylines.ts: who wrote or photographed a story, with each person's role kept apart; null for text that
 * is not a byline.
 */
import { describe, expect, it } from 'vitest';
import { parseByline as parseWith, reporterNames, trailingByline } from '../../../src/lib/split/bylines.ts';
import { rules } from './helpers.ts';

const parseByline = (text: string) => parseWith(text, rules);

const people = (text: string) => parseByline(text)?.people ?? null;

describe('real bylines of the 平城 page', () => {
  it('keeps a reporter and a trainee reporter apart: 本报记者 张力卿 见习记者 杨裕刘', () => {
    expect(parseByline('本报记者 张力卿 见习记者 杨裕刘')).toEqual({
      people: [
        { name: '张力卿', role: '记者' },
        { name: '杨裕刘', role: '见习记者' },
      ],
      hasRole: true,
    });
  });

  it('reads one reporter: 本报记者 孙鑫', () =>
    expect(people('本报记者 孙鑫')).toEqual([{ name: '孙鑫', role: '记者' }]));

  it('reads the author of a commentary signed 田雁撰', () =>
    expect(parseByline('田雁撰')).toEqual({ people: [{ name: '田雁', role: '作者' }], hasRole: true }));

  it('reads a name run into its role inside a lead’s brackets: 记者董芳', () =>
    expect(people('记者董芳')).toEqual([{ name: '董芳', role: '记者' }]));

  it('reads a photographer: 辛莉莉摄', () => expect(people('辛莉莉摄')).toEqual([{ name: '辛莉莉', role: '摄影' }]));

  it('makes a reporter who signs with a separate 摄 the photographer: 本报记者 张鑫 摄', () => {
    expect(parseByline('本报记者 张鑫 摄')).toEqual({ people: [{ name: '张鑫', role: '摄影' }], hasRole: true });
  });

  it('reads a lone name under a commentary as an author without a printed role: 闫昌', () => {
    expect(parseByline('闫昌')).toEqual({ people: [{ name: '闫昌', role: '作者' }], hasRole: false });
  });
});

describe('bylines of other city papers', () => {
  it('reads a correspondent: 通讯员 王五', () =>
    expect(people('通讯员 王五')).toEqual([{ name: '王五', role: '通讯员' }]));

  it('reads a special correspondent: 特约记者 李四', () =>
    expect(people('特约记者 李四')).toEqual([{ name: '李四', role: '特约记者' }]));

  it('reads a chief reporter: 本报首席记者 赵六', () =>
    expect(people('本报首席记者 赵六')).toEqual([{ name: '赵六', role: '首席记者' }]));

  it('reads 文/图 张三 as the author', () => expect(people('文/图 张三')).toEqual([{ name: '张三', role: '作者' }]));

  it('reads a reporter and two correspondents: 记者 张三 通讯员 李四 王五', () => {
    expect(people('记者 张三 通讯员 李四 王五')).toEqual([
      { name: '张三', role: '记者' },
      { name: '李四', role: '通讯员' },
      { name: '王五', role: '通讯员' },
    ]);
  });

  it('reads names separated by 、 and a colon after the role: 记者：张三、李四', () => {
    expect(people('记者：张三、李四')).toEqual([
      { name: '张三', role: '记者' },
      { name: '李四', role: '记者' },
    ]);
  });

  it('keeps each role through 报道: 记者李华 通讯员赵强报道', () => {
    expect(people('记者李华 通讯员赵强报道')).toEqual([
      { name: '李华', role: '记者' },
      { name: '赵强', role: '通讯员' },
    ]);
  });

  it('makes every name before a separate 摄 a photographer: 张三 李四 摄', () => {
    expect(people('张三 李四 摄')).toEqual([
      { name: '张三', role: '摄影' },
      { name: '李四', role: '摄影' },
    ]);
  });

  it('reads a photographer: 摄影 王五', () => expect(people('摄影 王五')).toEqual([{ name: '王五', role: '摄影' }]));

  it('reads the people of a lead’s brackets: （通讯员 李四）', () =>
    expect(people('（通讯员 李四）')).toEqual([{ name: '李四', role: '通讯员' }]));

  it('ignores a square printed before the byline: ■本报记者 张三', () =>
    expect(people('■本报记者 张三')).toEqual([{ name: '张三', role: '记者' }]));
});

describe('text that is not a byline', () => {
  it('returns null for a headline with a long phrase: 释放基层治理活力 提升为民服务水平', () =>
    expect(parseByline('释放基层治理活力 提升为民服务水平')).toBeNull());

  it('returns null for a headline with quotes: 跑出经济社会发展“加速度”', () =>
    expect(parseByline('跑出经济社会发展“加速度”')).toBeNull());

  it('returns null for a headline about reporters: 小记者走进平城区博物馆', () =>
    expect(parseByline('小记者走进平城区博物馆')).toBeNull());

  it('returns null for a sentence: 科普进校园。', () => expect(parseByline('科普进校园。')).toBeNull());

  it('returns null for a sentence opening with 记者: 记者从平城区发改局了解到', () =>
    expect(parseByline('记者从平城区发改局了解到')).toBeNull());

  it('returns null for a caption: 平城区三十二校主题升旗仪式。', () =>
    expect(parseByline('平城区三十二校主题升旗仪式。')).toBeNull());

  it('returns null for a photo source: 图片由平城区委宣传部提供', () =>
    expect(parseByline('图片由平城区委宣传部提供')).toBeNull());

  it('returns null for an organisation: 平城区文旅局', () => expect(parseByline('平城区文旅局')).toBeNull());

  it('returns null for empty text', () => expect(parseByline('  ')).toBeNull());

  it('returns null for a paragraph longer than any byline', () =>
    expect(parseByline(`本报记者 ${'张三 '.repeat(25)}`)).toBeNull());

  it('never claims a role for a headline of four-character phrases: 铮铮硬汉 铁骨丹心', () => {
    expect(parseByline('铮铮硬汉 铁骨丹心')?.hasRole ?? false).toBe(false);
  });

  it('returns null for a headline of four-character phrases: 铮铮硬汉 铁骨丹心', () =>
    expect(parseByline('铮铮硬汉 铁骨丹心')).toBeNull());
});

describe('reporterNames', () => {
  it('lists the writers and the photographers a byline credits', () => {
    expect(reporterNames([...people('本报记者 张力卿 见习记者 杨裕刘')!, ...people('辛莉莉摄')!])).toEqual([
      '张力卿',
      '杨裕刘',
      '辛莉莉',
    ]);
    expect(reporterNames(people('文/本报记者 钱七 图/本报记者 孙八')!)).toEqual(['钱七', '孙八']);
  });

  it('lists a person once even when printed twice', () => {
    expect(
      reporterNames([
        { name: '张鑫', role: '记者' },
        { name: '张鑫', role: '记者' },
      ]),
    ).toEqual(['张鑫']);
  });

  it('leaves out the teacher of a student reporter', () => {
    expect(
      reporterNames([
        { name: '王小明', role: '学生记者' },
        { name: '李老师', role: '指导教师' },
      ]),
    ).toEqual(['王小明']);
  });
});

describe('byline forms written to break the parser', () => {
  it('reads an outlet’s reporter with ranks and a correspondent: 晋阳晚报记者 张三 通讯员 李四', () =>
    expect(people('晋阳晚报记者 张三 通讯员 李四')).toEqual([
      { name: '张三', role: '记者' },
      { name: '李四', role: '通讯员' },
    ]));

  it('reads 文/图 glued to the name: 云冈日报全媒体首席记者王五文/图', () =>
    expect(people('云冈日报全媒体首席记者王五文/图')).toEqual([{ name: '王五', role: '首席记者' }]));

  it('keeps a reporter who wrote and photographed a writer: 记者欧阳晓文/摄', () =>
    expect(reporterNames(people('记者欧阳晓文/摄') ?? [])).toEqual(['欧阳晓']));

  it('reads two people run together without a space: 记者欧阳晓明通讯员李四', () =>
    expect(people('记者欧阳晓明通讯员李四')).toEqual([
      { name: '欧阳晓明', role: '记者' },
      { name: '李四', role: '通讯员' },
    ]));

  it('reads a student reporter with school, card number and teacher', () =>
    expect(people('实验小学三年级2班小记者 王小明（证号1234567） 指导老师 李芳')).toEqual([
      { name: '王小明', role: '学生记者' },
      { name: '李芳', role: '指导教师' },
    ]));

  it('reads a name the extractor split with a space: 记者 张 三', () =>
    expect(people('记者 张 三')).toEqual([{ name: '张三', role: '记者' }]));

  it('reads a name with an Extension B character: 记者 𠮷野', () =>
    expect(people('记者 𠮷野')).toEqual([{ name: '𠮷野', role: '记者' }]));

  it('reads ornamented bylines: ■本报记者 张三, □张三 李四 文/图', () => {
    expect(people('■本报记者 张三')).toEqual([{ name: '张三', role: '记者' }]);
    expect(reporterNames(people('□张三 李四 文/图') ?? [])).toEqual(['张三', '李四']);
  });

  it('reads a writer signing with a school: 实验小学 王小明', () =>
    expect(parseByline('实验小学 王小明')).toEqual({ people: [{ name: '王小明', role: '作者' }], hasRole: false }));

  it('reads no byline in a headline that names a school or opens with a role word', () => {
    expect(parseByline('实验小学 省级征文比赛获一等奖')).toBeNull();
    expect(parseByline('记者节里话初心')).toBeNull();
    expect(parseByline('致敬最美记者')).toBeNull();
  });
});

describe('names in brackets signing a story off', () => {
  it('reads （张三 李四） as two writers', () =>
    expect(people('（张三 李四）')).toEqual([
      { name: '张三', role: '作者' },
      { name: '李四', role: '作者' },
    ]));
  it('reads a name set wide among names in brackets: （张 伟 李大山）', () =>
    expect(people('（张 伟 李大山）')).toEqual([
      { name: '张伟', role: '作者' },
      { name: '李大山', role: '作者' },
    ]));
  it('reads no byline in a bracketed phrase: （完）, （大同一中）, （上接第一版）', () => {
    expect(parseByline('（完）')).toBeNull();
    expect(parseByline('（上接第一版）')).toBeNull();
    expect(parseByline('（平城区教育局供稿资料）')).toBeNull();
  });
});

describe('names as typesetters print them', () => {
  it('reads a minority or foreign name joined by the 间隔号 as one person: 阿依古丽·买买提', () => {
    expect(people('本报记者 阿依古丽·买买提')).toEqual([{ name: '阿依古丽·买买提', role: '记者' }]);
    expect(people('记者 约翰·卡特 通讯员 赵小六')).toEqual([
      { name: '约翰·卡特', role: '记者' },
      { name: '赵小六', role: '通讯员' },
    ]);
  });

  it('reads the dot look-alikes extractors give: 热依拉・吐尔逊, 巴特尔•乌力吉', () => {
    expect(people('记者 热依拉・吐尔逊')).toEqual([{ name: '热依拉・吐尔逊', role: '记者' }]);
    expect(people('记者 巴特尔•乌力吉')).toEqual([{ name: '巴特尔•乌力吉', role: '记者' }]);
  });

  it('reads a compound surname spaced from the given name as one person: 欧阳 明远, 司马 青', () => {
    expect(people('本报记者 欧阳 明远')).toEqual([{ name: '欧阳明远', role: '记者' }]);
    expect(people('本报记者 赵小六 司马 青')).toEqual([
      { name: '赵小六', role: '记者' },
      { name: '司马青', role: '记者' },
    ]);
  });

  it('keeps two two-character names apart when neither is a compound surname: 本报记者 王五 明远', () =>
    expect(people('本报记者 王五 明远')).toEqual([
      { name: '王五', role: '记者' },
      { name: '明远', role: '记者' },
    ]));

  it('reads a spaced two-character name among others: 本报记者 张 伟 李大山', () =>
    expect(people('本报记者 张 伟 李大山')).toEqual([
      { name: '张伟', role: '记者' },
      { name: '李大山', role: '记者' },
    ]));

  it('reads a lone author’s name set wide (张 伟) or with a compound surname (欧阳明远)', () => {
    expect(parseByline('张 伟')).toEqual({ people: [{ name: '张伟', role: '作者' }], hasRole: false });
    expect(parseByline('欧阳明远')).toEqual({ people: [{ name: '欧阳明远', role: '作者' }], hasRole: false });
  });

  it('reads no lone name in four characters without a compound surname, or an everyday word: 铮铮硬汉, 东方明珠', () => {
    expect(parseByline('铮铮硬汉')).toBeNull();
    expect(parseByline('东方明珠')).toBeNull();
    expect(parseByline('王 五 六')).toBeNull();
  });

  it('reads no name in a headline with a dot between words: 春耕·春播 忙', () =>
    expect(parseByline('春耕·春播 忙起来')).toBeNull());
});

describe('who put a feature into words', () => {
  it('reads 图文/张三 as the author who also took the pictures', () =>
    expect(people('图文/王小川')).toEqual([{ name: '王小川', role: '作者' }]));

  it('reads 文字整理：张三 as the author, not 文字 as a name', () =>
    expect(people('文字整理：王小川')).toEqual([{ name: '王小川', role: '作者' }]));

  it('reads 整理 printed apart after the name: 王小川 整理', () =>
    expect(people('王小川 整理')).toEqual([{ name: '王小川', role: '作者' }]));

  it('reads an oral history: 口述：李大山 整理：王小川', () =>
    expect(people('口述：李大山 整理：王小川')).toEqual([
      { name: '李大山', role: '作者' },
      { name: '王小川', role: '作者' },
    ]));

  it('reads 撰文：张三 摄影：李四 as author and photographer', () =>
    expect(people('撰文：王小川 摄影：李大山')).toEqual([
      { name: '王小川', role: '作者' },
      { name: '李大山', role: '摄影' },
    ]));

  it('keeps 摄影报道 a filler, not a photographer’s role: 记者 张三 摄影报道', () =>
    expect(people('记者 王小川 摄影报道')).toEqual([{ name: '王小川', role: '记者' }]));

  it('reads no byline in headlines that open with those words: 文字里的乡愁, 撰文纪念, 执笔为剑', () => {
    expect(parseByline('文字里的乡愁')).toBeNull();
    expect(parseByline('撰文纪念老校长')).toBeNull();
    expect(parseByline('执笔为剑')).toBeNull();
  });
});

describe('wire reporters', () => {
  it('reads 新华社记者 张三 as the agency’s reporter, the agency no name', () =>
    expect(people('新华社记者 王小川 李大山')).toEqual([
      { name: '王小川', role: '记者' },
      { name: '李大山', role: '记者' },
    ]));
});

describe('trailingByline: a sign-off run into the last paragraph', () => {
  const signOff = (text: string) => trailingByline(text, rules);
  it('reads 本报记者 孙露 after the last sentence', () =>
    expect(signOff('……供世人缅怀。本报记者 王小川')).toEqual({
      text: '本报记者 王小川',
      people: [{ name: '王小川', role: '记者' }],
    }));

  it('reads a bracket of several roles, a spaced name among them: （通讯员 赵六 记者 张 伟）', () =>
    expect(signOff('镇农技站为农户提供技术指导。（通讯员 赵六 记者 张 伟）')?.people).toEqual([
      { name: '赵六', role: '通讯员' },
      { name: '张伟', role: '记者' },
    ]));

  it('reads no sign-off in bare names in brackets run into the text: …。（王小川 李大山）', () =>
    expect(signOff('图书馆还新增了少儿阅读区。（王小川 李大山）')).toBeNull());

  it('reads a half-width bracket after a closing quote: …”(记者 王小川)', () =>
    expect(signOff('“我们会坚持下去。”(记者 王小川)')?.people).toEqual([{ name: '王小川', role: '记者' }]));

  it('reads a dotted name and a name set wide run into the last line: …。记者 阿依古丽·买买提, …。本报记者 张 伟', () => {
    expect(signOff('守好每一寸国土。记者 阿依古丽·买买提')?.people).toEqual([
      { name: '阿依古丽·买买提', role: '记者' },
    ]);
    expect(signOff('守好每一寸国土。本报记者 张 伟')?.people).toEqual([{ name: '张伟', role: '记者' }]);
    expect(signOff('守好每一寸国土。记者 张 伟大')).toBeNull();
  });

  it('reads no sign-off in a note or a place in brackets', () => {
    expect(signOff('故事还在继续。（待续）')).toBeNull();
    expect(signOff('本届赛事落幕。（完）')).toBeNull();
    expect(signOff('活动在新区举行。（大同一中）')).toBeNull();
    expect(signOff('据了解，该合作社（张家村）')).toBeNull();
  });

  it('reads no sign-off in a photo credit run into a caption: …。（记者 王小川 摄）', () => {
    expect(signOff('志愿者在修剪小区绿篱。（记者 王小川 摄）')).toBeNull();
    expect(signOff('志愿者在修剪小区绿篱。（王小川 摄）')).toBeNull();
  });

  it('reads no sign-off in a bracket inside the sentence: 农户（通讯员 赵六）表示', () =>
    expect(signOff('农户代表（通讯员 赵六）表示满意')).toBeNull());
});

describe('bylines of correspondents and credits however set', () => {
  it('reads a spaced two-character name after another name: 本报记者 王五 张 三 报道', () =>
    expect(people('本报记者 王五 张 三 报道')).toEqual([
      { name: '王五', role: '记者' },
      { name: '张三', role: '记者' },
    ]));

  it('keeps a suffix printed apart a suffix, not the start of a name: 记者 王五 摄 李四', () =>
    expect(people('记者 王小川 摄 李大山')).toEqual([
      { name: '王小川', role: '摄影' },
      { name: '李大山', role: '记者' },
    ]));

  it('reads a correspondent stationed in a place: 本报驻云湖记者 王五', () =>
    expect(people('本报驻云湖记者 王小川')).toEqual([{ name: '王小川', role: '记者' }]));

  it('reads no person in where the report was filed from: 本报特派记者 张三 发自北京', () =>
    expect(people('本报特派记者 王小川 发自北京')).toEqual([{ name: '王小川', role: '记者' }]));

  it('reads the slash however it was set: 文 / 张三, 文／张三 图／李四', () => {
    expect(people('文 / 王小川')).toEqual([{ name: '王小川', role: '作者' }]);
    expect(people('文／王小川 图／李大山')).toEqual([
      { name: '王小川', role: '作者' },
      { name: '李大山', role: '摄影' },
    ]);
  });

  it('reads a contributing writer: 特约撰稿人 王五', () =>
    expect(people('特约撰稿人 王小川')).toEqual([{ name: '王小川', role: '作者' }]));

  it('reads no byline in a headline about a stationed office or a place filed from', () => {
    expect(parseByline('驻村工作队进驻云湖')).toBeNull();
    expect(parseByline('发自北京的祝福')).toBeNull();
  });
});

describe('fillers that credit the names beside them', () => {
  it('reads 图文：张三, 张三 报道 and 张三 采写 as bylines', () => {
    for (const line of ['图文：王小川', '王小川 报道', '王小川 采写'])
      expect(parseByline(line)).toEqual({ people: [{ name: '王小川', role: '作者' }], hasRole: true });
  });

  it('reads no byline in a series label ending in 报道: 两会报道, 深度报道', () => {
    expect(parseByline('两会报道')?.hasRole ?? false).toBe(false);
    expect(parseByline('深度报道')?.hasRole ?? false).toBe(false);
    expect(parseByline('联合报道')).toBeNull();
  });
});

describe('credits with a colon or slash after the role', () => {
  it('reads 作者：张三, 摄影/李四, 文字/张三 摄影/李四', () => {
    expect(people('作者：王小川')).toEqual([{ name: '王小川', role: '作者' }]);
    expect(people('摄影/李大山')).toEqual([{ name: '李大山', role: '摄影' }]);
    expect(people('文字/王小川 摄影/李大山')).toEqual([
      { name: '王小川', role: '作者' },
      { name: '李大山', role: '摄影' },
    ]);
  });

  it('reads an outside commentator, but no person in the desk’s own byline: 本报特约评论员 张三', () => {
    expect(people('本报特约评论员 王小川')).toEqual([{ name: '王小川', role: '作者' }]);
    expect(parseByline('本报特约评论员')).toBeNull();
  });

  it('reads no byline in 作者的话 or 作者简介', () => {
    expect(parseByline('作者的话')).toBeNull();
    expect(parseByline('作者简介')).toBeNull();
  });
});

describe('student writers signing with school and class', () => {
  it('reads a class number with the school before the name: 实验小学五（2）班 王小明', () =>
    expect(parseByline('实验小学五（2）班 王小明')).toEqual({
      people: [{ name: '王小明', role: '作者' }],
      hasRole: false,
    }));

  it('reads a numbered middle school and its class before a student reporter: 云湖一中 高一（3）班 小记者 王小明', () =>
    expect(people('云湖一中 高一（3）班 小记者 王小明')).toEqual([{ name: '王小明', role: '学生记者' }]));

  it('still takes a bracket after the name for the writer’s school, not a name: 小记者 王小明（云湖一中）', () =>
    expect(people('小记者 王小明（云湖一中）')).toEqual([{ name: '王小明', role: '学生记者' }]));

  it('reads no byline in a headline that opens with a school: 云湖一中 举行开学典礼', () =>
    expect(parseByline('云湖一中 举行开学典礼')).toBeNull());
});
