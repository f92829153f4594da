/**
 * Small typed issues and articles for the site's unit tests, checked against the real schema so a
 * schema change shows up here first. Text comes from the seeds (2021-04-09, page 5).
 */
import { articleSchema, issueSchema, type Article, type Issue } from '../../../src/lib/schema.ts';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return articleSchema.parse({
    id: '2021-04-09-02',
    order: 2,
    rubric: null,
    overline: null,
    headline: '释放基层治理活力 提升为民服务水平',
    headlineDerived: false,
    subtitle: null,
    byline: '记者 孙鑫',
    reporters: ['孙鑫'],
    people: [{ name: '孙鑫', role: '记者' }],
    section: '基层治理',
    kind: '消息',
    date: '2021-04-09',
    figures: [],
    blocks: [
      { type: 'paragraph', text: '近日，平城区召开基层治理工作推进会。', lines: [40] },
      { type: 'intertitle', text: '网格化管理全覆盖', lines: [41] },
      { type: 'paragraph', text: '全区划分网格，配齐网格员。', lines: [42, 43] },
    ],
    lines: [38, 39, 40, 41, 42, 43],
    decisions: [],
    ...overrides,
  });
}

export function makeIssue(overrides: Partial<Issue> = {}): Issue {
  const id = overrides.id ?? '2021-04-09';
  return issueSchema.parse({
    id,
    source: `content/issues/${id}.txt`,
    date: id,
    masthead: '大同日报·走近平城',
    page: 5,
    dateInferred: false,
    dateNote: null,
    title: null,
    articles: [makeArticle({ id: `${id}-01`, order: 1 })],
    furniture: [],
    diagnostics: [],
    ...overrides,
  });
}
