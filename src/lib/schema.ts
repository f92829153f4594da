/**
 * The single source of truth for the archive's data: zod schemas, with the TypeScript types inferred
 * from them. The splitter's output, the JSON export, the Astro collections and the tests all use these.
 */
import { z } from 'zod';
import { KINDS, SECTION_NAMES } from '../config/sections.ts';

/** A calendar date as printed in ISO form, checked to exist (2021-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'this date does not exist in the calendar');

/** 1-based line numbers of the source file an item was built from. */
export const sourceLinesSchema = z.array(z.number().int().positive());

export const sectionSchema = z.enum(SECTION_NAMES);
export const kindSchema = z.enum(KINDS);

/** The role a single source line plays on the page. */
export const lineRoleSchema = z.enum([
  'rubric',
  'overline',
  'headline',
  'subtitle',
  'byline',
  'intertitle',
  'body',
  'caption',
  'credit',
  'furniture',
  'duplicate',
  'marker',
]);

export const blockSchema = z.object({
  type: z.enum(['paragraph', 'intertitle', 'list']),
  text: z.string().min(1),
  lines: sourceLinesSchema,
});

export const figureSchema = z.object({
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  /** Path of the image under public/, when the archive has the photograph; null shows 图片未收录. */
  image: z.string().nullable(),
  lines: sourceLinesSchema,
});

/** A person named in a byline or credit, with the role printed before or after the name. */
export const personSchema = z.object({
  name: z.string().min(1),
  role: z.enum([
    '记者',
    '见习记者',
    '实习记者',
    '特约记者',
    '首席记者',
    '学生记者',
    '通讯员',
    '实习生',
    '作者',
    '摄影',
    '指导教师',
  ]),
});

/** The roles a byline can give a person (personSchema's `role`). */
export const personRoleSchema = personSchema.shape.role;

/** A word printed before names in a byline, with the role it gives them: 记者 → 记者, 通讯员 → 通讯员. */
const bylineRoleWordSchema = z.object({ word: z.string().min(1), role: personRoleSchema });

/**
 * A paper's conventions, as data (src/config/papers/): how it names itself, its lead and byline forms,
 * credit and furniture words, rubric and section vocabulary, and the few lengths the splitter needs.
 * The splitter's stages read a compiled profile and never name a paper's words themselves.
 */
export const paperProfileSchema = z
  .object({
    /** Key written in front matter (`paper: city-paper`). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'a profile id is lower-case letters, digits and hyphens'),
    /** What the profile is for, in words. */
    name: z.string().min(1),
    /** How the paper names itself in leads and bylines: 本报, and its own names (大同日报). */
    selfNames: z.array(z.string().min(1)).min(1),
    /** What ends an outlet's name, so that <outlet>讯 and <outlet>记者 are read for any paper: 日报, 晚报, 网. */
    outletEndings: z.array(z.string().min(1)),
    /** News agencies whose wire leads open a story: 新华社, 中新社. */
    wireAgencies: z.array(z.string().min(1)),
    /** Ranks printed before 记者 (首席记者, 全媒体记者), and the role each gives; 记者 alone is the base. */
    reporterRanks: z.array(bylineRoleWordSchema),
    /** Other role words: 通讯员, 实习生, 指导老师, 文/图 … */
    bylineRoles: z.array(bylineRoleWordSchema),
    /** Words in a byline that name no person and change no role: 报道, 供稿. */
    bylineFillers: z.array(z.string().min(1)),
    /**
     * What a paper's desk signs as when no person does, after the paper's or an agency's name: 本报评论员,
     * 本报特约评论员, 本报联合调查组, 新华社评论员. A byline that names no one.
     */
    deskBylines: z.array(z.string().min(1)),
    /** Ornaments printed before a byline: ■ □ ● (one character each). */
    bylineOrnaments: z.array(z.string().length(1)),
    /** Suffixes printed after a name, and the role they give: 撰 → 作者, 摄 → 摄影. */
    nameSuffixes: z.array(bylineRoleWordSchema),
    /**
     * Words a news report (消息) opens its text with, after its lead or title: 近日，…, 日前，…, 为进一步….
     * A dated opening (3月5日，…) is read too. A story that opens so carries no intertitles.
     */
    newsOpenings: z.array(z.string().min(1)),
    /**
     * Times of day a brief (简讯) is dated with: 12月3日下午，…, 昨天下午，…. A report gives its time once,
     * in its lead, so a later paragraph dated to the hour opens the next brief of a run printed without
     * headlines.
     */
    timesOfDay: z.array(z.string().min(1)),
    /**
     * Words a paragraph opens with that refer back to what its story said: 据介绍，…, 此外，…, 该校…. No
     * story's text begins so, so a bare line over such a paragraph is its story's intertitle.
     */
    continuationOpenings: z.array(z.string().min(1)),
    /** What ends the name of a school or unit a writer signs with: 实验小学 王小明, 市第一医院 张三. */
    affiliationEndings: z.array(z.string().min(1)),
    /**
     * What opens the note on the writer printed after a commentary or a contributed piece: （作者单位：…）,
     * 作者系…. It signs the story off, as a byline after the text does.
     */
    authorNotes: z.array(z.string().min(1)),
    /** Photo credits printed without a name: 资料图片, 网络图片. */
    creditWords: z.array(z.string().min(1)),
    /** Labels of page furniture lines: 责任编辑, 版面设计, 新闻热线. */
    furnitureLabels: z.array(z.string().min(1)),
    /** How a note about the whole page opens (本版稿件…, 本版图片除署名外…): furniture, never a story's text. */
    pageNotes: z.array(z.string().min(1)),
    /** Labels of a box printed inside a story: 温馨提示, 相关链接. */
    sidebarLabels: z.array(z.string().min(1)),
    /** Labels of a note printed above the story it introduces (编者按, 开栏的话): it goes with the story below. */
    introLabels: z.array(z.string().min(1)),
    /**
     * What a brief column's rubric ends with (简讯, 社区简讯, 城事速览, 一句话新闻): the briefs under it are
     * stories of their own, each under its short headline, its ■/● run-in head or its 本报讯 lead.
     */
    briefRubrics: z.array(z.string().min(1)),
    /** What a notice's title ends with (遗失声明, 招聘启事, 停水公告): a notice printed on the page is its own item. */
    noticeEndings: z.array(z.string().min(1)),
    /** The rubrics of photo news (图说, 图片新闻): a line of its own over a photograph's title or caption. */
    photoRubrics: z.array(z.string().min(1)),
    /** Words that make a line above a headline a column or series label (栏目), not an overline. */
    rubricCues: z.array(z.string().min(1)),
    /** Words in a rubric or headline that make an item a commentary (评论). */
    commentaryCues: z.array(z.string().min(1)),
    /** Words of each section's beat, matched in titles and the opening of the text. */
    sectionCues: z.partialRecord(sectionSchema, z.array(z.string().min(1))),
    thresholds: z
      .object({
        /** Longest line that can still be a headline, intertitle or caption. */
        titleMax: z.number().int().positive(),
        /** Longest numbered or dashed line read as a heading rather than a numbered paragraph. */
        headingMax: z.number().int().positive(),
        /** Longest photo credit line. */
        creditMax: z.number().int().positive(),
        /** Shorter word-for-word repeats are legitimate (two stories by one reporter). */
        duplicateMin: z.number().int().positive(),
        /**
         * Blank lines the extractor leaves where a photograph stood; one fewer (but more than the single
         * blank line between paragraphs) separates two blocks of text, such as two stories.
         */
        photoGap: z.number().int().min(2),
      })
      .strict(),
  })
  .strict();

