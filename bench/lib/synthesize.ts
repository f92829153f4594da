/**
 * A synthetic archive for the benchmark: N issue files recombined from the real pages' material
 * (material.ts), laid out as the extractor lays out a printed page, with its artefacts:
 *
 * - stories as the paper prints them: an overline or subtitle now and then, a headline, a byline line
 *   (本报记者 X, 本报记者 X 见习记者 Y) or a 本报讯（记者 X） lead, a photo's caption with its credit
 *   (X摄, 本报记者 X 摄, 资料图片), intertitles in long stories;
 * - column breaks that cut a paragraph mid-sentence (even mid-word) into two lines;
 * - a cut paragraph whose second half comes after the next story's opening (columns read out of order);
 * - a paragraph printed twice word for word; runs of blank lines where a photograph stood.
 *
 * Pure and deterministic: the same material, seed and issue number always give the same file, and
 * each issue is made on its own (synthesizeIssue) so an archive of any size can be streamed to disk.
 */
import { createRandom, mixSeed, type Random } from './random.ts';
import { mastheadOn, slotOf } from './schedule.ts';
import type { Material } from './material.ts';
import { SENTENCE_END } from '../../src/lib/split/patterns.ts';

export interface SynthesisOptions {
  /** How many issue files the archive has. */
  issues: number;
  seed: number;
}

export interface SyntheticIssue {
  id: string;
  /** `${id}.txt` */
  fileName: string;
  text: string;
  /** Stories written on the page (the splitter should find about as many articles). */
  stories: number;
}

/** A printed line, or a run of blank lines longer than the usual one (a photograph stood there). */
type PageLine = string | { gap: number };

/** Odds and sizes, chosen so a synthetic page looks like the five real ones (≈6 stories, ≈17 kB). */
const LAYOUT = {
  stories: [4, 8],
  leadStoryParagraphs: [8, 16],
  storyParagraphs: [2, 7],
  overline: 0.15,
  subtitle: 0.1,
  bylineLine: 0.5,
  bylineLead: 0.4,
  secondReporter: 0.2,
  figure: 0.4,
  figureCredit: 0.8,
  intertitles: 0.4,
  columnCut: 0.15,
  duplicate: 0.04,
  interleave: 0.3,
} as const;

/** Where a column break may cut: far enough in that neither half reads as a heading. */
const MIN_CUT = 20;

function between(random: Random, [min, max]: readonly [number, number]): number {
  return random.int(min, max);
}

/** A column break: the paragraph's first part must not end a sentence, or nothing would join it. */
export function cutParagraph(text: string, random: Random): [string, string] | null {
  if (text.length < MIN_CUT * 2 + 1) return null;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const at = random.int(MIN_CUT, text.length - MIN_CUT);
    const head = text.slice(0, at);
    const tail = text.slice(at);
    if (!SENTENCE_END.test(head) && !/^\s/.test(tail) && !/\s$/.test(head)) return [head, tail];
  }
  return null;
}

function byline(random: Random, material: Material): string {
  const first = random.pick(material.reporters);
  if (!random.chance(LAYOUT.secondReporter)) return `本报记者 ${first}`;
  const second = random.pick(material.reporters);
  return second === first ? `本报记者 ${first}` : `本报记者 ${first} 见习记者 ${second}`;
}

function lead(random: Random, material: Material): string {
  const reporter = random.pick(material.reporters);
  return random.chance(0.5) ? `本报讯（记者 ${reporter}）` : `本报讯(记者 ${reporter})`;
}

function credit(random: Random, material: Material): string {
  const photographers = material.photographers.length > 0 ? material.photographers : material.reporters;
  const roll = random.next();
  if (roll < 0.4) return `${random.pick(photographers)}摄`;
  if (roll < 0.7) return `本报记者 ${random.pick(photographers)} 摄`;
  return '资料图片';
}

/**
 * `count` different paragraphs, read on from a random point of a real story and continued from another
 * when it runs out, so a synthetic story reads like one.
 */
function pickParagraphs(random: Random, material: Material, count: number): string[] {
  const picked = new Set<string>();
  const total = material.paragraphRuns.reduce((sum, run) => sum + run.length, 0);
  let run = random.pick(material.paragraphRuns);
  let at = random.int(0, run.length - 1);
  while (picked.size < Math.min(count, total)) {
    if (at >= run.length) {
      run = random.pick(material.paragraphRuns);
      at = 0;
    }
    picked.add(run[at]!);
    at += 1;
  }
  return [...picked];
}

