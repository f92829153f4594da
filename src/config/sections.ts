/**
 * Editorial vocabulary: the sections an article can be filed under and the kinds of item the page
 * prints. Editors change this file, not the splitter; `assignSection` applies these rules in order and
 * the first section whose cues score highest wins.
 *
 * The cues are words the 大同日报 平城 page (and Chinese city papers generally) use for the beat; they
 * are matched against headline, overline and body, headline words weighing more.
 */
export const SECTIONS = [
  {
    name: '时政',
    slug: 'politics',
    description: '党委政府会议、党建、人大政协、政策解读',
    cues: [
      '党代会',
      '全会',
      '人大',
      '政协',
      '党建',
      '党委',
      '党组织',
      '党员',
      '政府工作报告',
      '会议',
      '十四五',
      '从严治党',
      '双百工程',
      '书记',
    ],
  },
  {
    name: '经济',
    slug: 'economy',
    description: '产业、项目、招商、营商环境、农业',
    cues: ['经济', '产业', '项目', '招商', '投资', '营商', '企业', '市场主体', '生产总值', '农业', '消费', '税'],
  },
  {
    name: '民生',
    slug: 'livelihood',
    description: '就业、养老、医疗、社保、安全、防疫、志愿服务',
    cues: [
      '民生',
      '养老',
      '老年',
      '医疗',
      '就业',
      '社保',
      '安全',
      '疫情',
      '核酸',
      '志愿',
      '爱心',
      '助学',
      '居民',
      '住房',
      '救助',
      '消费者',
    ],
  },
  {
    name: '城建生态',
    slug: 'city-environment',
    description: '城市建设与管理、环境治理、生态',
    cues: [
      '城市更新',
      '环境',
      '生态',
      '污染',
      '绿化',
      '垃圾',
      '整治',
      '城管',
      '老旧小区',
      '道路',
      '交通',
      '供热',
      '河长',
      '市容',
    ],
  },
  {
    name: '文教旅游',
    slug: 'culture-education',
    description: '文化、教育、旅游、科普、体育',
    cues: [
      '文化',
      '文旅',
      '旅游',
      '学校',
      '教育',
      '学生',
      '校园',
      '科普',
      '艺术',
      '体育',
      '非遗',
      '博物馆',
      '图书馆',
      '演出',
      '展览',
    ],
  },
  {
    name: '基层治理',
    slug: 'grassroots',
    description: '社区、网格、街道、乡村治理',
    cues: ['基层治理', '社区', '网格', '街道', '乡镇', '行政区划', '档案', '村'],
  },
  {
    name: '评论',
    slug: 'commentary',
    description: '评论员文章、短评、专栏',
    cues: [],
  },
  {
    name: '专题',
    slug: 'special',
    description: '周年、年度回顾、系列报道等专题版面',
    cues: ['周年', '创刊', '回顾', '综述', '巡礼'],
  },
] as const;

export type SectionName = (typeof SECTIONS)[number]['name'];

export const SECTION_NAMES = SECTIONS.map((section) => section.name) as [SectionName, ...SectionName[]];

/** Kinds of item, from the conventions of Chinese newspaper journalism (新闻体裁). */
export const KINDS = ['消息', '通讯', '评论', '专访', '专题', '图片'] as const;

export type KindName = (typeof KINDS)[number];

/** Masthead names the 平城 page has carried; the page was renamed in April 2021. */
export const MASTHEADS = ['大同日报·今日平城', '大同日报·走近平城'] as const;

/**
 * Words that mark a line above a headline as a column or series label (栏目/专栏), not an overline:
 * 平城新语, 怎么看 怎么办, “双百工程”巡礼系列报道(四), 记者观察 …
 */
export const RUBRIC_CUES = [
  '新语',
  '系列报道',
  '巡礼',
  '专栏',
  '时评',
  '短评',
  '观察',
  '怎么看',
  '怎么办',
  '访谈',
  '特刊',
  '专刊',
  '聚焦',
  '走进',
  '一线',
] as const;

/** Words in a rubric or headline that make an item a commentary (评论). */
export const COMMENTARY_CUES = ['新语', '时评', '短评', '评论', '论坛', '随笔', '杂谈', '漫谈'] as const;
