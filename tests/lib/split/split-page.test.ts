/**
 * Whole pages: the five real pages against readable snapshots (regenerate on purpose with
 * `UPDATE=1 npm test`), the evaluation scorer's figures, pages written to break the splitter, and the
 * invariant that no input ever loses text or throws anything but an editor-facing ArchiveError.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIssues } from '../../../src/lib/export.ts';
import { issueFilesIn, loadIssue } from '../../../src/lib/issues/load-issues.ts';
import { readIssueFile } from '../../../src/lib/issues/issue-file.ts';
import type { Issue } from '../../../src/lib/schema.ts';
import { splitPage } from '../../../src/lib/split/index.ts';
import { normaliseLine } from '../../../src/lib/split/normalise.ts';
import { itWithShared, SCORER } from '../../helpers/shared.ts';
import { expectInputRefusal } from '../../helpers/refusal.ts';
import { thrown } from '../../helpers/thrown.ts';

/**
 * The worst dev page's bcubed reached (0.661, a page of stories printed without headlines, leads or
 * bylines), rounded down: the issue's bar of 0.88 is not met yet.
 */
const DEV_WORST_PAGE_REACHED = 0.65;

const split = (text: string) => splitPage(text, { file: 'test.txt', issueId: 'test', date: null, lineOffset: 0 });

/** What a reviewer wants to see change: titles, people, figures and where each block came from. */
function summary(issue: Issue) {
  return issue.articles.map((article) => ({
    headline: `${article.headline}${article.headlineDerived ? ' [derived]' : ''}`,
    titles: [article.rubric, article.overline, article.subtitle].filter(Boolean),
    byline: article.byline,
    reporters: article.reporters,
    section: article.section,
    kind: article.kind,
    figures: article.figures.map(
      (figure) => `${figure.lines.join(',')}: ${figure.caption ?? ''} | ${figure.credit ?? ''}`,
    ),
    blocks: article.blocks.map((block) => `${block.type} ${block.lines.join('+')}: ${block.text.slice(0, 12)}`),
  }));
}

interface ScoreReport {
  mean: Record<string, number>;
  files: Record<string, Record<string, number>>;
}

/** The evaluation scorer's figures for the raw pages in `pages` against the gold labels in `gold`. */
function scoreMean(pages: string, gold: string): ScoreReport {
  const files = issueFilesIn(pages);
  const out = join(mkdtempSync(join(tmpdir(), 'split-')), 'split.json');
  writeFileSync(out, JSON.stringify(exportIssues(files.map(loadIssue))));
  return JSON.parse(execFileSync('python3', [SCORER, gold, pages, out, '--json'], { encoding: 'utf8' }));
}

describe('the five real pages', () => {
  for (const file of issueFilesIn('content/issues')) {
    it(`splits ${file} as its snapshot records`, () => {
      const fixture = join(
        'tests/fixtures/split',
        file
          .split('/')
          .pop()!
          .replace(/\.txt$/, '.json'),
      );
      const actual = `${JSON.stringify(summary(loadIssue(file)), null, 1)}\n`;
      if (process.env['UPDATE'] === '1') writeFileSync(fixture, actual);
      // A missing snapshot is a failure: writing it here would let any split pass.
      if (!existsSync(fixture))
        throw new Error(`${fixture} is missing: run UPDATE=1 npm test to write it, then review it`);
      expect(actual).toBe(readFileSync(fixture, 'utf8'));
    });
  }

  itWithShared(
    'meets the quality bar on the hand-labelled gold (../shared/eval)',
    () => {
      const mean = scoreMean('../shared/seeds', '../shared/eval/gold').mean;
      expect(mean.text_kept).toBe(1);
      expect(mean.bcubed_f1).toBeGreaterThanOrEqual(0.97);
      expect(mean.headline_f1).toBeGreaterThanOrEqual(0.95);
      expect(mean.article_exact).toBeGreaterThanOrEqual(0.85);
      expect(mean.role_acc).toBeGreaterThanOrEqual(0.95);
      expect(mean.reporter_f1).toBeGreaterThanOrEqual(0.95);
      expect(mean.join_f1).toBeGreaterThanOrEqual(0.9);
      expect(mean.caption_f1).toBeGreaterThanOrEqual(0.9);
    },
    60_000,
  );
});

