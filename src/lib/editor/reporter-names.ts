/**
 * `npm run check`'s look across issues at reporters' names: two names of three or more characters that
 * differ in one character (邱东芳/邸东芳, 张诗珩/张诗玮) are most likely one reporter whose name a page
 * misprinted or an extractor misread, and give the archive two reporter pages. Unless
 * content/reporters.yaml already maps one to the other, the check warns, naming both spellings and
 * where each was printed. Two-character names are left alone: 宋芳 and 董芳 are different people.
 */
import type { Diagnostic, Issue, ReporterAlias } from '../schema.ts';
import { reporterResolver } from '../site/reporter-aliases.ts';

interface Occurrence {
  name: string;
  file: string;
  line: number | null;
  count: number;
}

const MIN_LENGTH = 3;

/** Same length, and every character but one the same. */
export function oneCharacterApart(a: string, b: string): boolean {
  const left = [...a];
  const right = [...b];
  if (left.length !== right.length || left.length < MIN_LENGTH) return false;
  return left.filter((char, index) => char !== right[index]).length === 1;
}

/** The line a name was printed on: the byline line, the paragraph that names it (a 本报讯 lead), else the story's first. */
function lineOf(article: Issue['articles'][number], name: string): number | null {
  const byline = article.decisions.find((decision) => decision.role === 'byline')?.line;
  const inText = article.blocks.find((block) => block.text.includes(name))?.lines[0];
  return byline ?? inText ?? article.lines[0] ?? null;
}

function occurrences(issues: readonly Issue[]): Occurrence[] {
  const byName = new Map<string, Occurrence>();
  for (const issue of issues) {
    for (const article of issue.articles) {
      for (const name of new Set(article.reporters)) {
        const seen = byName.get(name);
        if (seen) seen.count += 1;
        else byName.set(name, { name, file: issue.source, line: lineOf(article, name), count: 1 });
      }
    }
  }
  return [...byName.values()];
}

export function reporterNameWarnings(issues: readonly Issue[], aliases: readonly ReporterAlias[]): Diagnostic[] {
  const pageOf = reporterResolver(aliases);
  const names = occurrences(issues);
  const out: Diagnostic[] = [];
  names.forEach((a, index) => {
    for (const b of names.slice(index + 1)) {
      if (!oneCharacterApart(a.name, b.name) || pageOf(a.name) === pageOf(b.name)) continue;
      // Reported where the rarer spelling stands: that is the one most likely misprinted.
      const [rare, common] = a.count <= b.count ? [a, b] : [b, a];
      out.push({
        ruleId: 'reporter-name-variant',
        severity: 'warning',
        file: rare.file,
        line: rare.line,
        message: `reporter ${rare.name} (${rare.count}×) differs by one character from ${common.name} (${common.count}×, ${common.file}:${common.line ?? 1}); they get two reporter pages`,
        hint: `If they are one person, add to content/reporters.yaml: \`- name: ${common.name}\` and \`  aliases: [${rare.name}]\` (or the other way round).`,
      });
    }
  });
  return out;
}
