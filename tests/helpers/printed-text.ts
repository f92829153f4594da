/** Every text an issue shows a reader, field by field: what the no-text-lost tests compare with the page. */
import type { Issue } from '../../src/lib/schema.ts';

export function printedPieces(issue: Issue): string[] {
  return issue.articles
    .flatMap((a) => [
      a.rubric,
      a.overline,
      a.headline,
      a.subtitle,
      a.byline,
      ...a.figures.flatMap((f) => [f.caption, f.credit]),
      ...a.blocks.map((b) => b.text),
    ])
    .concat(issue.furniture)
    .filter((text): text is string => text !== null);
}
