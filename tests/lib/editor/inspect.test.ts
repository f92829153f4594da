import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectSource, summariseIssues } from '../../../src/lib/editor/inspect-source.ts';
import type { InspectedLine, Inspection } from '../../../src/lib/editor/inspect.ts';
import { readIssueFile } from '../../../src/lib/issues/issue-file.ts';
import { issueFilesIn } from '../../../src/lib/issues/load-issues.ts';
import { normaliseLine } from '../../../src/lib/split/normalise.ts';
import type { Issue } from '../../../src/lib/schema.ts';
import { utf8 } from '../../helpers/encode.ts';

const SEEDS = issueFilesIn('content/issues');
const FRONT = '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n';
const SOURCE = 'content/issues/2021-04-09.txt';

const seed = (path: string) => ({ source: path, bytes: readFileSync(path) });
const fromText = (text: string, source = SOURCE) => ({ source, bytes: utf8(text) });
const lineAt = (view: Inspection, no: number) => view.lines.find((line) => line.no === no)!;
const textLines = (view: Inspection) => view.lines.filter((line) => line.kind === 'text');

/** The file with `markup` written on a new line directly above line `above`, as the inspector says. */
function withMarkup(text: string, markup: string, above: number): string {
  const lines = text.split('\n');
  lines.splice(above - 1, 0, markup);
  return lines.join('\n');
}

/** The story's first line as readers meet it: its first title line, else its first line of text. */
function storyStart(issue: Issue, order: number): number {
  const article = issue.articles.find((candidate) => candidate.order === order)!;
  const titles = article.decisions.filter((d) => ['rubric', 'overline', 'headline', 'subtitle'].includes(d.role));
  if (titles.length > 0) return Math.min(...titles.map((d) => d.line));
  return article.blocks[0]?.lines[0] ?? article.lines[0]!;
}

const TWO_STORIES = [
  '平城区举办科普进校园活动',
  '',
  '本报讯（记者 张鑫）4月8日，平城区科协走进校园，为学生们讲解航天知识。',
  '',
  '社区开展环境整治',
  '',
  '本报讯（记者 杨亚都）连日来，各社区开展环境卫生整治，清理卫生死角。',
  '',
].join('\n');

describe('inspectIssue on the seed pages', () => {
  for (const path of SEEDS) {
    const text = readFileSync(path, 'utf8');
    const view = inspectSource(seed(path));
    const issue = readIssueFile(seed(path));

    describe(path, () => {
      it('shows every line of the file once, as written, numbered as the file counts them', () => {
        const written = text.replace(/\n$/, '').split('\n');
        expect(view.lines.map((line) => line.no)).toEqual(written.map((_, index) => index + 1));
        expect(view.lines.map((line) => line.text)).toEqual(written);
        expect(view.lines.filter((line) => line.kind === 'front-matter').at(-1)?.text).toBe('---');
      });

      it('gives each line of a story its story number and the role the split decided', () => {
        for (const article of issue.articles)
          for (const decision of article.decisions) {
            const line = lineAt(view, decision.line);
            expect(line.story).toBe(article.order);
            expect(line.role).toBe(article.decisions.filter((d) => d.line === decision.line).at(-1)!.role);
            expect(line.reasons).toContain(decision.reason);
          }
      });

      it('accounts for every line of page text: a story, furniture or a dropped repeat', () => {
        for (const line of textLines(view)) {
          expect(line.role, `line ${line.no}`).not.toBeNull();
          if (line.story === null) expect(['furniture', 'duplicate']).toContain(line.role);
        }
      });

      it('marks a line moved exactly when it was printed above its title or after another story came between', () => {
        for (const article of issue.articles) {
          const start = storyStart(issue, article.order);
          const others = issue.articles.filter((other) => other !== article).flatMap((other) => other.lines);
          for (const no of article.lines) {
            const away = no < start || others.some((other) => other > start && other < no);
            const moved = lineAt(view, no).movedTo;
            expect(moved !== null, `line ${no}`).toBe(away);
            if (moved) expect(moved.story).toBe(article.order);
          }
        }
      });

      it('shows each column-break join on the later line, with the line it continues', () => {
        for (const block of issue.articles.flatMap((article) => article.blocks))
          block.lines.slice(1).forEach((no, index) => {
            expect(lineAt(view, no).joinedTo).toBe(block.lines[index]);
            expect(lineAt(view, no).suggestions.map((s) => s.markup)).toContain('@@ nojoin');
          });
      });

      it('puts each check diagnostic at its line, or at the top of the file', () => {
        const placed = [...view.lines.flatMap((line) => line.diagnostics), ...view.fileDiagnostics];
        expect(placed).toHaveLength(view.counts.error + view.counts.warning + view.counts.info);
        for (const line of view.lines) for (const diagnostic of line.diagnostics) expect(diagnostic.line).toBe(line.no);
      });

      it('lists the stories as readers see them, with the lines that make each', () => {
        expect(view.stories.map((story) => story.headline)).toEqual(issue.articles.map((a) => a.headline));
        for (const story of view.stories) {
          const covered = story.ranges.flatMap(([from, to]) =>
            textLines(view)
              .filter((line) => line.no >= from && line.no <= to)
              .map((line) => line.no),
          );
          expect(covered).toEqual(story.lines);
        }
      });
    });
  }

  it('finds the interleaved and resumed stories of the seeds', () => {
    const moved = SEEDS.flatMap((path) => inspectSource(seed(path)).lines.filter((line) => line.movedTo?.runStart));
    expect(moved.length).toBeGreaterThan(0);
  });
});

