/**
 * Editorial vocabulary: the sections an article can be filed under and the kinds of item the page
 * prints. Editors change this file, not the splitter. The words that file a story under a section
 * (its cues) are a paper's, in its profile (src/config/papers/); `assignSection` scores them in this
 * order and the first section whose cues score highest wins.
 */
export const SECTIONS = [
  {
    name: '时政',
    slug: 'politics',
    description: '党委政府会议、党建、人大政协、政策解读',
  },
  {
    name: '经济',
    slug: 'economy',
    description: '产业、项目、招商、营商环境、农业',
  },
  {
    name: '民生',
    slug: 'livelihood',
    description: '就业、养老、医疗、社保、安全、防疫、志愿服务',
  },
  {
    name: '城建生态',
    slug: 'city-environment',
    description: '城市建设与管理、环境治理、生态',
  },
  {
    name: '文教旅游',
    slug: 'culture-education',
    description: '文化、教育、旅游、科普、体育',
  },
  {
    name: '基层治理',
    slug: 'grassroots',
    description: '社区、网格、街道、乡村治理',
  },
  {
    name: '评论',
    slug: 'commentary',
    description: '评论员文章、短评、专栏',
  },
  {
    name: '专题',
    slug: 'special',
    description: '周年、年度回顾、系列报道等专题版面',
  },
] as const;

export type SectionName = (typeof SECTIONS)[number]['name'];

export const SECTION_NAMES = SECTIONS.map((section) => section.name) as [SectionName, ...SectionName[]];

/** Kinds of item, from the conventions of Chinese newspaper journalism (新闻体裁). */
export const KINDS = ['消息', '通讯', '评论', '专访', '专题', '图片'] as const;

export type KindName = (typeof KINDS)[number];

/** Masthead names the 平城 page has carried; the page was renamed in April 2021. */
export const MASTHEADS = ['大同日报·今日平城', '大同日报·走近平城'] as const;
