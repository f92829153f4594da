/**
 * What a short line is, from the lines around it: part of a title block (rubric, overline, headline,
 * subtitle), a photo caption, or a byline's neighbour. Used by structure.ts, which walks the page.
 */
import type { LineRole } from '../schema.ts';
import type { ClassifiedLine } from './classify.ts';
import type { ForcedRole } from './lines.ts';
import { DASH_LEAD, ENUMERATOR, NUMBERED_CAPTION, RUBRIC_FORM, SERIAL_PART } from './patterns.ts';
import { isNoticeTitle, type PaperRules } from './profile.ts';

/** Most lines a title block holds: rubric(s), overline, headline, subtitle. */
export const TITLE_BLOCK_MAX = 5;

export function forcedRole(line: ClassifiedLine): ForcedRole | undefined {
  for (const marker of line.markers) if (marker.kind === 'role') return marker.role;
  return undefined;
}

export function forcedArticle(line: ClassifiedLine): boolean {
  return line.markers.some((marker) => marker.kind === 'article');
}

/** The parts of a title block in the order they are printed, top down. */
const TITLE_ROLES: readonly ForcedRole[] = ['rubric', 'overline', 'headline', 'subtitle'];
const HEADLINE = TITLE_ROLES.indexOf('headline');
const SUBTITLE = TITLE_ROLES.indexOf('subtitle');

/** Where the part an editor marked on this line stands in a title block; -1 for no marked part. */
function markedPart(line: ClassifiedLine | undefined): number {
  const role = line && forcedRole(line);
  return role ? TITLE_ROLES.indexOf(role) : -1;
}

/**
 * Editor markup begins a title at line j, so a run of title-like lines stops above it as it does above
 * `@@ article`: markup wins over the heuristics, which would read the line as one more intertitle or
 * list item of the story above. A marked part goes on from the part marked on the line above when a
 * title prints that one higher or the same (rubric, overline, headline, subtitle: an editor marks each
 * line of a title); a marked subtitle goes on from its headline, so the title begins at the unmarked
 * line above it.
 */
export function beginsMarkedTitle(lines: readonly ClassifiedLine[], j: number): boolean {
  const line = lines[j];
  if (!line) return false;
  if (forcedArticle(line)) return true;
  const part = markedPart(line);
  const above = markedPart(lines[j - 1]);
  if (part === SUBTITLE) return false;
  if (part >= 0) return above < 0 || above > part;
  return !forcedRole(line) && markedPart(lines[j + 1]) === SUBTITLE && above < 0;
}

/** The first line of a run is part of a title an editor marked (@@ article aside). */
export function opensMarkedTitle(run: readonly ClassifiedLine[]): boolean {
  return markedPart(run[0]) >= 0 || (run[0] !== undefined && !forcedRole(run[0]) && markedPart(run[1]) === SUBTITLE);
}

/**
 * How many lines of a run beginning with a marked title are the title: up to its last marked part and,
 * under a marked rubric or overline, the unmarked line below it as the headline. Where the run is a
 * title block over a story (a byline or lead follows it, or it opens the page, as the unmarked path
 * reads it), the unmarked lines under a marked rubric or overline, and under marked lines that are title
 * lines by their own text, are the rest of that block: a headline printed over two lines whose first
 * line alone was marked. Otherwise the lines after it (the list or intertitles the marked line was
 * printed among, the next story's title under a paragraph marked as a headline) are not the title's. A
 * marked subtitle ends the title.
 */
export function markedTitleLength(run: readonly ClassifiedLine[], overStory: boolean): number {
  let length = 0;
  run.forEach((line, k) => {
    if (markedPart(line) >= 0) length = k + 1;
  });
  const last = markedPart(run[length - 1]);
  if (last < 0 || last === SUBTITLE || !run[length] || forcedRole(run[length]!)) return Math.max(length, 1);
  const printedAsTitle = run.slice(0, length).every((line, k) => titleLikeText(line, run[k + 1]));
  if (overStory && (last < HEADLINE || printedAsTitle)) return run.length;
  return last < HEADLINE ? length + 1 : length;
}

/** A box label with nothing after it but its colon. */
const LABEL_ONLY = /^[^\s:：，。]{2,6}[:：]?$/;

/**
 * Lines that can be part of a title block or an intertitle. A two- or three-character line is a name
 * (a byline) under a title, but a rubric (评论, 时评) above one or a headline above a byline.
 */
