/**
 * repair.ts (joinColumnBreaks): a paragraph that does not end a sentence goes on in the story's next
 * paragraph, even mid-word; a box inside the story does not interrupt the sentence, a heading does;
 * editors force or forbid a join with `@@ join` / `@@ nojoin`.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/split/classify.ts';
import { toLines } from '../../../src/lib/split/lines.ts';
import { rules } from './helpers.ts';
import { joinColumnBreaks } from '../../../src/lib/split/repair.ts';
import type { Unit, UnitKind } from '../../../src/lib/split/structure.ts';

type Spec = [kind: UnitKind, text: string, extra?: Partial<Unit>];

/**
 * A story's body units, built from real text: each spec's lines (markup lines included) are laid out
 * with a blank line between specs, run through toLines and classify, and handed out to units in order.
 */
function units(...specs: Spec[]): Unit[] {
  const lines = classify(toLines(specs.map(([, text]) => text).join('\n\n'), 'test.txt'), rules);
  let next = 0;
  return specs.map(([kind, text, extra]) => {
    const count = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('@@')).length;
    const own = lines.slice(next, (next += count));
    const role = kind === 'intertitle' ? 'intertitle' : 'body';
    return { kind, lines: own, roles: own.map(() => role), reasons: own.map(() => 'test'), ...extra };
  });
}

const texts = (specs: Spec[]) => joinColumnBreaks(units(...specs)).blocks.map((block) => block.text);

const CUT =
  '现如今，《大同日报·今日平城》创刊一周年之际，正逢“十四五”全面擘画火热开启之时。平城区在新近召开的党代会、“两会”上，掷地有声提出，紧紧围绕建设省域副中心城市核心区发展思路，打造核心区，构筑新高地，奋力谱写';
const CUT_END = '“十四五”转型出雏型平城篇章。';
const NEXT = '浩渺行无极，扬帆但信风。平城区乘风破浪逐梦的航行，正召唤《大同日报·今日平城》。';

