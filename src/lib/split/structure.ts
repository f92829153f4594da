/**
 * Stage 5: classified lines → units in reading order: title blocks, news leads, paragraphs, list items,
 * intertitles, boxes, bylines, figures, furniture. This is where context decides what a short line is
 * (a headline, an intertitle, a list item, a caption or a paragraph cut by a column break). Which
 * article each unit belongs to is decided by the next stage (assign.ts).
 */
import type { LineRole } from '../schema.ts';
import type { ClassifiedLine } from './classify.ts';
import { trailingByline } from './bylines.ts';
import { DASH_LEAD, JUMP_IN, SIGN_OFF_DATE } from './patterns.ts';
import { isAuthorNote, isNoticeTitle, readLead, type PaperRules } from './profile.ts';
import {
  beginsMarkedTitle,
  forcedArticle,
  forcedRole,
  hasParallelSibling,
  hasRubricCue,
  blockGapBefore,
  isCaption,
  isDataBox,
  isDataLine,
  isMarkedHeading,
  isNumbered,
  isTitleLike,
  labelHeadsTitle,
  markedTitleLength,
  opensMarkedTitle,
  opensStory,
  opensWithNewsWord,
  parallelHeads,
  parallelSibling,
  photoStory,
  runOpensStory,
  sameForm,
  skipFigureLines,
  TITLE_BLOCK_MAX,
  titleRoles,
} from './title-block.ts';

export type UnitKind =
  'title' | 'lead' | 'paragraph' | 'list' | 'intertitle' | 'sidebar' | 'byline' | 'figure' | 'furniture' | 'duplicate';

export interface Unit {
  kind: UnitKind;
  lines: ClassifiedLine[];
  /** The role of each line, parallel to `lines`. */
  roles: LineRole[];
  /** Why, for each line. */
  reasons: string[];
  /** A title printed after the lead it belongs to (the story has no headline of its own above). */
  displaced?: boolean;
  /** A paragraph cut short by a column break: it goes on in the story's next paragraph. */
  fragment?: boolean;
  /** Opens a story with no printed title: a byline or paragraph after a story that has ended. */
  opensStory?: boolean;
  /** An editor's note (编者按) over a title: it belongs to the story below. */
  introduces?: boolean;
}

/** Lines of text a box (温馨提示 …) holds under its label. */
const SIDEBAR_LINES = 3;

function unit(
  kind: UnitKind,
  lines: ClassifiedLine[],
  roles: LineRole[],
  reasons: string[],
  extra: Partial<Unit> = {},
): Unit {
  return { kind, lines, roles, reasons, ...extra };
}

interface Context {
  rules: PaperRules;
  /** An article has begun on this page. */
  started: boolean;
  /** The current story opened with a news lead and has not printed a title yet. */
  leadWithoutTitle: boolean;
  bodySinceAnchor: number;
  /** Kind of the last body unit and whether a heading was marked (numbered or dashed). */
  last: 'lead' | 'paragraph' | 'list' | 'marked-heading' | 'heading' | 'other';
  lastEndsWithColon: boolean;
  /** The last paragraph ended with a byline (…。本报记者 孙露): its story is over. */
  lastClosedStory: boolean;
  /** The last unit is a byline printed after the story's text: the story is signed off. */
  signedOff: boolean;
  /** A jump line (上接第X版) stood above: the next text is the rest of a story begun on another page. */
  jumpedIn: boolean;
  /** The current story is a brief begun without its headline: a paragraph dated to the hour after a report. */
  untitledBrief: boolean;
  /** The current story is a news report: it opened with a lead, or its text with a news opening (近日，…). */
  newsStory: boolean;
  /** The current story printed its writers under its title or in its lead. */
  storyHasByline: boolean;
  intertitles: number;
  /** Under a brief column's rubric (简讯 …): each brief is a story of its own. */
  briefColumn: boolean;
  /** How many paragraphs in a row opened with a run-in head (精准发力“保交楼” 充分发挥…). */
  runIns: number;
  /** The story's last two numbered headings: siblings are about as long as each other and end alike. */
  numbered: ClassifiedLine | null;
  sibling: ClassifiedLine | null;
  units: Unit[];
}

/** A paragraph opening with a bold run-in head: a short phrase, a space, then the text. */
const RUN_IN_HEAD = /^[^\s。；！？：:]{2,20}\s+\S.{8,}/;

