/**
 * An issue file: YAML front matter written by an editor, then the raw page exactly as extracted.
 * `readIssueFile` is pure (bytes in, issue out): decode, read the front matter with gray-matter,
 * validate it with the zod schema, split the page and check that nothing was lost.
 */
import matter from 'gray-matter';
import { ArchiveError } from './errors.ts';
import { frontMatterSchema, issueSchema, type FrontMatter, type Issue } from './schema.ts';
import { decode } from './split/decode.ts';
import { splitPage } from './split/index.ts';

export interface IssueSource {
  /** Path shown to editors and kept in the export, e.g. content/issues/2021-04-02.txt. */
  source: string;
  bytes: Uint8Array;
}

interface Parsed {
  frontMatter: FrontMatter | null;
  body: string;
  /** Lines the front matter takes, so source line numbers stay those of the file. */
  lineOffset: number;
}

function parseFrontMatter(text: string, source: string): Parsed {
  if (!/^---\r?\n/.test(text)) return { frontMatter: null, body: text, lineOffset: 0 };
  let file: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; a fresh options object turns that off so edits always show.
    file = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ArchiveError({
      ruleId: 'front-matter-yaml',
      file: source,
      line: mark?.line === undefined ? 1 : mark.line + 2,
      message: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      hint: 'Write one `key: value` per line between the two `---` lines.',
    });
  }
  const lineOffset = text.slice(0, text.length - file.content.length).split('\n').length - 1;
  const result = frontMatterSchema.safeParse(normaliseDates(file.data));
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    const keyLine = text.split('\n').findIndex((line) => key !== '' && line.startsWith(`${key}:`));
    throw new ArchiveError({
      ruleId: 'front-matter-invalid',
      file: source,
      line: keyLine >= 0 ? keyLine + 1 : 1,
      message: `front matter${key ? ` field \`${key}\`` : ''}: ${issue?.message ?? 'invalid'}`,
      hint: 'Required: date (YYYY-MM-DD), masthead, page. Optional: dateInferred, dateNote, title, note.',
    });
  }
  return { frontMatter: result.data, body: file.content, lineOffset };
}

/** YAML reads `2021-04-09` as a Date; the schema wants the string the editor wrote. */
function normaliseDates(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (out['date'] instanceof Date) out['date'] = out['date'].toISOString().slice(0, 10);
  return out;
}

/** `content/issues/2021-04-02-p5.txt` → `2021-04-02-p5`. */
export function issueIdFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '');
}

export function readIssueFile({ source, bytes }: IssueSource): Issue {
  const { text } = decode(bytes, source);
  const { frontMatter, body, lineOffset } = parseFrontMatter(text, source);
  const id = issueIdFromSource(source);
  const date = frontMatter?.date ?? null;
  const page = splitPage(body, { file: source, issueId: id, date, lineOffset });
  return issueSchema.parse({
    id,
    source,
    date,
    masthead: frontMatter?.masthead ?? null,
    page: frontMatter?.page ?? null,
    dateInferred: frontMatter?.dateInferred ?? false,
    dateNote: frontMatter?.dateNote ?? null,
    title: frontMatter?.title ?? null,
    articles: page.articles,
    furniture: page.furniture,
    diagnostics: page.diagnostics,
  });
}
