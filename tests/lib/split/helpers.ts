/** Small builders shared by the splitter's stage tests. */
import { readFileSync } from 'node:fs';
import { classify } from '../../../src/lib/split/classify.ts';
import { toLines } from '../../../src/lib/split/lines.ts';
import { structure } from '../../../src/lib/split/structure.ts';
import { datongPingcheng } from '../../../src/config/papers/datong-pingcheng.ts';
import { rulesOf } from '../../../src/lib/split/profile.ts';

/** The archive's own paper's rules, as the splitter uses them by default. */
export const rules = rulesOf(datongPingcheng);

export const page = (...lines: string[]) => lines.join('\n\n');

export const unitsOf = (text: string) => structure(classify(toLines(text, 'test.txt'), rules), rules);

/** The text of a real page below its front matter. */
export function realPage(date: string): string {
  return readFileSync(`content/issues/${date}.txt`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
}

/** The real lines of a page from the one starting with `from` to the one starting with `to`. */
export function excerpt(date: string, from: string, to: string): string {
  const lines = realPage(date).split('\n');
  const start = lines.findIndex((line) => line.startsWith(from));
  const end = lines.findIndex((line, index) => index >= start && line.startsWith(to));
  if (start < 0 || end < 0) throw new Error(`excerpt not found: ${from} … ${to}`);
  return lines.slice(start, end + 1).join('\n');
}