export function structure(lines: readonly ClassifiedLine[], rules: PaperRules): Unit[] {
  const units: Unit[] = [];
  const context: Context = {
    rules,
    started: false,
    leadWithoutTitle: false,
    bodySinceAnchor: 0,
    last: 'other',
    lastEndsWithColon: false,
    lastClosedStory: false,
    signedOff: false,
    jumpedIn: false,
    untitledBrief: false,
    newsStory: false,
    storyHasByline: false,
    intertitles: 0,
    briefColumn: false,
    runIns: 0,
    numbered: null,
    sibling: null,
    units,
  };

  const pushBody = (
    kind: 'paragraph' | 'list' | 'intertitle' | 'sidebar',
    group: ClassifiedLine[],
    reason: string,
    extra: Partial<Unit> = {},
  ) => {
    const role: LineRole = kind === 'intertitle' ? 'intertitle' : 'body';
    units.push(
      unit(
        kind,
        group,
        group.map(() => role),
        group.map(() => reason),
        extra,
      ),
    );
    if (context.bodySinceAnchor === 0 && kind === 'paragraph')
      context.newsStory = rules.newsOpening.test(group[0]?.text ?? '');
    // An editor's note (编者按) or another box under the title is not the story's text: a byline under it
    // still heads the story.
    if (kind !== 'sidebar' || context.bodySinceAnchor > 0) context.bodySinceAnchor++;
    context.signedOff = false;
    const lastLine = group[group.length - 1];
    context.lastEndsWithColon = /[:：]$/.test(lastLine?.text ?? '');
    // A byline run into the last line (…。本报记者 孙露) or the note on the writer (（作者单位：…）) ends the story.
    context.lastClosedStory =
      trailingByline(lastLine?.text ?? '', rules) !== null || isAuthorNote(lastLine?.text ?? '', rules);
    if (kind === 'intertitle') context.intertitles++;
    context.last =
      kind === 'intertitle'
        ? group[0] && isMarkedHeading(group[0])
          ? 'marked-heading'
          : 'heading'
        : kind === 'list' || isBoxLabel(units[units.length - 1], rules)
          ? // A box's label alone heads its items (数据, then a figure a line), as a list's first line does.
            'list'
          : 'paragraph';
    context.runIns = kind === 'paragraph' && RUN_IN_HEAD.test(group[0]?.text ?? '') ? context.runIns + 1 : 0;
    if (kind === 'intertitle' && group[0] && isNumbered(group[0])) {
      context.sibling = context.numbered;
      context.numbered = group[0];
    }
  };

  const pushTitle = (block: ClassifiedLine[], extra: Partial<Unit> = {}) => {
    const roles = titleRoles(block, !context.started, rules);
    units.push(
      unit(
        'title',
        block,
        roles.map(([role]) => role),
        roles.map(([, reason]) => reason),
        extra,
      ),
    );
    context.leadWithoutTitle = false;
    context.signedOff = false;
    if (block.some((line) => rules.briefRubric.test(line.text))) context.briefColumn = true;
    if (!extra.displaced) {
      context.bodySinceAnchor = 0;
      context.intertitles = 0;
      context.storyHasByline = false;
      context.newsStory = false;
      context.untitledBrief = false;
    }
    context.started = true;
    context.last = 'other';
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const forced = forcedRole(line);
    const next = lines[i + 1];

    if (line.tag === 'duplicate' && !forced) {
      units.push(unit('duplicate', [line], ['duplicate'], [line.reason]));
      i++;
      continue;
    }
    if (forced === 'furniture' || (!forced && line.tag === 'furniture')) {
      units.push(unit('furniture', [line], ['furniture'], [forced ? 'editor markup @@ furniture' : line.reason]));
      if (!forced && JUMP_IN.test(line.text)) context.jumpedIn = true;
      i++;
      continue;
    }
    if (context.jumpedIn && !forced && line.tag !== 'caption' && line.tag !== 'credit') {
      context.jumpedIn = false;
      const overText = next?.tag === 'paragraph' || next?.tag === 'sentence';
      if (isTitleLike(line, next) && line.tag === 'short' && overText) {
        // A continued story reprints its headline (转版标题) under the jump line.
        pushTitle([line]);
        units[units.length - 1]!.reasons[0] = 'a headline under a jump line (上接第X版): the continued story’s';
        i++;
        continue;
      }
      if (line.tag === 'paragraph' || line.tag === 'sentence') {
        startUntitledStory(context);
        context.started = true;
        pushBody(
          'paragraph',
          [line],
          `${line.reason}, under a jump line (上接第X版): a story continued from another page`,
          {
            opensStory: true,
          },
        );
        i++;
        continue;
      }
    }
    if (forced === 'credit' || (!forced && line.tag === 'credit')) {
      const previous = units[units.length - 1];
      // A credit printed after the story's text (记者 张三 摄) signs off a photo story: a title-like line
      // after it starts the next story.
      if (previous && isBodyKind(previous.kind) && context.bodySinceAnchor > 0) context.lastClosedStory = true;
      if (previous?.kind === 'figure' && !previous.roles.includes('credit')) {
        previous.lines.push(line);
        previous.roles.push('credit');
        previous.reasons.push(forced ? 'editor markup @@ credit' : line.reason);
      } else {
        units.push(
          unit('figure', [line], ['credit'], [forced ? 'editor markup @@ credit' : `${line.reason}, with no caption`]),
        );
      }
      i++;
      continue;
    }
    // In a brief column each brief opens with its ornament (■, ●, ▲) and, in bold, its run-in head: a
    // ▲ there leads a brief, not a caption, where a head is set off from the text.
    const brief = !forced && context.briefColumn ? rules.briefHead.exec(line.text) : null;
    const briefText = line.tag === 'paragraph' || line.tag === 'sentence' || (line.tag === 'caption' && brief?.[1]);
    if (brief && briefText) {
      const opens = context.bodySinceAnchor > 0;
      if (opens) startUntitledStory(context);
      pushBody(
        'paragraph',
        [line],
        opens
          ? `${line.reason}, led by a brief's ornament in a column of briefs: the next brief`
          : `led by a brief's ornament under the column's rubric: the first brief`,
        opens ? { opensStory: true } : {},
      );
      i++;
      continue;
    }
    const photo = forced ? null : photoStory(lines, i, rules);
    if (photo) {
      const title = lines.slice(i, i + photo.title);
      pushTitle(title);
      const heading = units[units.length - 1]!;
      // Under a rubric alone (图片新闻), the photograph's caption is all the story prints.
      heading.roles =
        title.length === 2
          ? titleRoles(title, false, rules).map(([role]) => role)
          : [rules.photoRubric.test(line.text) ? 'rubric' : 'headline'];
      heading.reasons = title.map(
        () => 'the title of a photo story (图片新闻), in its photograph’s gap over its captions',
      );
      for (const caption of lines.slice(i + photo.title, i + photo.title + photo.captions))
        units.push(unit('figure', [caption], ['caption'], ['a caption under a photo story’s title']));
      i += photo.title + photo.captions;
      continue;
    }
    if (forced === 'caption' || (!forced && isCaption(lines, i, rules))) {
      const reason = forced
        ? 'editor markup @@ caption'
        : line.tag === 'caption'
          ? line.reason
          : next?.tag === 'credit'
            ? 'short line above a photo credit'
            : line.blankBefore >= 2
              ? 'short line where a photograph stood (blank gap above)'
              : 'short line between the title and the byline';
      units.push(unit('figure', [line], ['caption'], [reason]));
      i++;
      continue;
    }
    const previousKind = units[units.length - 1]?.kind;
    // A lone name is the author under a title, or signs off the story above it (a commentary's author).
    const headsStory = next?.tag === 'byline' || next?.tag === 'lead';
    // Spaced apart (张 伟), two characters are as often a column's label set wide (时 评) over the next
    // headline: they sign off only under a title.
    const loneAuthor =
      line.tag === 'name' &&
      (previousKind === 'title' ||
        ((previousKind === 'paragraph' || previousKind === 'lead') &&
          !headsStory &&
          !SPACED_PAIR.test(line.text) &&
          !hasRubricCue(line.text, rules) &&
          !labelOverTitle(line, next, context)));
    if (forced === 'byline' || (!forced && (line.tag === 'byline' || loneAuthor))) {
      const afterText = context.bodySinceAnchor > 0 && previousKind !== 'byline' && previousKind !== 'title';
      // A story names its writers once: a byline after the text of a story that already did, with text
      // under it, heads a story whose title was lost (■本报记者 … between two stories' paragraphs).
      // A byline in brackets ((记者 张三)) is a sign-off, always the story's above it.
      const heads =
        afterText &&
        context.storyHasByline &&
        !forced &&
        (next?.tag === 'paragraph' || next?.tag === 'sentence') &&
        !BRACKETED_LINE.test(line.text);
      // Otherwise a byline after the story's text, not under its title, closes the story.
      if (afterText && !heads) {
        context.lastClosedStory = true;
        context.signedOff = true;
      }
      if (heads || context.bodySinceAnchor === 0) context.storyHasByline = true;
      // A brief is signed in its lead, if at all: a byline under a title is a full story's, after the column.
      if (previousKind === 'title') context.briefColumn = false;
      const reason = forced
        ? 'editor markup @@ byline'
        : heads
          ? `${line.reason}, after a story that has its byline and over new text: a story whose title was lost`
          : line.tag !== 'name'
            ? afterText
              ? `${line.reason}, after the text: it signs the story off`
              : line.reason
            : previousKind === 'title'
              ? 'a lone name under the headline: the author'
              : 'a lone name after the text: the author signing off';
      units.push(unit('byline', [line], ['byline'], [reason], heads ? { opensStory: true } : {}));
      if (heads) {
        startUntitledStory(context);
        context.storyHasByline = true;
        context.leadWithoutTitle = true;
        context.last = 'other';
      }
      i++;
      continue;
    }
    if (!forced && line.tag === 'lead') {
      const afterTitle = previousIsTitle(units);
      units.push(unit('lead', [line], ['body'], [line.reason]));
      context.started = true;
      // A lead naming its reporters (本报讯（记者 …）) is the story's byline.
      context.storyHasByline = (afterTitle && context.storyHasByline) || Boolean(readLead(line.text, rules)?.people);
      context.signedOff = false;
      context.newsStory = true;
      context.leadWithoutTitle = !afterTitle;
      context.bodySinceAnchor = 1;
      if (!afterTitle) context.intertitles = 0;
      context.last = 'lead';
      context.lastEndsWithColon = false;
      // A brief of one paragraph may sign off in it: 本报讯 …。（记者 张三）.
      context.lastClosedStory = trailingByline(line.text, rules) !== null;
      i++;
      continue;
    }
    if (forced === 'body') {
      pushBody('paragraph', [line], 'editor markup @@ body');
      i++;
      continue;
    }
    if (forced === 'intertitle') {
      pushBody('intertitle', [line], 'editor markup @@ intertitle');
      i++;
      continue;
    }
    // A box label alone over a title that opens a story is the story's rubric (title-block.ts), not a box.
    if (!forced && line.tag === 'sidebar' && !(isTitleLike(line, next) && labelHeadsTitle(lines, i, rules))) {
      // The box's text is printed right under its label, without the blank line paragraphs have.
      const group = [line];
      while (
        group.length <= SIDEBAR_LINES &&
        lines[i + group.length]?.blankBefore === 0 &&
        lines[i + group.length]!.tag === 'paragraph'
      ) {
        group.push(lines[i + group.length]!);
      }
      // An editor's note printed over a title introduces the story under it (编者按 of a series' part),
      // its label alone on a line or run into its text.
      const note = lines[i + 1];
      if (
        rules.introLabel.test(line.text) &&
        group.length === 1 &&
        line.text.replace(rules.sidebarLabel, '') === '' &&
        (note?.tag === 'paragraph' || note?.tag === 'sentence') &&
        runOpensStory(lines, i + 2)
      )
        group.push(note);
      if (rules.introLabel.test(line.text) && runOpensStory(lines, i + group.length))
        pushBody('sidebar', group, 'an editor’s note over a story’s title: it introduces the story below', {
          introduces: true,
        });
      else pushBody('sidebar', group, 'a box inside the story (its label and the lines printed with it)');
      i += group.length;
      continue;
    }
    if (!forced && line.tag === 'bullet') {
      const deeper = next !== undefined && next.tag === 'bullet' && next.indent > line.indent;
      if (deeper) pushBody('intertitle', [line], 'list item with indented items under it: a list heading');
      else pushBody('list', [line], line.reason);
      i++;
      continue;
    }
    if (!forced && line.tag === 'short' && rules.briefRubric.test(line.text) && !isTitleLike(next, lines[i + 2])) {
      // A brief column's rubric over briefs that open with their text (■…, ●…): it sits on the first.
      pushTitle([line]);
      const rubric = units[units.length - 1]!;
      rubric.roles = ['rubric'];
      rubric.reasons = ['the rubric of a column of briefs (简讯 …), over briefs printed without a headline line'];
      i++;
      continue;
    }
    if (isTitleLike(line, next) || forcedArticle(line)) {
      i = structureRun(lines, i, units, context, pushBody, pushTitle);
      continue;
    }
    if (context.signedOff && !forced) {
      // Text after a story's sign-off is another story, whose title was lost.
      startUntitledStory(context);
      pushBody('paragraph', [line], `${line.reason}, after the byline that signed the story above off: a new story`, {
        opensStory: true,
      });
      i++;
      continue;
    }
    if (
      !forced &&
      context.newsStory &&
      context.bodySinceAnchor >= 2 &&
      context.intertitles === 0 &&
      rules.briefOpening.test(line.text)
    ) {
      // A report gives its time once, in its lead: a later paragraph dated to the hour is the next brief.
      startUntitledStory(context);
      context.untitledBrief = true;
      pushBody(
        'paragraph',
        [line],
        `${line.reason}, dated to the hour after a report that gave its time: the next brief`,
        {
          opensStory: true,
        },
      );
      i++;
      continue;
    }
    pushBody('paragraph', [line], line.reason);
    if (!context.started) context.started = true;
    i++;
  }
  return units;
}