export function isTitleLike(line: ClassifiedLine | undefined, next?: ClassifiedLine): boolean {
  if (!line) return false;
  const forced = forcedRole(line);
  if (forced) return TITLE_ROLES.includes(forced) || forced === 'intertitle';
  return titleLikeText(line, next);
}

/** What isTitleLike reads from the printed line alone, whatever an editor marked on it. */
function titleLikeText(line: ClassifiedLine, next?: ClassifiedLine): boolean {
  if (line.tag === 'name')
    return next !== undefined && !forcedRole(next) && ['short', 'heading', 'byline', 'lead'].includes(next.tag);
  // A box label standing alone over a title (记者手记 over a headline) names a column: a rubric.
  if (line.tag === 'sidebar') return LABEL_ONLY.test(line.text) && next?.tag === 'short' && !forcedRole(next);
  return line.tag === 'short' || line.tag === 'heading';
}

export function isMarkedHeading(line: ClassifiedLine): boolean {
  return line.tag === 'heading';
}

export function isNumbered(line: ClassifiedLine): boolean {
  return ENUMERATOR.test(line.text);
}

export function hasRubricCue(text: string, rules: PaperRules): boolean {
  return (
    rules.rubricCues.some((cue) => text.includes(cue)) ||
    rules.commentaryCues.some((cue) => text.includes(cue)) ||
    rules.briefRubric.test(text) ||
    rules.photoRubric.test(text)
  );
}

/** Characters of a column's name printed alone as its label: 短评, 平城新语, 怎么看 怎么办. */
const RUBRIC_LABEL_MAX = 8;

/**
 * Roles inside a title block, bottom up: a dashed line under the headline is the subtitle (副题), the
 * line above the headline an overline (引题), anything higher a rubric (栏目). A first line naming a
 * column (…新语, …系列报道) is a rubric even in a two-line block.
 */
export function titleRoles(
  block: readonly ClassifiedLine[],
  pageTop: boolean,
  rules: PaperRules,
): [LineRole, string][] {
  const roles: [LineRole, string][] = block.map(() => ['rubric', 'above the overline: column or page banner']);
  let end = block.length - 1;
  const forced = block.map(forcedRole);
  if (forced.some((role) => role !== undefined)) {
    return block.map((_, index) => {
      const role = forced[index] ?? 'headline';
      return [role as LineRole, forced[index] ? `editor markup @@ ${role}` : 'in a title block marked by the editor'];
    });
  }
  while (end > 0 && DASH_LEAD.test(block[end]?.text ?? '')) {
    roles[end] = ['subtitle', 'dashed line under the headline (副题)'];
    end--;
  }
  // 一条小河的重生 over （上）: the part of a series is printed under the headline, as its last line.
  if (end > 0 && SERIAL_PART.test(block[end]?.text ?? '')) {
    roles[end] = ['headline', 'the part of a series printed under the headline (（上）): the headline’s'];
    end--;
  }
  roles[end] = ['headline', pageTop ? 'title at the top of the page' : 'last title line above the byline or lead'];
  if (end >= 1) {
    const above = block[end - 1]?.text ?? '';
    // A bare column name (短评, 云溪时评) is printed as a label, not as a phrase leading into the headline.
    const label = hasRubricCue(above, rules) && (end === 1 || (block[end - 1]?.length ?? 0) <= RUBRIC_LABEL_MAX);
    // Two characters alone over the headline (特写, 观点, 关 注 set wide) label a column: an overline is a
    // phrase that leads into the headline.
    const pair = end === 1 && [...above.replaceAll(' ', '')].length === 2;
    roles[end - 1] = label
      ? ['rubric', 'names a column or series (rubric vocabulary)']
      : pair
        ? ['rubric', 'two characters alone over the headline: a column label, too short for an overline']
        : RUBRIC_FORM.test(above)
          ? ['rubric', 'printed as a column label (【…】, 「…」, names joined by ·)']
          : ['overline', 'short line above the headline (引题)'];
  }
  return roles;
}

/** Skips figure lines after a title: captions, credits, a short sentence standing between title and byline. */
export function skipFigureLines(lines: readonly ClassifiedLine[], from: number): number {
  let j = from;
  for (;;) {
    const line = lines[j];
    const next = lines[j + 1];
    if (!line) return j;
    // A repeat the extractor left (a caption printed twice) stands where the figure does.
    if (line.tag === 'caption' || line.tag === 'credit' || line.tag === 'duplicate') j++;
    else if ((line.tag === 'sentence' || line.tag === 'short') && (next?.tag === 'credit' || next?.tag === 'byline'))
      j++;
    else return j;
  }
}

