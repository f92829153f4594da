/**
 * The splitter: the raw text of one printed page → typed article entries, page furniture and
 * diagnostics. Each stage is a pure function with its own module and tests:
 * decode (bytes, in issue-file.ts) → toLines → classify → structure → assign → assemble (with
 * repair's column-break joins) → validateNothingLost.
 */
import { DEFAULT_PAPER, PAPER_PROFILES } from '../../config/papers.ts';
import type { Article, Diagnostic, PaperProfile } from '../schema.ts';
import { assemble } from './assemble.ts';
import { assign } from './assign.ts';
import { classify } from './classify.ts';
import { toLines } from './lines.ts';
import { rulesOf } from './profile.ts';
import { structure } from './structure.ts';
import { validateNothingLost } from './validate.ts';

export interface SplitOptions {
  /** The file's path, for messages. */
  file: string;
  issueId: string;
  date: string | null;
  /** Lines before the page text (front matter), so line numbers are those of the file. */
  lineOffset: number;
  /** The paper's conventions; the archive's own paper when not given. */
  profile?: PaperProfile;
}

export interface SplitPage {
  articles: Article[];
  furniture: string[];
  diagnostics: Diagnostic[];
}

export function splitPage(text: string, options: SplitOptions): SplitPage {
  const rules = rulesOf(options.profile ?? PAPER_PROFILES[DEFAULT_PAPER]!);
  const lines = toLines(text, options.file, options.lineOffset);
  const units = structure(classify(lines, rules), rules);
  const { drafts, furniture, duplicates, moves } = assign(units);
  const diagnostics: Diagnostic[] = [];
  const articles = drafts.map((draft, index) => {
    const result = assemble(draft, index + 1, {
      file: options.file,
      issueId: options.issueId,
      date: options.date,
      moves,
      rules,
    });
    diagnostics.push(...result.diagnostics);
    return result.article;
  });
  for (const duplicate of duplicates) {
    const line = duplicate.lines[0]!;
    diagnostics.push({
      ruleId: 'duplicate-line',
      severity: 'warning',
      file: options.file,
      line: line.no,
      message: `dropped a word-for-word repeat of line ${line.duplicateOf}`,
      hint: 'If the page really prints this twice, put `@@ body` above the repeat.',
    });
  }
  const furnitureLines = furniture.flatMap((unit) => unit.lines);
  validateNothingLost(
    options.file,
    lines,
    articles,
    furnitureLines,
    duplicates.flatMap((unit) => unit.lines),
  );
  return { articles, furniture: furnitureLines.map((line) => line.text), diagnostics };
}

export { toLines } from './lines.ts';
export { classify } from './classify.ts';
export { structure } from './structure.ts';
export { assign } from './assign.ts';
export { assemble } from './assemble.ts';