/** A whole line in brackets. */
const BRACKETED_LINE = /^[（(].*[）)]$/;

/** Two characters set a space apart: a name (张 伟) or a column's label (时 评). */
const SPACED_PAIR = /^\S \S$/;

/**
 * Two characters over a title line after a story that named its writers already (特写, 声音, 观点 over the
 * next headline): a story names its writers once, so the pair is the next story's column label, not a
 * second author signing off.
 */
function labelOverTitle(line: ClassifiedLine, next: ClassifiedLine | undefined, context: Context): boolean {
  return (
    context.storyHasByline &&
    [...line.text].length === 2 &&
    (next?.tag === 'short' || next?.tag === 'heading') &&
    !forcedRole(next)
  );
}

/** A story begins here without a printed title: what is known about the story before no longer holds. */
function startUntitledStory(context: Context): void {
  context.bodySinceAnchor = 0;
  context.intertitles = 0;
  context.storyHasByline = false;
  context.newsStory = false;
  context.lastClosedStory = false;
  context.untitledBrief = false;
}

/** A box printed as its label alone (数据, 小贴士：): its items follow on lines of their own. */
const isBoxLabel = (unit: Unit | undefined, rules: PaperRules) =>
  unit?.kind === 'sidebar' && unit.lines.length === 1 && unit.lines[0]!.text.replace(rules.sidebarLabel, '') === '';