/** A byline, a news lead, or a lone name with text under it: what follows a headline. */
export function opensStory(lines: readonly ClassifiedLine[], j: number): boolean {
  const line = lines[j];
  if (!line) return false;
  const forced = forcedRole(line);
  if (forced) return forced === 'byline';
  if (line.tag === 'byline' || line.tag === 'lead') return true;
  // …over text, whether its first paragraph is long or one short sentence.
  const after = lines[j + 1]?.tag;
  return line.tag === 'name' && (after === 'paragraph' || after === 'sentence' || after === 'lead');
}

/**
 * A box label standing alone over a story's title names the story's column (记者手记 over a headline and
 * its byline, 短评 over a headline and text): the title under it is an overline and a headline at most,
 * and its subtitles. Over more
 * short lines it heads a box whose items they are (数据 over a list of figures), and the next story's
 * title comes after them.
 */
export function labelHeadsTitle(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  // A label naming a column (短评, 记者手记) over a headline and its text heads a piece of its own.
  const after = lines[i + 2];
  if (
    hasRubricCue(lines[i]!.text, rules) &&
    lines[i + 1]?.tag === 'short' &&
    (after?.tag === 'paragraph' || after?.tag === 'sentence' || after?.tag === 'lead')
  )
    return true;
  let titleLines = 0;
  for (let j = i + 1; isTitleLike(lines[j], lines[j + 1]) && j - i <= TITLE_BLOCK_MAX; j++)
    if (!DASH_LEAD.test(lines[j]!.text)) titleLines++;
  return titleLines <= 2 && runOpensStory(lines, i);
}

/** A title-like run starting at i is followed by a byline or lead: it is an article's title block. */
export function runOpensStory(lines: readonly ClassifiedLine[], i: number): boolean {
  let j = i;
  while (isTitleLike(lines[j], lines[j + 1]) && j - i < TITLE_BLOCK_MAX) j++;
  return j > i && opensStory(lines, skipFigureLines(lines, j));
}

const paragraphGaps = new WeakMap<readonly ClassifiedLine[], number>();

/** The blank lines this page's extraction leaves between two paragraphs: the most common gap above one. */
function paragraphGap(lines: readonly ClassifiedLine[]): number {
  const known = paragraphGaps.get(lines);
  if (known !== undefined) return known;
  const counts = new Map<number, number>();
  for (const line of lines.slice(1)) {
    if (line.tag === 'paragraph') counts.set(line.blankBefore, (counts.get(line.blankBefore) ?? 0) + 1);
  }
  let gap = 1;
  for (const [blank, count] of counts) if (count > (counts.get(gap) ?? 0)) gap = blank;
  paragraphGaps.set(lines, gap);
  return gap;
}

/**
 * Blank lines above line i, counted so that the page's gap between paragraphs is 1: an extractor that
 * leaves two blank lines between paragraphs leaves three where a story ends, four where a photograph stood.
 */
export function gapBefore(lines: readonly ClassifiedLine[], i: number): number {
  return (lines[i]?.blankBefore ?? 0) - paragraphGap(lines) + 1;
}

/**
 * A headline printed straight over its story's photograph: 标题 / 本报记者 王五 摄 / 本报记者 张三 / text,
 * the credit and the byline set close under it in one block. A caption closing the story above is not
 * followed so: its credit ends that story, and the next story's byline stands after a wider gap, or
 * no text follows the byline (a sign-off). A headline carries no sentence punctuation, and a line in
 * the gap a photograph leaves is that photograph's caption.
 */
function headlineOverCredit(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  const byline = lines[i + 2];
  if (lines[i]!.tag !== 'short' || !byline || gapBefore(lines, i + 1) >= 2 || gapBefore(lines, i + 2) >= 2)
    return false;
  if (i > 0 && gapBefore(lines, i) >= rules.thresholds.photoGap) return false;
  if (byline.tag === 'lead') return true;
  const text = lines[i + 3];
  return (
    byline.tag === 'byline' &&
    !!text &&
    gapBefore(lines, i + 3) < 2 &&
    (text.tag === 'paragraph' || text.tag === 'sentence' || text.tag === 'lead')
  );
}

/**
 * One sentence set at the gap between paragraphs under a paragraph of the story's text, over a credit:
 * the story's last paragraph over a photograph printed below it. A caption stands under its photograph,
 * so the extractor leaves the photograph's gap above it.
 */
