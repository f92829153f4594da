/**
 * Where a byline is shown. A 本报讯 brief prints its byline as the first words of its first paragraph
 * (本报讯（记者 张鑫）疫情就是命令…); the splitter keeps those words in the text, where the paper put
 * them, and also records them as the byline. Shown under the headline as well, the reader would read
 * the same credit twice before the story starts.
 */
import type { Article } from '../schema.ts';

const squash = (text: string) => text.replace(/[\s　]+/g, '');

/** Whether the article's first paragraph already starts with its byline, as printed. */
export function bylineInText(article: Article): boolean {
  if (article.byline === null) return false;
  const first = article.blocks.find((block) => block.type === 'paragraph');
  return first !== undefined && squash(first.text).startsWith(squash(article.byline));
}

/** The byline to print under the headline, or null when the text itself carries it. */
export function bylineForHead(article: Article): string | null {
  return bylineInText(article) ? null : article.byline;
}