const isBodyKind = (kind: UnitKind) => kind === 'paragraph' || kind === 'lead' || kind === 'list';

function previousIsTitle(units: readonly Unit[]): boolean {
  for (let k = units.length - 1; k >= 0; k--) {
    const kind = units[k]!.kind;
    if (kind === 'figure' || kind === 'byline' || kind === 'duplicate') continue;
    return kind === 'title';
  }
  return false;
}

type PushBody = (
  kind: 'paragraph' | 'list' | 'intertitle' | 'sidebar',
  group: ClassifiedLine[],
  reason: string,
  extra?: Partial<Unit>,
) => void;
type PushTitle = (block: ClassifiedLine[], extra?: Partial<Unit>) => void;

/** A run of title-like lines starting at i: decide title block, intertitles, list items, fragments. */
function structureRun(
  lines: readonly ClassifiedLine[],
  i: number,
  units: Unit[],
  context: Context,
  pushBody: PushBody,
  pushTitle: PushTitle,
): number {
  let end = i;
  while (
    isTitleLike(lines[end], lines[end + 1]) &&
    (end === i || !beginsMarkedTitle(lines, end)) &&
    !(end > i && isCaption(lines, end, context.rules))
  )
    end++;
  if (end === i) end = i + 1; // a forced article start on a line that is not title-like
  const run = lines.slice(i, end);
  const afterFigure = skipFigureLines(lines, end);
  const next = lines[afterFigure];
  // A photo story (图片新闻): a title over a photograph, and then the next story or the page's end.
  const photoStory =
    afterFigure > end &&
    (!next || next.tag === 'furniture' || next.tag === 'lead' || runOpensStory(lines, afterFigure));
  // After a wider gap than paragraphs have, a title line over text begins the next story.
  const gapOpens =
    context.started &&
    blockGapBefore(lines, i, context.rules) &&
    (next?.tag === 'paragraph' || next?.tag === 'sentence' || next?.tag === 'lead');
  const opens = photoStory || gapOpens || opensStory(lines, afterFigure);
  const forcedStart = forcedArticle(run[0]!) || opensMarkedTitle(run);

  if (forcedStart && !isTitleLike(run[0])) {
    // @@ article above running text: the story starts here with no printed title.
    units.push(unit('lead', [run[0]!], ['body'], ['editor markup @@ article: a story starts here']));
    context.started = true;
    context.leadWithoutTitle = true;
    context.bodySinceAnchor = 1;
    context.intertitles = 0;
    context.last = 'lead';
    return i + 1;
  }

  if (opens || !context.started || forcedStart) {
    // The title block is the end of the run; numbered lines above it stay in the story before, and so do
    // a box's items printed under its label: the title is then the headline over its subtitles.
    let start = run.length - 1;
    const underBoxLabel = isBoxLabel(units[units.length - 1], context.rules);
    if (underBoxLabel) while (start > 0 && DASH_LEAD.test(run[start]!.text)) start--;
    else
      while (
        start > 0 &&
        run.length - start < TITLE_BLOCK_MAX &&
        !isNumbered(run[start - 1]!) &&
        !SIGN_OFF_DATE.test(run[start - 1]!.text)
      )
        start--;
    if (!context.started || forcedStart) start = 0;
    // A title an editor marked is the marked lines and the rest of its printed block: the rest of the
    // run (the list it was printed in, the next story's title) is read again under it.
    const titleEnd =
      forcedStart && !forcedArticle(run[0]!) ? markedTitleLength(run, opens || !context.started) : run.length;
    structureInArticle(run.slice(0, start), lines, i, context, pushBody, pushTitle);
    pushTitle(run.slice(start, titleEnd));
    return i + titleEnd;
  }

  if (
    context.leadWithoutTitle &&
    context.bodySinceAnchor <= 3 &&
    run[0]!.tag === 'short' &&
    !context.lastClosedStory &&
    !hasParallelSibling(lines, i, context.rules)
  ) {
    // 本报讯 … paragraphs, then a bare title line: the extractor put the headline after its lead. Not after
    // a sign-off (…。（记者 张三）, 记者 张三 报道): the story above is over, the title is the next one's;
    // and a story prints one headline: a line with a parallel sibling below is the first of its intertitles.
    // A story names its writers once: after a lead that named them, a title over text that signs off
    // with a byline of its own heads that next story.
    if (context.storyHasByline && signedBelow(lines, i + 1))
      pushTitle([run[0]!], {
        reasons: [
          'title over text signed off by its own byline, after a lead that named its reporters: the next story',
        ],
      });
    else pushTitle([run[0]!], { displaced: true });
    structureInArticle(run.slice(1), lines, i + 1, context, pushBody, pushTitle);
    return end;
  }

  structureInArticle(run, lines, i, context, pushBody, pushTitle);
  return end;
}

