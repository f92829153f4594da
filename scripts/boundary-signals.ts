/**
 * npm run boundary-signals        how well each candidate cue tells a story's start from its next paragraph
 *
 * Some stories reach the splitter with neither headline, lead nor byline (lost in extraction on a feature
 * page): only what the text says can separate them. This measures, on the labelled pages in ../shared
 * (seeds and dev set), every place where the splitter runs two paragraphs into one story, and asks of
 * each cue whether it ranks the real story starts among them above the paragraphs that continue a story
 * (ROC AUC: 0.5 is chance, 1.0 a perfect cue). It reads ../shared, so it is a measurement, not a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityPaper } from '../src/config/papers/city-paper.ts';
import { exportIssues } from '../src/lib/export.ts';
import { issueFilesIn, loadIssue } from '../src/lib/issues/load-issues.ts';
import { DenseVector, vectorize, type SparseVector } from '../src/lib/split/similarity.ts';

const SETS = [
  { pages: '../shared/seeds', gold: '../shared/eval/gold' },
  { pages: '../shared/eval/dev', gold: '../shared/eval/dev' },
];

interface GoldLine {
  article: string;
  role: string;
  join: boolean;
}

/** A place where the splitter put two paragraphs in a row into one story, with what each cue says. */
interface Candidate {
  page: string;
  /** Which predicted story of the page the two paragraphs sit in. */
  story: number;
  storyStart: boolean;
  cues: Record<string, number>;
}

function readGold(path: string): Map<number, GoldLine> {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const [line, article, role, join] = row.split('\t');
      return [Number(line), { article: article!, role: role!, join: join === '+' }];
    }),
  );
}

function sum(vectors: readonly SparseVector[], size: number): DenseVector {
  const total = new DenseVector(size);
  for (const vector of vectors) total.add(vector);
  return total;
}

function denseCosine(a: DenseVector, b: DenseVector): number {
  let dot = 0;
  for (let i = 0; i < a.weights.length; i++) dot += a.weights[i]! * b.weights[i]!;
  const norms = a.norm * b.norm;
  return norms > 1e-12 ? dot / norms : 0;
}

const opening = new RegExp(`^(${cityPaper.newsOpenings.join('|')}|\\d+月\\d+日|[去今前]年|当天)`);

/** Lower means "more like a story start" for every cue, so one AUC reads them all. */
function candidatesOf(page: string, raw: string[], gold: Map<number, GoldLine>, stories: number[][]): Candidate[] {
  const bodyLines = [...gold].filter(([, line]) => line.role === 'body').map(([no]) => no);
  const { vectors, size } = vectorize(bodyLines.map((no) => raw[no - 1] ?? ''));
  const vectorOf = new Map(bodyLines.map((no, i) => [no, vectors[i]!]));
  const candidates: Candidate[] = [];
  for (const [index, story] of stories.entries()) {
    const body = story.filter((no) => gold.get(no)?.role === 'body');
    for (let i = 1; i < body.length; i++) {
      const here = body[i]!;
      if (gold.get(here)!.join) continue;
      const window = (from: number, to: number) =>
        sum(
          body.slice(Math.max(0, from), to).map((no) => vectorOf.get(no)!),
          size,
        );
      const cues: Record<string, number> = {};
      for (const k of [1, 2, 3])
        cues[`similarity of ${k} paragraph(s) either side`] = denseCosine(window(i - k, i), window(i, i + k));
      cues['similarity to the story so far'] = denseCosine(window(0, i), window(i, i + 1));
      cues['opens like a news report (time word first)'] = opening.test(raw[here - 1]!.trim()) ? 0 : 1;
      const previous = body[i - 1]!;
      cues['a photograph printed between the two'] = [...gold].some(
        ([no, line]) => no > previous && no < here && (line.role === 'caption' || line.role === 'credit'),
      )
        ? 0
        : 1;
      candidates.push({
        page,
        story: index,
        storyStart: gold.get(here)!.article !== gold.get(previous)!.article,
        cues,
      });
    }
  }
  return withDepth(candidates);
}