describe('the markup the inspector suggests does what it says', () => {
  // For each seed, every paragraph of its longest story, wherever it stands: after the byline, after
  // another paragraph, under an intertitle or after a list.
  const cases = SEEDS.map((path) => {
    const view = inspectSource(seed(path));
    const longest = [...readIssueFile(seed(path)).articles].sort((a, b) => b.lines.length - a.lines.length)[0]!;
    const paragraphs = longest.blocks.filter((block) => block.type === 'paragraph');
    return { path, view, lines: paragraphs.map((block) => lineAt(view, block.lines[0]!)) };
  });

  for (const { path, view, lines } of cases) {
    const text = readFileSync(path, 'utf8');
    const resplit = (markup: string, at: InspectedLine) =>
      inspectSource(fromText(withMarkup(text, markup, at.suggestions.find((s) => s.markup === markup)!.above), path));

    it(`${path}: @@ headline above a line of text starts a new story with it as the headline (${lines.length} paragraphs)`, () => {
      for (const line of lines) {
        const after = resplit('@@ headline', line);
        const moved = lineAt(after, line.no + 1);
        expect(moved.role, `line ${line.no}`).toBe('headline');
        // A story no headline of the page named before: a new one (a lead under the line may join it,
        // so the page need not have one story more).
        const story = after.stories.find((candidate) => candidate.lines.includes(line.no + 1))!;
        expect(story.headline, `line ${line.no}`).toBe(normaliseLine(line.text));
        expect(view.stories.map((before) => before.headline)).not.toContain(story.headline);
        expect(lineAt(after, line.no).kind).toBe('markup');
        expect(lineAt(after, line.no).appliesTo).toBe(line.no + 1);
      }
    });

    // A page of one story has no other story to offer.
    it.runIf(view.stories.length > 1)(`${path}: @@ story N sends the paragraph to that story`, () => {
      for (const line of lines) {
        const offer = line.suggestions.find((s) => s.markup.startsWith('@@ story '))!;
        const target = Number(offer.markup.split(' ')[2]);
        expect(lineAt(resplit(offer.markup, line), line.no + 1).story, `line ${line.no}`).toBe(target);
      }
    });

    it(`${path}: a suggestion already written above the line is not offered again`, () => {
      for (const line of lines) {
        const after = resplit('@@ headline', line);
        const markups = lineAt(after, line.no + 1).suggestions.map((s) => s.markup);
        expect(markups, `line ${line.no}`).not.toContain('@@ headline');
        expect(lineAt(after, line.no + 1).markupAbove).toEqual([line.no]);
      }
    });
  }

  it('@@ body above a headline makes it running text', () => {
    const view = inspectSource(seed(SEEDS[0]!));
    const headline = textLines(view).find((line) => line.role === 'headline' && line.story !== 1)!;
    const offer = headline.suggestions.find((s) => s.markup === '@@ body')!;
    const text = withMarkup(readFileSync(SEEDS[0]!, 'utf8'), offer.markup, offer.above);
    expect(lineAt(inspectSource(fromText(text, SEEDS[0])), headline.no + 1).role).not.toBe('headline');
  });

  it('@@ body, offered first for a dropped repeat, keeps the line in its story', () => {
    const path = SEEDS.find((p) => inspectSource(seed(p)).lines.some((line) => line.role === 'duplicate'))!;
    const repeat = inspectSource(seed(path)).lines.find((line) => line.role === 'duplicate')!;
    expect(repeat.story).toBeNull();
    expect(repeat.suggestions[0]!.markup).toBe('@@ body');
    const text = withMarkup(readFileSync(path, 'utf8'), '@@ body', repeat.no);
    const kept = lineAt(inspectSource(fromText(text, path)), repeat.no + 1);
    expect(kept.role).toBe('body');
    expect(kept.story).not.toBeNull();
  });

  it("@@ section and @@ kind, offered on a story's first line, file the story there", () => {
    const view = inspectSource(seed(SEEDS[0]!));
    const story = view.stories[0]!;
    const first = lineAt(view, story.lines[0]!);
    const section = first.suggestions.find((s) => s.group === 'filing' && s.markup.startsWith('@@ section'))!;
    const kind = first.suggestions.find((s) => s.group === 'filing' && s.markup.startsWith('@@ kind'))!;
    let text = withMarkup(readFileSync(SEEDS[0]!, 'utf8'), section.markup, section.above);
    text = withMarkup(text, kind.markup, section.above);
    const filed = inspectSource(fromText(text, SEEDS[0])).stories[0]!;
    expect(`@@ section ${filed.section}`).toBe(section.markup);
    expect(`@@ kind ${filed.kind}`).toBe(kind.markup);
    expect(lineAt(view, story.lines[1]!).suggestions.some((s) => s.group === 'filing')).toBe(false);
  });

  it('@@ nojoin above a joined line keeps it a paragraph of its own', () => {
    const path = SEEDS.find((p) => inspectSource(seed(p)).lines.some((line) => line.joinedTo !== null))!;
    const joined = inspectSource(seed(path)).lines.find((line) => line.joinedTo !== null)!;
    const text = withMarkup(readFileSync(path, 'utf8'), '@@ nojoin', joined.no);
    expect(lineAt(inspectSource(fromText(text, path)), joined.no + 1).joinedTo).toBeNull();
  });
});