describe('pages of other papers it was not written from (../shared/eval/dev)', () => {
  // The issue's bars for the dev pages: bcubed 0.95, headline 0.92, exact 0.80, role 0.93, reporter 0.90,
  // join 0.85, caption 0.85, and no page under bcubed 0.88. The last is not met yet: the test holds the
  // figure reached (rounded down a little), so it still catches a regression.
  itWithShared(
    'keeps the dev pages at or above the bars (the worst page at the figure reached)',
    () => {
      const { mean, files } = scoreMean('../shared/eval/dev', '../shared/eval/dev');
      expect(mean['text_kept']).toBe(1);
      expect(mean['bcubed_f1']).toBeGreaterThanOrEqual(0.95);
      expect(mean['headline_f1']).toBeGreaterThanOrEqual(0.92);
      expect(mean['article_exact']).toBeGreaterThanOrEqual(0.8);
      expect(mean['role_acc']).toBeGreaterThanOrEqual(0.93);
      expect(mean['reporter_f1']).toBeGreaterThanOrEqual(0.9);
      expect(mean['join_f1']).toBeGreaterThanOrEqual(0.85);
      expect(mean['caption_f1']).toBeGreaterThanOrEqual(0.85);
      const worst = Math.min(...Object.values(files).map((page) => page['bcubed_f1']!));
      expect(worst).toBeGreaterThanOrEqual(DEV_WORST_PAGE_REACHED);
    },
    60_000,
  );
});

/**
 * Four whole pages invented for a cold test (tests/fixtures/split/cold: a 晚报 local-news page, a 党报
 * district page, a 都市报 community page with interleaved columns and sign-off bylines, a 走近平城 page),
 * labelled by ../shared/eval/GUIDE.md and written before anyone looked at the rules they test. The bars
 * are each page's figures when they were added, rounded down: where a page is under the issue's bars it is
 * a known miss (listed in the folder's README.md), and the bar only stops it from getting worse.
 */
const COLD_PAGES_REACHED: Record<string, Record<string, number>> = {
  // prettier-ignore
  'bailing-dangbao': { text_kept: 1, bcubed_f1: 1, headline_f1: 1, article_exact: 1, role_acc: 1, reporter_f1: 1, join_f1: 1, caption_f1: 1 },
  // prettier-ignore
  'nanzhou-dushi': { text_kept: 1, bcubed_f1: 0.86, headline_f1: 0.9, article_exact: 0.14, role_acc: 0.95, reporter_f1: 0.71, join_f1: 0.8, caption_f1: 0 },
  // prettier-ignore
  'pingcheng-zoujin': { text_kept: 1, bcubed_f1: 0.99, headline_f1: 1, article_exact: 1, role_acc: 1, reporter_f1: 1, join_f1: 1, caption_f1: 1 },
  // prettier-ignore
  'qingchuan-wanbao': { text_kept: 1, bcubed_f1: 0.99, headline_f1: 1, article_exact: 1, role_acc: 0.94, reporter_f1: 1, join_f1: 1, caption_f1: 0.88 },
};
// prettier-ignore
const COLD_MEAN_REACHED = { text_kept: 1, bcubed_f1: 0.96, headline_f1: 0.97, article_exact: 0.78, role_acc: 0.97, reporter_f1: 0.92, join_f1: 0.94, caption_f1: 0.72 };