describe('joinColumnBreaks', () => {
  it('joins a sentence cut by a column break', () => {
    const { blocks, joins } = joinColumnBreaks(units(['paragraph', CUT], ['paragraph', CUT_END]));
    expect(blocks).toEqual([{ type: 'paragraph', text: CUT + CUT_END, lines: [1, 3] }]);
    expect(joins).toHaveLength(1);
    expect(joins[0]?.line).toBe(3);
    expect(joins[0]?.reason).toContain('line 1');
  });

  it('joins a word cut in two by a column break: 忘 | 不提升了…', () => {
    const left = '忘不了党建引领凝聚合力、乡村振兴融合推进步履铿锵；忘';
    const right = '不提升了城乡环境品质、幸福平城天蓝水碧风光如画；忘不了德耀平城持之以恒文明之光照千家亮点纷呈……';
    expect(
      texts([
        ['paragraph', left],
        ['paragraph', right],
      ]),
    ).toEqual([left + right]);
  });

  it('joins a lead cut by a column break to the paragraph that finishes it', () => {
    expect(
      texts([
        ['lead', '本报讯（记者 张鑫）燃气安全关系到千家万户，与人民群众'],
        ['paragraph', '生命财产安全息息相关。'],
      ]),
    ).toEqual(['本报讯（记者 张鑫）燃气安全关系到千家万户，与人民群众生命财产安全息息相关。']);
  });

  it('keeps joining while each piece is still cut', () => {
    expect(
      texts([
        ['paragraph', '引进招商引资签约项目'],
        ['paragraph', '投资总额'],
        ['paragraph', '达185.97亿元。'],
      ]),
    ).toEqual(['引进招商引资签约项目投资总额达185.97亿元。']);
  });

  it('does not join after a full stop', () =>
    expect(
      texts([
        ['paragraph', CUT + CUT_END],
        ['paragraph', NEXT],
      ]),
    ).toHaveLength(2));

  it('does not join after a full stop inside closing quotes', () => {
    expect(
      texts([
        ['paragraph', '老人说：“在家门口举行笔会，大大丰富了我们的生活。”'],
        ['paragraph', NEXT],
      ]),
    ).toHaveLength(2);
  });

  it('does not join after a question mark or an ellipsis', () => {
    expect(
      texts([
        ['paragraph', '是自我陶醉还是敢为人先？'],
        ['paragraph', NEXT],
      ]),
    ).toHaveLength(2);
    expect(
      texts([
        ['paragraph', '亮点纷呈……'],
        ['paragraph', NEXT],
      ]),
    ).toHaveLength(2);
  });

  it('does not let a box (温馨提示) interrupt the sentence printed around it', () => {
    const before = '王振翼从小聪慧好学。从创办山西第一份传播新思想新文化的刊';
    const after = '物——《山西平民周刊》，到加入北京大学马克思学说研究会。';
    const { blocks } = joinColumnBreaks(
      units(
        ['paragraph', before],
        [
          'sidebar',
          '温馨提示：\n该连环画完整故事在“平城在线”同步推出展览，市民可关注“平城在线”微信公众号进行线上阅览。',
        ],
        ['paragraph', after],
      ),
    );
    expect(blocks.map((block) => block.text)).toEqual([
      before + after,
      '温馨提示：',
      '该连环画完整故事在“平城在线”同步推出展览，市民可关注“平城在线”微信公众号进行线上阅览。',
    ]);
    expect(blocks[0]?.lines).toEqual([1, 6]);
  });

  it('stops at a heading: a paragraph does not run on across an intertitle', () => {
    expect(
      texts([
        ['paragraph', CUT],
        ['intertitle', '守正创新 鼓足干劲劈浪前行'],
        ['paragraph', CUT_END],
      ]),
    ).toEqual([CUT, '守正创新 鼓足干劲劈浪前行', CUT_END]);
  });

  it('stops at a list item', () => {
    const { blocks } = joinColumnBreaks(
      units(['paragraph', '要做到九个“聚焦”'], ['list', '- 现代服务集聚区'], ['paragraph', '创新生态试验区建设']),
    );
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('runs a short line cut under a heading (a fragment) on into the next paragraph, even after a full stop', () => {
    expect(
      texts([
        ['paragraph', '科普进校园。', { fragment: true }],
        ['paragraph', NEXT],
      ]),
    ).toEqual(['科普进校园。' + NEXT]);
  });

  it('joins across @@ join even after a full stop, and says the editor asked for it', () => {
    const { blocks, joins } = joinColumnBreaks(units(['paragraph', CUT + CUT_END], ['paragraph', `@@ join\n${NEXT}`]));
    expect(blocks.map((block) => block.text)).toEqual([CUT + CUT_END + NEXT]);
    expect(joins[0]?.reason).toContain('@@ join');
  });

  it('does not join across @@ nojoin, however the paragraph ends', () => {
    expect(
      texts([
        ['paragraph', CUT],
        ['paragraph', `@@ nojoin\n${CUT_END}`],
      ]),
    ).toEqual([CUT, CUT_END]);
  });

  it('puts the pieces back in page order, wherever the units came from', () => {
    const [first, second] = units(['paragraph', CUT], ['paragraph', CUT_END]);
    expect(joinColumnBreaks([second!, first!]).blocks.map((block) => block.text)).toEqual([CUT + CUT_END]);
  });

  it('joins Chinese pieces without adding a space', () =>
    expect(
      texts([
        ['paragraph', '据了解，2020年，平城区开展“我们'],
        ['paragraph', '庆祝中国共产党成立100周年”活动。'],
      ])[0],
    ).not.toContain(' '));

  it('keeps a space between two Latin words cut by a column break', () =>
    expect(
      texts([
        ['paragraph', '节目名为Pingcheng'],
        ['paragraph', 'Online。'],
      ]),
    ).toEqual(['节目名为Pingcheng Online。']));

  it('rejoins a number cut by a column break without a space', () => {
    expect(
      texts([
        ['paragraph', '2023年，全区在建项目262个，总投资91'],
        ['paragraph', '2.51亿元。'],
      ]),
    ).toEqual(['2023年，全区在建项目262个，总投资912.51亿元。']);
  });

  it('rejoins a Latin-and-digit term cut by a column break without a space', () => {
    expect(
      texts([
        ['paragraph', '聚焦5'],
        ['paragraph', 'G应用发展。'],
      ]),
    ).toEqual(['聚焦5G应用发展。']);
  });
});