function paragraphOverCredit(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  // Under a short sentence, which may be the caption of a photograph beside this one, it is not told; nor
  // on a page whose extractor leaves no photograph's gap anywhere, where every caption stands close.
  const above = lines[i - 1]?.tag;
  return (
    lines[i]!.tag === 'sentence' &&
    gapBefore(lines, i) < 2 &&
    (above === 'paragraph' || above === 'lead') &&
    leavesPhotoGaps(lines, rules)
  );
}

const photoGapPages = new WeakMap<readonly ClassifiedLine[], boolean>();

/** The page's extraction leaves a photograph's gap (photoGap blank lines) somewhere. */
function leavesPhotoGaps(lines: readonly ClassifiedLine[], rules: PaperRules): boolean {
  const known = photoGapPages.get(lines);
  if (known !== undefined) return known;
  const leaves = lines.some((_, i) => i > 0 && gapBefore(lines, i) >= rules.thresholds.photoGap);
  photoGapPages.set(lines, leaves);
  return leaves;
}

function underTitleLine(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i]!;
  const above = lines[i - 1];
  if (line.tag !== 'short' || gapBefore(lines, i) >= 2 || !above || above.tag !== 'short') return false;
  return i - 1 === 0 || gapBefore(lines, i - 1) >= 2;
}

/**
 * A wider gap than the one between paragraphs, where a photograph did not stand: the extractor's mark
 * of a new block of text (a story's title after the story above).
 */
export function blockGapBefore(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  const line = lines[i];
  const previous = lines[i - 1];
  const gap = gapBefore(lines, i);
  if (!line || !previous || gap < 2 || gap >= rules.thresholds.photoGap) return false;
  return previous.tag !== 'caption' && previous.tag !== 'credit' && !isCaption(lines, i - 1, rules);
}

/**
 * A short line where a photograph stood (a gap of blank lines) or right above a credit: a caption. A
 * photograph leaves a wide gap (photoGap blank lines) or a gap on both sides; a narrower gap above a
 * title line and its text is where one story ends and the next begins.
 */
export function isCaption(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  const line = lines[i];
  if (!line || forcedRole(line)) return forcedRole(line ?? lines[0]!) === 'caption';
  if (line.tag === 'caption') return true;
  if (numberedOverCredit(lines, i, rules)) return true;
  if (!(line.tag === 'short' || line.tag === 'sentence' || line.tag === 'name')) return false;
  // A brief column's rubric or a notice's title names items to come, whatever gap it stands in.
  if (rules.briefRubric.test(line.text) || isNoticeTitle(line.text, rules)) return false;
  // Above a credit stands the photograph's caption, unless the line is a title line under the first line
  // of a title block (an overline at the page's top or after a gap): then the credit is the story's
  // photograph's, printed under its headline.
  if (lines[i + 1]?.tag === 'credit')
    return !underTitleLine(lines, i) && !headlineOverCredit(lines, i, rules) && !paragraphOverCredit(lines, i, rules);
  // Between a title block and its byline stands the photograph's caption (a short sentence: 学生们在操场上跳绳。).
  if (
    (lines[i + 1]?.tag === 'byline' || lines[i + 1]?.tag === 'name') &&
    line.tag === 'sentence' &&
    isTitleLike(lines[i - 1])
  )
    return true;
  if (i > 0 && gapBefore(lines, i) < 2 && besideCaption(lines, i, rules)) return true;
  if (i === 0 || gapBefore(lines, i) < 2) return false;
  const after = lines[i + 1];
  const photoGap =
    gapBefore(lines, i) >= rules.thresholds.photoGap ||
    line.tag === 'sentence' ||
    !after ||
    gapBefore(lines, i + 1) >= 2;
  return photoGap && !runOpensStory(lines, i);
}

/** How far below an intertitle its next sibling is looked for: a few paragraphs of its section. */
const INTERTITLE_REACH = 24;

/** The punctuation a title is built with, in order (，：、 spaces, quotes): parallel heads share it. */
function titleSkeleton(text: string): string {
  return text.replace(/[^，,：:、 “”「」《》？！?!]/g, '');
}

/** Printed in one form: the same punctuation and as long as each other within a character. */
export function sameForm(a: ClassifiedLine, b: ClassifiedLine): boolean {
  return titleSkeleton(a.text) === titleSkeleton(b.text) && Math.abs(a.length - b.length) <= 1;
}