describe('invented pages of other kinds of city paper, scored cold (tests/fixtures/split/cold)', () => {
  itWithShared(
    'keeps every cold page and the mean at or above the figures reached',
    () => {
      const { mean, files } = scoreMean('tests/fixtures/split/cold', 'tests/fixtures/split/cold');
      // A page added without a bar, or a bar whose page is gone, would be checked by nothing.
      expect(Object.keys(files).sort()).toEqual(Object.keys(COLD_PAGES_REACHED).sort());
      for (const [page, bars] of Object.entries(COLD_PAGES_REACHED)) {
        for (const [column, bar] of Object.entries(bars)) {
          expect(files[page]![column], `${page} ${column}`).toBeGreaterThanOrEqual(bar);
        }
      }
      for (const [column, bar] of Object.entries(COLD_MEAN_REACHED)) {
        expect(mean[column], `mean ${column}`).toBeGreaterThanOrEqual(bar);
      }
    },
    60_000,
  );
});

describe('pages written to break the splitter', () => {
  it('reads bylines of other papers: 通讯员, 学生记者 with 指导教师, 文/, wire leads', () => {
    const { articles } = split(
      [
        '大同市召开文明城市创建推进会',
        '',
        '本报讯 记者李华 通讯员赵强报道：11月20日，大同市召开文明城市创建推进会。',
        '',
        '校园里的“小农场”',
        '',
        '□学生记者 陈晨 指导教师 刘芳',
        '',
        '走进云冈区实验小学，一片绿油油的菜地映入眼帘。',
        '',
        '新华社北京11月21日电（记者 孙伟）国家统计局21日发布数据显示，10月份工业增加值同比增长5.3%。',
      ].join('\n'),
    );
    expect(articles.map((article) => article.reporters)).toEqual([['李华', '赵强'], ['陈晨'], ['孙伟']]);
    expect(articles[1]!.people).toContainEqual({ name: '刘芳', role: '指导教师' });
    expect(articles[2]!.headlineDerived).toBe(true);
    expect(articles[2]!.kind).toBe('消息');
  });

  it('tells stories and title lines apart on an invented 平城 page printed without gaps between stories', () => {
    // The conventions of docs/splitter-quality.md, "Title blocks and intertitles on unseen pages", in one page.
    const { articles, furniture } = split(
      readFileSync('tests/fixtures/split/invented/pingcheng-conventions.txt', 'utf8'),
    );
    expect(articles.map((article) => [article.rubric, article.headline, article.headlineDerived])).toEqual([
      ['走近平城', '云溪新城：产业集聚 动能强劲', false],
      ['平城新语', '老城也要“新”起来', false],
      ['【河畔人家】', '一条小河的重生 （上）', false],
      [null, '青禾街道开展消防演练', false],
      [null, '柳湾街道举办健康讲座', false],
      [null, '为了这件事，老孙跑了十几趟，终于把问题解决了', true],
    ]);
    expect(articles[0]!.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'intertitle',
      'paragraph',
      'intertitle',
      'list',
      'list',
      'intertitle',
      'paragraph',
    ]);
    expect(articles[1]!.byline).toBe('林一舟');
    expect(articles[2]!.byline).toBe('本报记者 田野');
    expect(furniture).toEqual([
      '大同日报',
      '2026年3月6日 星期五 第5版 走近平城',
      '（下转第八版）',
      '（上接第一版）',
      '责任编辑 韩雪 版面设计 罗青',
    ]);
  });

  it('reads the leads, bylines, sign-offs and credits of other papers: story by story, reporters by name', () => {
    const { articles } = split(
      [
        '三千岗位送到家门口',
        '',
        '□本报记者 王小川 见习记者 李 娜',
        '',
        '3月4日上午，云湖市2024年“春风行动”招聘会在市人力资源市场举行，一百二十余家企业带来岗位三千余个。',
        '',
        '据了解，今年全市将举办各类招聘活动五十余场。',
        '',
        '千亩大棚育新苗',
        '',
        '本报讯（记者 张 伟 通讯员 欧阳晓东）眼下正值春耕备耕关键期，河西镇千亩育苗基地内，工人们正忙着播种育苗。',
        '',
        '今年基地计划培育蔬菜苗两千万株。（记者 钱七 实习生 孙八）',
        '',
        '两地联手治理界河',
        '',
        '本报记者 王小川',
        '',
        '晋阳晚报记者 李大山',
        '',
        '近日，云湖市与晋阳市签订界河联合治理协议，两地将共同推进河道清淤和沿岸绿化。',
        '',
        '本报综合消息 连日来，多地气温回升，各地公园迎来赏花游客，花海美景吸引不少市民拍照留念。',
        '',
        '记者 刘晓燕 报道',
        '',
        '冬日暖阳照边疆',
        '',
        '新华社乌鲁木齐12月1日电（记者 阿依古丽·买买提）边境小镇迎来今冬第一场雪，护边员们踏雪巡逻。',
        '',
        '新华社记者 赵小六 摄',
        '',
        '让城市更有温度',
        '',
        '本报评论员',
        '',
        '城市的温度，体现在细节之中。一条无障碍通道、一张爱心座椅，都是城市温度的体现。',
        '',
        '乡村振兴要有人才支撑',
        '',
        '张 伟',
        '',
        '乡村振兴，人才是关键。只有让各类人才愿意来、留得住、干得好，乡村才能真正兴旺起来。',
        '',
        '作者系云湖市社科院研究员',
        '',
        '老街的记忆',
        '',
        '文/欧阳 明远 图/司马青',
        '',
        '走进老街，青石板路干净整洁，两侧店铺焕然一新，居民们说老街的味道还在。',
      ].join('\n'),
    );
    expect(articles.map((article) => [article.headline.slice(0, 8), article.reporters])).toEqual([
      ['三千岗位送到家门', ['王小川', '李娜']],
      ['千亩大棚育新苗', ['张伟', '欧阳晓东', '钱七', '孙八']],
      ['两地联手治理界河', ['王小川', '李大山']],
      ['多地气温回升，各', ['刘晓燕']],
      ['冬日暖阳照边疆', ['阿依古丽·买买提']],
      ['让城市更有温度', []],
      ['乡村振兴要有人才', ['张伟']],
      ['老街的记忆', ['欧阳明远', '司马青']],
    ]);
    expect(articles[5]!.byline).toBe('本报评论员');
    expect(articles[4]!.figures.map((figure) => figure.credit)).toEqual(['新华社记者 赵小六 摄']);
    expect(articles[6]!.blocks.at(-1)?.text).toBe('作者系云湖市社科院研究员');
  });

  it('keeps text that looks like markup exactly as printed', () => {
    const text =
      '标题<b>加粗</b>\n\n本报讯（记者 张三）**这不是粗体** # 也不是标题 [a](b) {{ x }} <script>alert(1)</script>。\n\n---\n';
    const { articles } = split(text);
    const all = articles
      .flatMap((article) => [article.headline, ...article.blocks.map((block) => block.text)])
      .join('\n');
    for (const literal of [
      '<b>加粗</b>',
      '**这不是粗体**',
      '# 也不是标题',
      '[a](b)',
      '{{ x }}',
      '<script>alert(1)</script>',
      '---',
    ]) {
      expect(all).toContain(literal);
    }
  });

  it('gives a page with no text no articles, and an editor markup error names its line', () => {
    expect(split('\n\n  \n').articles).toEqual([]);
    expect(thrown(() => split('正文。\n@@ headlien\n标题'))).toMatchObject({ ruleId: 'unknown-markup', line: 2 });
  });
});