/** How far below a title its text's sign-off is looked for: a brief's few paragraphs. */
const SIGN_OFF_REACH = 12;

/**
 * The text from line `from` on is signed off by a byline after it (…… / 文/图 记者 张三) before anything
 * that could open another story: a lead, a title-like line, furniture or a line the editor marked.
 */
function signedBelow(lines: readonly ClassifiedLine[], from: number): boolean {
  for (let j = from; j < lines.length && j < from + SIGN_OFF_REACH; j++) {
    const line = lines[j]!;
    if (forcedRole(line)) return false;
    if (line.tag === 'byline' || line.tag === 'name') return j > from;
    if (line.tag !== 'paragraph' && line.tag !== 'sentence') return false;
  }
  return false;
}

/**
 * Title-like lines inside a story. Conventions: numbered and dashed lines are intertitles; short lines
 * stacked under a heading are list items; one short line under an unmarked intertitle is the start of a
 * paragraph cut by a column break (a heading introduces a list of several items or running text). A new story printed without byline
 * starts with bare short lines where the story before has ended (its last paragraph closed with a
 * byline), where a news brief had only its lead (briefs carry no intertitles), or as two or more bare
 * lines after a paragraph of a story that has no intertitles to be their siblings.
 */
function structureInArticle(
  run: readonly ClassifiedLine[],
  lines: readonly ClassifiedLine[],
  offset: number,
  context: Context,
  pushBody: PushBody,
  pushTitle: PushTitle,
): void {
  let k = 0;
  while (k < run.length) {
    const line = run[k]!;
    const after = lines[offset + k + 1];
    const nextInRun = run[k + 1];
    if (forcedRole(line) === 'intertitle' || isMarkedHeading(line)) {
      pushBody(
        'intertitle',
        [line],
        forcedRole(line) ? 'editor markup @@ intertitle' : 'numbered or dashed heading inside the story',
      );
      k++;
      continue;
    }
    if (k === 0 && opensWithSubtitle(run, lines, offset)) {
      pushTitle([line, run[1]!]);
      k += 2;
      continue;
    }
    const nextIsBareShort = nextInRun !== undefined && !isMarkedHeading(nextInRun);
    const nextIsParagraph = nextInRun === undefined && (after?.tag === 'paragraph' || after?.tag === 'sentence');
    const heading = context.units[context.units.length - 1];
    if (
      context.last === 'marked-heading' &&
      heading?.kind === 'intertitle' &&
      heading.lines.length === 1 &&
      wrapsHeading(heading.lines[0]!, line, context.sibling)
    ) {
      heading.lines.push(line);
      heading.roles.push('intertitle');
      heading.reasons.push(
        'completes the numbered heading above, wrapped onto a second line (as long as its siblings together)',
      );
      k++;
      continue;
    }
    const signature = signOffLength(run, k);
    if (signature > 0) {
      // A line each, never joined: who issued the notice, then the date (落款).
      for (const signed of run.slice(k, k + signature))
        pushBody('list', [signed], 'who issued it and the date (落款), signing a notice or letter off');
      context.last = 'paragraph';
      context.lastClosedStory = true;
      k += signature;
      continue;
    }
    if (isNoticeTitle(line.text, context.rules) && line.length <= NOTICE_TITLE_MAX && (nextIsParagraph || k > 0)) {
      // A notice printed among the news (遗失声明, 招聘启事) is an item of its own under its title.
      pushTitle([line]);
      const title = context.units[context.units.length - 1]!;
      title.reasons = ['a notice’s title (公告, 启事, 声明 …): the notice is an item of its own'];
      k++;
      continue;
    }
    if (context.last === 'heading' || context.last === 'marked-heading') {
      if (nextIsBareShort) pushBody('list', [line], 'one of several short lines under a heading: a list item');
      else if (nextIsParagraph)
        pushBody(
          'paragraph',
          [line],
          'short line under a heading, running on in the next paragraph: cut by a column break',
          { fragment: true },
        );
      else pushBody('list', [line], 'short line under a heading: a list item');
      k++;
      continue;
    }
    if (context.last === 'list') {
      const item = heading?.lines[heading.lines.length - 1];
      if (item && isDataLine(item) && isDataLine(line))
        pushBody('list', [line], 'a data line after data lines (数说): one more item of the list');
      else if (item && item.tag === 'short' && sameForm(item, line))
        pushBody('list', [line], 'printed in the form of the item above it (a poem’s or slogan’s line): one more item');
      else if (nextIsParagraph)
        pushBody('intertitle', [line], 'short line after a list, introducing running text: an intertitle');
      else pushBody('list', [line], 'continues a list of short lines');
      k++;
      continue;
    }
    if (context.lastEndsWithColon) {
      pushBody('list', [line], 'short line after a sentence ending in a colon: a list item');
      k++;
      continue;
    }
    // A brief carries no intertitles, so a bare line after its lead is the next story's title, unless
    // a parallel sibling further down shows it is the first of this report's intertitles, or the text
    // under it goes on from the lead (据介绍，…, 此外，…), as no story's first paragraph does.
    const goesOn =
      context.last === 'lead' &&
      nextIsParagraph &&
      after !== undefined &&
      context.rules.continuationOpening.test(after.text);
    const storyOver =
      context.lastClosedStory ||
      (context.last === 'lead' &&
        context.bodySinceAnchor === 1 &&
        !goesOn &&
        !hasParallelSibling(lines, offset + k, context.rules) &&
        !isDataBox(run.slice(k)));
    // A news report carries no intertitles: a bare line over text that opens like a report (近日，…) is the
    // next report's headline. Intertitles come in sets, so after the report's one, a line not printed
    // like it is not its sibling either.
    const nextReport =
      context.newsStory &&
      context.bodySinceAnchor > 0 &&
      (context.intertitles === 0 ||
        (context.intertitles === 1 && !storyIntertitles(context.units).some((head) => parallelHeads(head, line)))) &&
      nextIsParagraph &&
      after !== undefined &&
      context.rules.newsOpening.test(after.text);
    // A story sets its intertitles in one form: a line out of the form of its set, over text that opens
    // with a news report's words (近日，…), is the next story's headline.
    const outOfSet =
      nextIsParagraph &&
      after !== undefined &&
      opensWithNewsWord(after.text, context.rules) &&
      breaksIntertitleSet(line, context.units);
    // A brief whose headline was lost (dated to the hour after a report) is one short report: a bare line
    // over text after it is the next story's headline, unless a parallel sibling makes it an intertitle.
    const afterUntitledBrief =
      context.untitledBrief &&
      context.newsStory &&
      context.intertitles === 0 &&
      nextIsParagraph &&
      !hasParallelSibling(lines, offset + k, context.rules);
    // Parallel headlines over text opening with when (日前，… 近日，…) are a column of briefs.
    const briefColumn = nextIsParagraph && parallelSibling(lines, offset + k, context.rules) === 'brief';
    // A brief is a paragraph or two under its headline, with no intertitles: in a column of briefs, a bare
    // line over text after a brief's text is the next brief's headline.
    const nextBrief =
      context.briefColumn && context.bodySinceAnchor > 0 && context.bodySinceAnchor <= 2 && nextIsParagraph;
    const startsStory =
      k === 0 &&
      (storyOver ||
        outOfSet ||
        briefColumn ||
        afterUntitledBrief ||
        nextReport ||
        nextBrief ||
        (context.last === 'paragraph' && nextIsBareShort && context.intertitles === 0 && !isDataBox(run.slice(k))));
    if (startsStory) {
      const block = [line];
      while (run[k + block.length] && !isMarkedHeading(run[k + block.length]!) && block.length < 3)
        block.push(run[k + block.length]!);
      pushTitle(block);
      k += block.length;
      continue;
    }
    if (context.runIns >= 2 && nextIsParagraph && !/\s/.test(line.text) && after && !RUN_IN_HEAD.test(after.text)) {
      pushBody(
        'paragraph',
        [line],
        'a run-in head like those of the paragraphs above, cut from its text by a column break',
        { fragment: true },
      );
      k++;
      continue;
    }
    pushBody(
      'intertitle',
      [line],
      goesOn
        ? 'short line after the lead over text that goes on from it (据介绍，…, 此外，…): the report’s intertitle'
        : context.last === 'lead'
          ? 'short line after the lead with a parallel sibling below it: the report’s first intertitle'
          : 'short line inside a story, followed by its text: an intertitle',
    );
    k++;
  }
}

