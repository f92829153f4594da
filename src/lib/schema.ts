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