describe('editor correction markup', () => {
  const page = [
    '第一条新闻',
    '',
    '本报讯（记者 张三）第一段正文。',
    '',
    '第一条新闻的第二段。',
    '',
    '第二条新闻的标题其实在这里',
    '',
    '第二段正文，属于第二条新闻。',
  ].join('\n');

  it('forces an article break and a headline where the heuristics saw an intertitle', () => {
    expect(split(page).articles).toHaveLength(1);
    const fixed = split(page.replace('第二条新闻的标题', '@@ headline\n第二条新闻的标题'));
    expect(fixed.articles.map((article) => article.headline)).toEqual(['第一条新闻', '第二条新闻的标题其实在这里']);
  });

  it('keeps a headline printed over two lines whole when the editor marks its first line only', () => {
    const twoLines = page.replace(
      '第二条新闻的标题其实在这里',
      '@@ headline\n第二条新闻\n\n标题印成两行\n\n本报记者 李四',
    );
    expect(split(twoLines).articles.map((article) => article.headline)).toEqual([
      '第一条新闻',
      '第二条新闻 标题印成两行',
    ]);
  });

  // Under an intertitle the heuristics read a line as the story's own text; `@@ headline` above it must
  // still start a story (README: markup always wins), whatever the intertitle's run would have made of it.
  describe('@@ headline above each paragraph under an intertitle of the real pages', () => {
    for (const file of issueFilesIn('content/issues')) {
      const text = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      const before = split(text).articles;
      const targets = before.flatMap((article) =>
        article.blocks.filter((block, k) => block.type === 'paragraph' && article.blocks[k - 1]?.type === 'intertitle'),
      );
      it(`${file}: starts a story with that line as its headline (${targets.length} paragraphs)`, () => {
        expect(targets.length).toBeGreaterThan(0);
        for (const block of targets) {
          const no = block.lines[0]!;
          const lines = text.split('\n');
          lines.splice(no - 1, 0, '@@ headline');
          const after = split(lines.join('\n')).articles;
          const story = after.find((article) =>
            article.decisions.some((d) => d.line === no + 1 && d.role === 'headline'),
          );
          expect(story, `line ${no} under the front matter`).toBeDefined();
          expect(story!.headline).toBe(normaliseLine(text.split('\n')[no - 1]!));
          expect(Math.min(...story!.lines), `line ${no} under the front matter`).toBe(no + 1);
          expect(before.map((article) => article.headline)).not.toContain(story!.headline);
        }
      });
    }
  });

  it('sets section and kind, and refuses a section the archive does not have', () => {
    const fixed = split(`@@ section 民生\n@@ kind 评论\n${page}`);
    expect(fixed.articles[0]).toMatchObject({ section: '民生', kind: '评论' });
    expect(thrown(() => split(`@@ section 体育\n${page}`))).toMatchObject({ ruleId: 'unknown-section', line: 1 });
  });
});