describe('inspectIssue on pages written to break it', () => {
  it('a paragraph sent to an earlier story is marked moved, with the line it follows there', () => {
    const view = inspectSource(
      fromText(`${FRONT}${TWO_STORIES}\n@@ story 1\n活动中，同学们还动手制作了火箭模型，现场气氛热烈。\n`),
    );
    const stray = view.lines.at(-1)!;
    expect(stray.story).toBe(1);
    expect(stray.movedTo).toEqual({
      story: 1,
      headline: '平城区举办科普进校园活动',
      after: 8,
      runStart: true,
      aboveTitle: false,
    });
    expect(view.stories[0]!.movedIn).toEqual([stray.no]);
    expect(view.stories[0]!.ranges).toEqual([
      [6, 8],
      [stray.no, stray.no],
    ]);
  });

  it('a line forced to be furniture belongs to no story and says why', () => {
    const view = inspectSource(fromText(`${FRONT}@@ furniture\n今日平城\n\n${TWO_STORIES}`));
    expect(lineAt(view, 7)).toMatchObject({ story: null, role: 'furniture', markupAbove: [6] });
    expect(lineAt(view, 6)).toMatchObject({ kind: 'markup', role: 'marker', appliesTo: 7 });
  });

  it('a file that cannot be split still shows every line, with the error at its line (unknown-markup)', () => {
    const view = inspectSource(fromText(`${FRONT}${TWO_STORIES}@@ headlin\n活动中，同学们还动手制作了火箭模型。\n`));
    expect(view.splitError?.ruleId).toBe('unknown-markup');
    expect(view.stories).toEqual([]);
    expect(lineAt(view, view.splitError!.line!).diagnostics.map((d) => d.ruleId)).toContain('unknown-markup');
    expect(view.lines.every((line) => line.story === null && line.suggestions.length === 0)).toBe(true);
  });

  it('a problem with no line (the file name) is shown for the whole file (file-name)', () => {
    const view = inspectSource(fromText(`${FRONT}${TWO_STORIES}`, 'content/issues/page.txt'));
    expect(view.fileDiagnostics.map((d) => d.ruleId)).toContain('file-name');
  });

  it('counts lines as check does in a file saved with Windows line endings', () => {
    const lf = inspectSource(fromText(`${FRONT}${TWO_STORIES}`));
    const crlf = inspectSource(fromText(`${FRONT}${TWO_STORIES}`.replace(/\n/g, '\r\n')));
    expect(crlf.lines.map((line) => [line.no, line.text, line.story, line.role])).toEqual(
      lf.lines.map((line) => [line.no, line.text, line.story, line.role]),
    );
  });

  it('a file that is not text shows no lines and the refusal (not-text)', () => {
    const view = inspectSource({ source: SOURCE, bytes: utf8('%PDF-1.7\n\u0000\u0001binary') });
    expect(view.lines.filter((line) => line.kind === 'text')).toEqual([]);
    expect([...view.fileDiagnostics, ...view.lines.flatMap((l) => l.diagnostics)].map((d) => d.severity)).toContain(
      'error',
    );
  });
});

describe('summariseIssues', () => {
  it("gives each file its stories and check's counts, duplicate pages included", () => {
    const good = fromText(`${FRONT}${TWO_STORIES}`);
    const copy = fromText(`${FRONT}${TWO_STORIES}`, 'content/issues/2021-04-09-p5.txt');
    expect(summariseIssues([good, copy])).toEqual([
      expect.objectContaining({ id: '2021-04-09', stories: 2, counts: { error: 1, warning: 0, info: 0 } }),
      expect.objectContaining({ id: '2021-04-09-p5', stories: 2, counts: { error: 1, warning: 0, info: 0 } }),
    ]);
  });
});