/**
 * Intertitles come in parallel sets (对仗小标题): printed alike, about as long as each other, with the
 * same punctuation (小网格发力，守护… / 小课堂聚力，托起…), or without any but of one length and
 * sharing a character where their siblings do (产业有特色 / 销售有渠道).
 */
export function parallelHeads(a: ClassifiedLine, b: ClassifiedLine): boolean {
  const skeleton = titleSkeleton(a.text);
  if (skeleton !== titleSkeleton(b.text)) return false;
  if (skeleton !== '') return Math.abs(a.length - b.length) <= Math.max(1, 0.2 * Math.max(a.length, b.length));
  return a.length === b.length && [...a.text].some((char, k) => char === b.text[k]);
}

/**
 * The parallel sibling of a bare title line at i over text, further down the same story, over text of
 * its own: over text that goes on with the report both are the story's intertitles (`section`); over text
 * that opens with a news report's words (近日，…, 日前，…) both are headlines of a column of briefs (`brief`).
 * The search stops where a story plainly begins (a lead, a byline, a title block over one, a wider gap)
 * or at the page's furniture.
 */
export function parallelSibling(
  lines: readonly ClassifiedLine[],
  i: number,
  rules: PaperRules,
): 'section' | 'brief' | null {
  const head = lines[i];
  const textUnder = (line: ClassifiedLine | undefined) =>
    line?.tag === 'paragraph' || line?.tag === 'sentence'
      ? opensWithNewsWord(line.text, rules)
        ? 'brief'
        : 'section'
      : null;
  const kind = textUnder(lines[i + 1]);
  if (!head || head.tag !== 'short' || !kind) return null;
  for (let j = i + 1; j < lines.length && j <= i + INTERTITLE_REACH; j++) {
    const line = lines[j]!;
    if (['lead', 'byline', 'name', 'furniture'].includes(line.tag) || forcedRole(line)) return null;
    if (blockGapBefore(lines, j, rules) || runOpensStory(lines, j)) return null;
    if (line.tag === 'short' && parallelHeads(head, line)) return textUnder(lines[j + 1]) === kind ? kind : null;
  }
  return null;
}

/**
 * Text that opens with a news report's words of when or what for (近日，…, 日前，…, 为进一步…). A calendar
 * date does not count: a feature's sections open with dates too (3月5日上午，… under one intertitle,
 * 7月12日，… under the next).
 */
export function opensWithNewsWord(text: string, rules: PaperRules): boolean {
  return rules.profile.newsOpenings.some((word) => text.startsWith(word));
}

/** A bare title line is the first of its story's parallel intertitles. */
export function hasParallelSibling(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  return parallelSibling(lines, i, rules) === 'section';
}

/** Bare lines a title block without a byline or lead holds at most: rubric, overline, headline. */
const BARE_TITLE_MAX = 3;
/** A figure in a line: what a data line (数说) is built on. */
const FIGURE = /[0-9０-９]/;

/** A short line built on a figure (大棚120座, 年收入300万元): an item of a data box. */
export function isDataLine(line: ClassifiedLine): boolean {
  return line.tag === 'short' && FIGURE.test(line.text);
}

/**
 * A run of bare short lines inside a story that is a box of its text, not the next story's title: more
 * lines than a title block printed without a byline holds, or a label over two or more data lines (“数”说
 * …: 大棚120座, 年收入300万元), which a headline and its overline never both are.
 */
export function isDataBox(run: readonly ClassifiedLine[]): boolean {
  const bare = run.filter((line) => line.tag === 'short');
  if (bare.length !== run.length) return false;
  return run.length > BARE_TITLE_MAX || run.slice(1).filter(isDataLine).length >= 2;
}

/** Whether a line is a numbered caption (①…) short enough to be one. */
function isNumberedCaption(line: ClassifiedLine | undefined, rules: PaperRules): boolean {
  return line !== undefined && NUMBERED_CAPTION.test(line.text) && line.length <= 2 * rules.thresholds.titleMax;
}

/**
 * Numbered captions (①… ②…) printed together over the credit of their photographs: without the credit
 * under them, ①②③ are the points of a story's text.
 */
function numberedOverCredit(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  let j = i;
  while (isNumberedCaption(lines[j], rules) && !forcedRole(lines[j]!)) j++;
  return j > i && lines[j]?.tag === 'credit';
}

/** The lines of a photo story's block that are its captions: short lines, or captions that say so. */
function photoCaptionLine(line: ClassifiedLine, rules: PaperRules): boolean {
  return line.tag === 'caption' || line.tag === 'short' || line.tag === 'sentence' || isNumberedCaption(line, rules);
}