describe('nothing is lost', () => {
  const seeds = issueFilesIn('content/issues').map((file) =>
    readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''),
  );
  const seedLines = seeds.flatMap((text) => text.split('\n'));
  const compact = (text: string) => text.normalize('NFKC').replace(/\s/g, '');

  function keptText(text: string): string {
    const { articles, furniture } = split(text);
    return compact(
      articles
        .flatMap((a) => [
          a.rubric,
          a.overline,
          a.headlineDerived ? '' : a.headline,
          a.subtitle,
          a.byline,
          ...a.figures.flatMap((f) => [f.caption, f.credit]),
          ...a.blocks.map((b) => b.text),
        ])
        .concat(furniture)
        .join(''),
    );
  }

  it('keeps every character of shuffled, truncated and mixed real lines, or says why not', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(seedLines.length - 1), { maxLength: 60 }), fc.nat(40), (picks, cut) => {
        const lines = picks.map((index) => seedLines[index]!);
        if (lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, cut);
        const text = lines.join('\n');
        try {
          const kept = keptText(text);
          // Every non-duplicate line's characters are somewhere in the output.
          for (const line of new Set(lines.map(compact))) if (line) expect(kept).toContain(line.slice(0, 8));
        } catch (error) {
          expectInputRefusal(error);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never throws anything but an input refusal on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          readIssueFile({ source: 'random.txt', bytes });
        } catch (error) {
          expectInputRefusal(error);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('moving a paragraph to another story', () => {
  it('gives a paragraph marked `@@ story N` to story N, whatever the heuristics thought', () => {
    const text = [
      '第一条新闻',
      '',
      '本报讯（记者 张三）第一段正文。',
      '',
      '第二条新闻',
      '',
      '本报讯（记者 李四）第二段正文。',
      '',
      '@@ story 1',
      '这一段其实属于第一条新闻。',
    ].join('\n');
    const { articles } = split(text);
    expect(articles[0]!.blocks.map((block) => block.text)).toContain('这一段其实属于第一条新闻。');
    expect(articles[0]!.lines).toContain(10);
    expect(articles[1]!.lines).not.toContain(10);
  });
});

describe('photo stories', () => {
  it('keeps a title over a photograph as a story of its own, of kind 图片, between two stories', () => {
    const text = [
      '冬季供热保障有力',
      '',
      '本报记者 张三',
      '',
      '市供热公司全力保障供热，确保居民温暖过冬。',
      '',
      '冰雪嘉年华开幕',
      '',
      '图为市民在冰雪乐园游玩。',
      '',
      '本报记者 王五 摄',
      '',
      '老旧小区改造提速',
      '',
      '本报讯（记者 李四）今年我市计划改造老旧小区120个。',
    ].join('\n');
    const { articles, diagnostics } = split(text);
    expect(articles.map((article) => article.headline)).toEqual([
      '冬季供热保障有力',
      '冰雪嘉年华开幕',
      '老旧小区改造提速',
    ]);
    expect(articles[1]).toMatchObject({
      kind: '图片',
      blocks: [],
      figures: [{ caption: '图为市民在冰雪乐园游玩。', credit: '本报记者 王五 摄' }],
    });
    expect(diagnostics.filter((d) => d.ruleId === 'empty-article')).toEqual([]);
  });
});

describe('nothing is lost silently', () => {
  const twoStories = [
    '第一条新闻',
    '',
    '本报讯（记者 张三）第一段正文。',
    '',
    '第二条新闻',
    '',
    '本报讯（记者 李四）第二段正文。',
  ];

  it('warns about a line printed twice that was dropped, naming both lines', () => {
    const { diagnostics } = split([...twoStories, '', '本报讯（记者 李四）第二段正文。'].join('\n'));
    expect(diagnostics.filter((d) => d.ruleId === 'duplicate-line')).toEqual([
      {
        ruleId: 'duplicate-line',
        severity: 'warning',
        file: 'test.txt',
        line: 9,
        message: 'dropped a word-for-word repeat of line 7',
        hint: 'If the page really prints this twice, put `@@ body` above the repeat.',
      },
    ]);
  });

  it('refuses `@@ story 999` on a page of two stories', () => {
    expect(thrown(() => split([...twoStories, '', '@@ story 999', '这一段其实属于第一条新闻。'].join('\n')))).toEqual({
      ruleId: 'story-out-of-range',
      severity: 'error',
      file: 'test.txt',
      line: 9,
      message: '`@@ story 999`: this page has 2 stories',
      hint: 'Run npm run split -- FILE and give the number of the story this paragraph belongs to, as the report numbers them.',
    });
  });

  it('keeps a printed line that starts with @@, written \\@@', () => {
    const { articles } = split([...twoStories, '', '\\@@ 这一行印在版面上。'].join('\n'));
    expect(articles[1]!.blocks.map((block) => block.text)).toContain('@@ 这一行印在版面上。');
  });

  it('makes a headline from a lead of Extension B characters without cutting one in half', () => {
    const lead = `本报讯（记者 张三）${'𠀀𪚥𫝀'.repeat(20)}。`;
    const { articles } = split(lead);
    expect(articles[0]!.headlineDerived).toBe(true);
    expect(articles[0]!.headline).not.toMatch(/\p{Cs}|\ufffd/u);
    expect(articles[0]!.headline).toMatch(/^(?:𠀀𪚥𫝀)+𠀀?𪚥?…$/u);
  });
});