/** Why the splitter did something: shown in the split report, kept for editors and developers. */
export const decisionSchema = z.object({
  line: z.number().int().positive(),
  role: lineRoleSchema,
  reason: z.string(),
});

export const articleSchema = z.object({
  id: z.string(),
  order: z.number().int().positive(),
  rubric: z.string().nullable(),
  overline: z.string().nullable(),
  headline: z.string().min(1),
  headlineDerived: z.boolean(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  /** Names of the people who wrote the story (reporters, correspondents, authors); no photographers. */
  reporters: z.array(z.string()),
  people: z.array(personSchema),
  section: sectionSchema,
  kind: kindSchema,
  date: isoDateSchema.nullable(),
  figures: z.array(figureSchema),
  blocks: z.array(blockSchema),
  lines: sourceLinesSchema,
  decisions: z.array(decisionSchema),
});

export const diagnosticSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string(),
  line: z.number().int().nonnegative().nullable(),
  message: z.string(),
  hint: z.string().optional(),
});

/** What an editor writes above the raw page. */
export const frontMatterSchema = z
  .object({
    date: isoDateSchema,
    masthead: z.string().min(1),
    page: z.number().int().positive(),
    /** Set when the page carries no printed date and the date was worked out from its content. */
    dateInferred: z.boolean().default(false),
    /** Where the date came from, in words, for readers and researchers. */
    dateNote: z.string().optional(),
    /** Title of a special edition (专刊), shown on the issue page. */
    title: z.string().optional(),
    /** Anything the editor wants to record about this page. */
    note: z.string().optional(),
    /** The paper profile whose conventions split this page (src/config/papers/); the archive's by default. */
    paper: z.string().min(1).optional(),
  })
  .strict();

export const issueSchema = z.object({
  id: z.string(),
  source: z.string(),
  date: isoDateSchema.nullable(),
  masthead: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  dateInferred: z.boolean(),
  dateNote: z.string().nullable(),
  title: z.string().nullable(),
  articles: z.array(articleSchema),
  furniture: z.array(z.string()),
  diagnostics: z.array(diagnosticSchema),
});

export type IsoDate = z.infer<typeof isoDateSchema>;
export type LineRole = z.infer<typeof lineRoleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Person = z.infer<typeof personSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type PaperProfile = z.infer<typeof paperProfileSchema>;
export type PersonRole = z.infer<typeof personRoleSchema>;

/**
 * content/reporters.yaml, kept by editors: the spellings of one reporter's name that the pages printed
 * differently (a typesetting slip or a misread character, 邱东芳/邸东芳), so they share one reporter page.
 */
export const reporterAliasSchema = z
  .object({
    /** The name the reporter page carries. */
    name: z.string().trim().min(1),
    /** Other spellings found on the pages; each leads to `name`. */
    aliases: z.array(z.string().trim().min(1)).min(1),
    /** Why the spellings are the same person, for the next editor. */
    note: z.string().optional(),
  })
  .strict();

export const reporterAliasesSchema = z.array(reporterAliasSchema);

export type ReporterAlias = z.infer<typeof reporterAliasSchema>;