export interface PhotoStory {
  /** The title's lines: a photo news rubric (图说), the headline, or the rubric over the headline. */
  title: number;
  /** The caption lines printed under the title. */
  captions: number;
}

/**
 * A photo story (图片新闻) whose title is line i, or null. A photo story prints its title where its
 * photograph stands, as a block of its own (after a wider gap than paragraphs have, or at the page's
 * top), perhaps under a photo news rubric
 * (图说), then close under it its captions, perhaps a paragraph or two of text, and the photographs'
 * credit, on its own line or run into a caption that says so. The title is the line over captions, not a caption itself, when the captions say so (图为…,
 * ▲…, ①…, or a caption's dated opening, 5月6日，…), when the block carries text, or under a rubric:
 * a caption printed over two lines above its credit has none of these. One dated paragraph alone between
 * the title and the credit is the photograph's caption (说明). A rubric alone over a caption is the
 * photograph's title, the caption its text.
 */
export function photoStory(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): PhotoStory | null {
  const line = lines[i];
  if (!line || forcedRole(line) || line.tag !== 'short') return null;
  // A block of its own: after a gap, at the page's top, or right after the photograph above's credit.
  if (i > 0 && gapBefore(lines, i) < 2 && lines[i - 1]!.tag !== 'credit') return null;
  const rubric = rules.photoRubric.test(line.text);
  const headline = lines[i + 1];
  const close = (j: number) => lines[j] !== undefined && gapBefore(lines, j) < 2 && !forcedRole(lines[j]!);
  // Under a rubric, or right over a caption that says so, a second short line is the headline.
  const second =
    headline?.tag === 'short' && close(i + 1) && (rubric || (lines[i + 2]?.tag === 'caption' && close(i + 2)));
  const title = second ? 2 : 1;
  let j = i + title;
  let captions = 0;
  let saySo = rubric;
  let text = 0;
  for (; close(j); j++) {
    const next = lines[j]!;
    if (text === 0 && photoCaptionLine(next, rules)) {
      captions++;
      saySo ||= next.tag === 'caption' || isNumberedCaption(next, rules) || dated(next, rules);
    } else if (next.tag === 'paragraph' && captions === 0 && (rubric || dated(next, rules)) && isCredit(lines, j + 1)) {
      // The one paragraph between a photograph's title and its credit is its caption (说明), when it is
      // dated as photo news captions are (5月6日，… 昨晚，…) or stands under a photo news rubric.
      captions++;
      saySo = true;
    } else if (next.tag === 'paragraph' && captions > 0 && text < 2) text++;
    else break;
  }
  // The credit may be run into the caption (▲…。 本报记者 张三 摄): a caption that says so ending the block
  // (a gap, the footer or the page's end after it) closes the photo story as a credit line does.
  const closed = isCredit(lines, j) || (text === 0 && lines[j - 1]?.tag === 'caption' && blockEnds(lines, j));
  return closed && captions > 0 && (saySo || text > 0) ? { title, captions } : null;
}

/** Nothing of the block goes on at line j: a gap, the page's furniture or its end. */
function blockEnds(lines: readonly ClassifiedLine[], j: number): boolean {
  return !lines[j] || lines[j]!.tag === 'furniture' || gapBefore(lines, j) >= 2;
}

/** A credit printed close under the line above it. */
function isCredit(lines: readonly ClassifiedLine[], j: number): boolean {
  return lines[j]?.tag === 'credit' && gapBefore(lines, j) < 2;
}

/** A caption's dated opening: 5月6日，…, 昨晚，…. */
function dated(line: ClassifiedLine, rules: PaperRules): boolean {
  return rules.newsOpening.test(line.text) || rules.briefOpening.test(line.text);
}

/**
 * Photographs printed side by side leave their captions one under the other: a short line close under a
 * caption that stands in a photograph's gap, with a gap after it too, is the next photograph's caption.
 */
function besideCaption(lines: readonly ClassifiedLine[], i: number, rules: PaperRules): boolean {
  const above = lines[i - 1]!;
  const after = lines[i + 1];
  const aboveCaption =
    above.tag === 'caption' ||
    ((above.tag === 'short' || above.tag === 'sentence') &&
      i - 1 > 0 &&
      gapBefore(lines, i - 1) >= rules.thresholds.photoGap &&
      !runOpensStory(lines, i - 1));
  return aboveCaption && !forcedRole(above) && (!after || gapBefore(lines, i + 1) >= 2) && !runOpensStory(lines, i);
}
