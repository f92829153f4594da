/**
 * Stage 9: nothing lost. Every line of text on the page must end up in exactly one place: an article,
 * the page furniture, or the list of dropped exact duplicates; and the characters of the output must be
 * those of the input. A failure is a bug in the splitter, reported with the file and line so an editor
 * can work around it with markup while it is fixed. An editor's `@@ story N` that names no story of the
 * page, or that the splitter could not apply, is the editor's to fix and says so.
 */
import { ArchiveError } from '../errors.ts';
import type { Article } from '../schema.ts';
import { firstGraphemes } from '../text/truncate.ts';
import type { Line } from './lines.ts';

/** Every `@@ story N` names a story of the page, and the paragraph below it ended up in that story. */
export function validateStoryMarkup(file: string, lines: readonly Line[], articles: readonly Article[]): void {
  for (const line of lines) {
    for (const marker of line.markers) {
      if (marker.kind !== 'story') continue;
      const story = articles[marker.story - 1];
      if (!story) {
        throw new ArchiveError({
          ruleId: 'story-out-of-range',
          file,
          line: marker.line,
          message: `\`@@ story ${marker.story}\`: this page has ${articles.length === 1 ? 'only 1 story' : `${articles.length} stories`}`,
          hint: 'Run npm run split -- FILE and give the number of the story this paragraph belongs to, as the report numbers them.',
        });
      }
      if (!story.lines.includes(line.no)) {
        throw new ArchiveError({
          ruleId: 'story-markup-unused',
          file,
          line: marker.line,
          message: `\`@@ story ${marker.story}\` could not move the line below it into story ${marker.story}`,
          hint: 'Put `@@ story N` directly above the first line of a paragraph, not inside one or above a title.',
        });
      }
    }
  }
}

export function validateNothingLost(
  file: string,
  lines: readonly Line[],
  articles: readonly Article[],
  furniture: readonly Line[],
  duplicates: readonly Line[],
): void {
  validateStoryMarkup(file, lines, articles);
  const placed = new Map<number, number>();
  const count = (no: number) => placed.set(no, (placed.get(no) ?? 0) + 1);
  for (const article of articles) article.lines.forEach(count);
  for (const line of [...furniture, ...duplicates]) count(line.no);
  for (const line of lines) {
    const times = placed.get(line.no) ?? 0;
    if (times !== 1) {
      throw new ArchiveError({
        ruleId: times === 0 ? 'lost-line' : 'line-twice',
        file,
        line: line.no,
        message:
          times === 0
            ? `the splitter lost this line: “${firstGraphemes(line.text, 30)}”`
            : `the splitter put this line in ${times} places`,
        hint: 'This is a bug in the splitter; please report it. Marking the line with `@@ body` or `@@ article` usually works around it.',
      });
    }
  }
  // Each line's own text must stand, word for word, in the block, figure or title that claims it.
  const textOf = new Map<number, string>();
  for (const article of articles) {
    const titles = [
      article.rubric,
      article.overline,
      article.headlineDerived ? '' : article.headline,
      article.subtitle,
      article.byline,
    ].join('\n');
    for (const no of article.lines) textOf.set(no, titles);
    for (const block of article.blocks) for (const no of block.lines) textOf.set(no, block.text);
    for (const figure of article.figures)
      for (const no of figure.lines) textOf.set(no, `${figure.caption ?? ''}\n${figure.credit ?? ''}`);
  }
  for (const line of [...furniture, ...duplicates]) textOf.set(line.no, line.text);
  for (const line of lines) {
    if (!(textOf.get(line.no) ?? '').includes(line.text)) {
      throw new ArchiveError({
        ruleId: 'lost-text',
        file,
        line: line.no,
        message: `the split changed or lost the text of this line: “${firstGraphemes(line.text, 30)}”`,
        hint: 'This is a bug in the splitter; please report it with the file. Marking the line with `@@ body` usually works around it.',
      });
    }
  }
}