interface Story {
  lines: PageLine[];
  /** The second half of a paragraph cut at the story's end, to be printed after the next story's opening. */
  straggler: string | null;
}

function story(random: Random, material: Material, isLead: boolean): Story {
  const lines: PageLine[] = [];
  if (random.chance(LAYOUT.overline)) lines.push(random.pick(material.overlines));
  lines.push(random.pick(material.headlines));
  if (random.chance(LAYOUT.subtitle)) lines.push(random.pick(material.subtitles));

  const roll = random.next();
  const style = roll < LAYOUT.bylineLine ? 'line' : roll < LAYOUT.bylineLine + LAYOUT.bylineLead ? 'lead' : 'none';
  if (style === 'line') lines.push(byline(random, material));

  const count = between(random, isLead ? LAYOUT.leadStoryParagraphs : LAYOUT.storyParagraphs);
  const paragraphs = pickParagraphs(random, material, count);
  if (style === 'lead') paragraphs[0] = lead(random, material) + paragraphs[0];
  const withIntertitles = count >= 6 && random.chance(LAYOUT.intertitles);
  const figureAfter = random.chance(LAYOUT.figure) ? random.int(0, Math.min(1, count - 1)) : -1;

  let straggler: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    if (withIntertitles && index > 0 && index % 3 === 0) lines.push(random.pick(material.intertitles));
    const isLast = index === count - 1;
    const cut = random.chance(LAYOUT.columnCut) ? cutParagraph(paragraph, random) : null;
    if (cut && isLast && random.chance(LAYOUT.interleave)) {
      lines.push(cut[0]);
      straggler = cut[1];
    } else if (cut) {
      lines.push(cut[0], cut[1]);
    } else {
      lines.push(paragraph);
    }
    if (random.chance(LAYOUT.duplicate)) lines.push(paragraph);
    if (index === figureAfter) {
      lines.push({ gap: random.int(2, 4) }, random.pick(material.captions));
      if (random.chance(LAYOUT.figureCredit)) lines.push(credit(random, material));
    }
  });
  return { lines, straggler };
}

/** Puts a straggler after the opening of the story that follows, as a mis-ordered column reads. */
function interleave(stories: Story[]): PageLine[] {
  const page: PageLine[] = [];
  let pending: string | null = null;
  for (const { lines, straggler } of stories) {
    if (pending !== null) {
      const opening = lines.findIndex((line, index) => index > 0 && typeof line === 'string' && line.length >= 40);
      const at = opening === -1 ? lines.length : opening + 1;
      page.push(...lines.slice(0, at), pending, ...lines.slice(at));
    } else {
      page.push(...lines);
    }
    pending = straggler;
  }
  if (pending !== null) page.push(pending);
  return page;
}

function printPage(lines: readonly PageLine[]): string {
  let text = '';
  for (const line of lines) text += typeof line === 'string' ? `${line}\n\n` : '\n'.repeat(line.gap);
  return text;
}

function frontMatter(date: string, page: number, seed: number, index: number): string {
  return [
    '---',
    `date: ${date}`,
    `masthead: ${mastheadOn(date)}`,
    `page: ${page}`,
    `note: 'Synthetic page for the benchmark (seed ${seed}, issue ${index + 1}): real paragraphs of the seed pages recombined by bench/lib/synthesize.ts; not a printed page.'`,
    '---',
    '',
    '',
  ].join('\n');
}

/** Issue `index` (0 = oldest) of the archive described by `options`. */
export function synthesizeIssue(material: Material, index: number, options: SynthesisOptions): SyntheticIssue {
  const random = createRandom(mixSeed(options.seed, index));
  const { date, page, id } = slotOf(index, options.issues);
  const count = between(random, LAYOUT.stories);
  const stories = Array.from({ length: count }, (_, n) => story(random, material, n === 0));
  return {
    id,
    fileName: `${id}.txt`,
    text: frontMatter(date, page, options.seed, index) + printPage(interleave(stories)),
    stories: count,
  };
}

export function* synthesizeArchive(material: Material, options: SynthesisOptions): Generator<SyntheticIssue> {
  for (let index = 0; index < options.issues; index += 1) yield synthesizeIssue(material, index, options);
}
