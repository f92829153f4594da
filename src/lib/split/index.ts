/**
 * The splitter: raw page text → typed article entries. Work in progress: this first version keeps the
 * whole page as one article so the rest of the pipeline can be built against the real types.
 */
import type { Article, Diagnostic } from '../schema.ts';

export interface SplitOptions {
  file: string;
  issueId: string;
  date: string | null;
  lineOffset: number;
}

export interface SplitPage {
  articles: Article[];
  furniture: string[];
  diagnostics: Diagnostic[];
}

export function splitPage(text: string, options: SplitOptions): SplitPage {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks = lines
    .map((line, index) => ({ text: line.trim(), line: index + 1 + options.lineOffset }))
    .filter((line) => line.text !== '')
    .map((line) => ({ type: 'paragraph' as const, text: line.text, lines: [line.line] }));
  const article: Article = {
    id: `${options.issueId}-01`,
    order: 1,
    rubric: null,
    overline: null,
    headline: blocks[0]?.text ?? '(空白)',
    headlineDerived: true,
    subtitle: null,
    byline: null,
    reporters: [],
    people: [],
    section: '专题',
    kind: '专题',
    date: options.date,
    figures: [],
    blocks,
    lines: blocks.flatMap((block) => block.lines),
    decisions: [],
  };
  return { articles: blocks.length ? [article] : [], furniture: [], diagnostics: [] };
}