/** Longest notice title: 关于城东片区停水的公告 and its number. */
const NOTICE_TITLE_MAX = 24;
/** Longest name of who signs a notice off above its date: 青石县融媒体中心. */
const SIGNATORY_MAX = 20;

/** Lines of a notice's signature (落款) starting at k: the date alone, or the signatory over it. */
function signOffLength(run: readonly ClassifiedLine[], k: number): number {
  if (SIGN_OFF_DATE.test(run[k]!.text)) return 1;
  const date = run[k + 1];
  return date && SIGN_OFF_DATE.test(date.text) && run[k]!.length <= SIGNATORY_MAX ? 2 : 0;
}

/** How far ahead a sibling of a dashed line is looked for: dashed list items stand a few lines apart. */
const SIBLING_REACH = 8;

/**
 * A bare title line over a dashed line that has no dashed sibling after it: a headline and its subtitle
 * (副题 ——…), which open a new story even inside a running one. Dashed lines with siblings (——商业休闲片区
 * … ——文化展示片区) or ending a sentence are the story's own list.
 */
function opensWithSubtitle(run: readonly ClassifiedLine[], lines: readonly ClassifiedLine[], offset: number): boolean {
  const [title, dashed] = run;
  if (!title || !dashed || title.tag !== 'short' || !DASH_LEAD.test(dashed.text) || dashed.endsSentence) return false;
  const ahead = lines.slice(offset + 2, offset + 2 + SIBLING_REACH);
  return !ahead.some((line) => DASH_LEAD.test(line.text));
}