/**
 * TextTiling's depth score (Hearst 1997): how far the similarity at a gap lies below the peaks on either
 * side of it within the same story, so a story whose paragraphs all read alike does not hide a dip.
 */
function withDepth(candidates: Candidate[]): Candidate[] {
  const cue = 'similarity of 1 paragraph(s) either side';
  const scores = candidates.map((c) => c.cues[cue]!);
  return candidates.map((candidate, i) => {
    let left = i;
    const same = (j: number) => candidates[j]!.page === candidate.page && candidates[j]!.story === candidate.story;
    while (left > 0 && same(left - 1) && scores[left - 1]! >= scores[left]!) left--;
    let right = i;
    while (right < scores.length - 1 && same(right + 1) && scores[right + 1]! >= scores[right]!) right++;
    const depth = scores[left]! - scores[i]! + (scores[right]! - scores[i]!);
    return { ...candidate, cues: { ...candidate.cues, 'depth of the dip in similarity (TextTiling)': -depth } };
  });
}

/** P(a story start scores lower than a continuing paragraph), ties counting half. */
function auc(candidates: readonly Candidate[], cue: string): number {
  const starts = candidates.filter((c) => c.storyStart).map((c) => c.cues[cue]!);
  const others = candidates.filter((c) => !c.storyStart).map((c) => c.cues[cue]!);
  let wins = 0;
  for (const s of starts) for (const o of others) wins += s < o ? 1 : s === o ? 0.5 : 0;
  return wins / (starts.length * others.length);
}

/** The best any threshold on the cue does: story starts found, and how many false cuts that costs. */
function bestCut(candidates: readonly Candidate[], cue: string): string {
  let best = { f1: 0, found: 0, wrong: 0, threshold: 0 };
  const starts = candidates.filter((c) => c.storyStart).length;
  for (const threshold of new Set(candidates.map((c) => c.cues[cue]!))) {
    const cut = candidates.filter((c) => c.cues[cue]! <= threshold);
    const found = cut.filter((c) => c.storyStart).length;
    const f1 = found ? (2 * found) / (cut.length + starts) : 0;
    if (f1 > best.f1) best = { f1, found, wrong: cut.length - found, threshold };
  }
  return `${best.found}/${starts} found for ${best.wrong} false cuts (≤ ${best.threshold.toFixed(3)})`;
}

if (!SETS.every((set) => existsSync(set.gold))) {
  console.error('boundary-signals reads the labelled pages in ../shared/eval, which is not here.');
  process.exit(2);
}
const candidates = SETS.flatMap(({ pages, gold }) => {
  const files = issueFilesIn(pages);
  const issues = exportIssues(files.map(loadIssue)).issues;
  return files.flatMap((file, i) => {
    const page = file
      .split('/')
      .pop()!
      .replace(/\.txt$/, '');
    const goldFile = join(gold, `${page}.tsv`);
    if (!existsSync(goldFile)) return [];
    const raw = readFileSync(file, 'utf8').split('\n');
    return candidatesOf(
      page,
      raw,
      readGold(goldFile),
      issues[i]!.articles.map((article) => article.lines),
    );
  });
});
const starts = candidates.filter((c) => c.storyStart);
console.log(
  `${candidates.length} places where the splitter runs two paragraphs into one story; ${starts.length} belong to another story than the paragraph before ` +
    `(on ${new Set(starts.map((c) => c.page)).size} page(s): ${[...new Set(starts.map((c) => c.page))].join(', ')})\n`,
);
console.log('| cue | AUC | best threshold |\n| --- | --- | --- |');
for (const cue of Object.keys(candidates[0]!.cues))
  console.log(`| ${cue} | ${auc(candidates, cue).toFixed(2)} | ${bestCut(candidates, cue)} |`);
