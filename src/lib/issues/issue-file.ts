/**
 * An issue file: YAML front matter written by an editor, then the raw page exactly as extracted.
 * `readIssueFile` is pure (bytes in, issue out): decode, read the front matter, split the page; the
 * splitter checks that nothing was lost. Line numbers everywhere are those of the file, front matter
 * included. The first problem an editor must fix is thrown as an ArchiveError; `npm run check`
 * (check.ts) uses the same steps to list all of them.
 *
 * A file without front matter is read as a bare page (no date, masthead or page), so
 * `npm run split -- raw.txt` works on an extractor's output; `npm run check` refuses such a file.
 */
import { PAPER_PROFILES } from '../../config/papers.ts';
import { ArchiveError } from '../errors.ts';
import { readFrontMatter, type FrontMatterBlock } from './front-matter.ts';
import { issueSchema, type Issue } from '../schema.ts';
import { decode } from '../split/decode.ts';
import { controlCharacterWarnings } from '../split/normalise.ts';
import { splitPage } from '../split/index.ts';

export interface IssueSource {
  /** Path shown to editors and kept in the export, e.g. content/issues/2021-04-02.txt. */
  source: string;
  bytes: Uint8Array;
}

/** `content/issues/2021-04-02-p5.txt` → `2021-04-02-p5`. */
export function issueIdFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '');
}

/** Splits the page under a front matter already read; throws what the splitter throws. */
export function splitIssue(source: string, block: FrontMatterBlock): Issue {
  const id = issueIdFromSource(source);
  const frontMatter = block.data;
  const date = frontMatter?.date ?? null;
  const profile = frontMatter?.paper === undefined ? undefined : PAPER_PROFILES[frontMatter.paper];
  const page = splitPage(block.body, {
    file: source,
    issueId: id,
    date,
    lineOffset: block.bodyLineOffset,
    ...(profile ? { profile } : {}),
  });
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
    diagnostics: [...controlCharacterWarnings(block.body, source, block.bodyLineOffset), ...page.diagnostics],
  });
}

export function readIssueFile({ source, bytes }: IssueSource): Issue {
  const { text } = decode(bytes, source);
  const block = readFrontMatter(text, source);
  const error = block.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (error) throw new ArchiveError(error);
  return splitIssue(source, block);
}