/**
 * A numbered heading cut by a column break: it is much shorter than the numbered heading before it,
 * and together with the bare line under it about as long and ending alike (parallel headings:
 * （二）…创新生态新高地, （三）…全力构筑功 | 能完善、…城市发展新高地).
 */
function wrapsHeading(heading: ClassifiedLine, line: ClassifiedLine, sibling: ClassifiedLine | null): boolean {
  if (!isNumbered(heading) || !sibling) return false;
  const together = heading.length + line.length;
  const endsAlike = line.text.slice(-2) === sibling.text.slice(-2);
  return (
    endsAlike && heading.length < 0.7 * sibling.length && Math.abs(together - sibling.length) <= 0.25 * sibling.length
  );
}

/** The intertitles the current story has printed so far, top down. */
function storyIntertitles(units: readonly Unit[]): ClassifiedLine[] {
  const heads: ClassifiedLine[] = [];
  for (let k = units.length - 1; k >= 0; k--) {
    const unit = units[k]!;
    if ((unit.kind === 'title' && !unit.displaced) || unit.kind === 'lead' || unit.opensStory) break;
    if (unit.kind === 'intertitle' && unit.lines[0]) heads.unshift(unit.lines[0]);
  }
  return heads;
}

/**
 * Two or more intertitles of one form (the same punctuation, as long as each other within a character:
 * 点滴小事暖人心 / 小小网格大作为), and a bare line of another form: it does not belong to the set.
 */
function breaksIntertitleSet(line: ClassifiedLine, units: readonly Unit[]): boolean {
  const heads = storyIntertitles(units);
  if (heads.length < 2 || heads.some((head) => head.tag !== 'short')) return false;
  const first = heads[0]!;
  return heads.every((head) => sameForm(head, first)) && !sameForm(line, first);
}
