/**
 * The short texts listing pages, feeds and meta tags show for an article.
 */
import type { Article } from '../schema.ts';
import { graphemes } from '../text/truncate.ts';

/** A photo story has no paragraphs: what it says is in its captions. */
function captions(article: Article): string {
  const printed = article.figures.flatMap((figure) => figure.caption ?? []);
  return printed.length ? `图片报道：${printed.join(' ')}` : '';
}

/**
 * The article's opening, cut at a sentence end when one falls late enough, else at `max` with 「…」;
 * a photo story's captions when it has no text, so no listing or feed shows an empty summary.
 */
export function firstLines(article: Article, max = 90): string {
  const text =
    article.blocks
      .filter((block) => block.type === 'paragraph')
      .map((block) => block.text)
      .join('') || captions(article);
  const chars = graphemes(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const sentenceEnd = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return sentenceEnd >= max / 2 ? head.slice(0, sentenceEnd + 1) : `${head}…`;
}

/** The people credited on the article: reporters first, then photographers and others, deduplicated. */
export function creditedPeople(article: Article): Array<{ name: string; role: string; isReporter: boolean }> {
  const reporters = new Set(article.reporters);
  const seen = new Set<string>();
  const people: Array<{ name: string; role: string; isReporter: boolean }> = [];
  for (const person of article.people) {
    if (seen.has(`${person.role}:${person.name}`)) continue;
    seen.add(`${person.role}:${person.name}`);
    people.push({ ...person, isReporter: reporters.has(person.name) });
  }
  for (const name of reporters) {
    if (!article.people.some((person) => person.name === name)) people.push({ name, role: '记者', isReporter: true });
  }
  return people;
}
