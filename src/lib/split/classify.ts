/**
 * Stage 4: what each line looks like on its own, before any context: furniture, photo credit, caption,
 * byline, news lead, box label, list bullet, numbered or dashed heading, title-like short line, or
 * running text. Lines repeated word for word by the extractor are marked as duplicates here. Every tag
 * carries the reason it was given, for the split report.
 */
import { parseByline } from './bylines.ts';
import type { Line } from './lines.ts';
import {
  BULLET,
  CAPTION_LEAD,
  DASH_LEAD,
  ENUMERATOR,
  INTERVIEW_TURN,
  HAN_CHAR,
  MID_SENTENCE_STOP,
  NAME,
  SERIAL_PART,
  SIGN_OFF_DATE,
  SPEAKER_TURN,
  endsSentence as endsWithStop,
} from './patterns.ts';
import { isAuthorNote, isNoticeTitle, readLead, type PaperRules } from './profile.ts';

export type LineTag =
  | 'furniture'
  | 'duplicate'
  | 'credit'
  | 'caption'
  | 'byline'
  | 'name'
  | 'lead'
  | 'sidebar'
  | 'bullet'
  | 'heading'
  | 'short'
  | 'sentence'
  | 'paragraph';

export interface ClassifiedLine extends Line {
  tag: LineTag;
  reason: string;
  /** Characters other than spaces: the length readers see. */
  length: number;
  endsSentence: boolean;
  /** For `duplicate`: the line it repeats. */
  duplicateOf?: number;
}

/** A whole line in brackets is a note to the story, never a title. */
const BRACKETED_NOTE = /^[（(][^（()）]*[）)]$/;
/** …or the writers' names signing the story off: （张三 李四）, （张 伟）. */
const SIGNED_NAME = `(?:${NAME}|${HAN_CHAR} ${HAN_CHAR}(?!${HAN_CHAR}))`;
const BRACKETED_NAMES = new RegExp(`^[（(]\\s*${SIGNED_NAME}(?:[\\s、，,]+${SIGNED_NAME}){0,3}\\s*[）)]$`);

/**
 * A line that opens a quotation and does not close it: speech (“大家快来看！), never a headline; a title
 * may open with a quoted word and go on (“双减”之后，孩子们去哪儿了？).
 */
const QUOTATION_OPEN = /^[“「"][^”」"]*$/;

/** The ornament a caption may open with (▲ 市民在…), which a brief's bullet shares. */
const ORNAMENT_CAPTION = /^[▲△▼◀►]/;

const INTERVIEW_TURN_REASON = 'a turn of an interview (问：/答：, 记者：, a speaker after a turn): running text';

/** Lines are normalised: single ASCII spaces are their only white space. */
function visibleLength(text: string): number {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) spaces++;
  return text.length - spaces;
}

function tagOf(
  line: Line,
  length: number,
  endsSentence: boolean,
  rules: PaperRules,
  inInterview: boolean,
): [LineTag, string] {
  const { text } = line;
  const { titleMax, headingMax, creditMax } = rules.thresholds;
  if (rules.furniture.test(text)) return ['furniture', 'page furniture (editors’ footer or page number)'];
  if (length <= creditMax && rules.photoCredit.test(text.replace(rules.ornament, '')))
    return ['credit', 'photo credit (资料图片 / …摄)'];
  if (CAPTION_LEAD.test(text) && length <= 120) {
    // ▲ leads a brief as well as a caption: before running text of several sentences, longer than a title
    // line, it is the brief's bullet; a caption describes its photograph in a line or a sentence (its
    // credit may be run in after it: ▲…。 本报记者 张三 摄, which ends in no sentence).
    const severalSentences = endsSentence && MID_SENTENCE_STOP.test(text.slice(0, -1));
    if (ORNAMENT_CAPTION.test(text) && length > titleMax && severalSentences)
      return ['paragraph', 'running text led by an ornament (▲…): several sentences are a brief, not a caption'];
    return ['caption', 'caption that says so (图为…)'];
  }
  const lead = readLead(text, rules);
  if (lead)
    return [
      'lead',
      lead.people
        ? 'news lead naming its reporters (本报讯（记者 …）, <报名>讯, wire 电)'
        : 'news lead (本报讯, 【本报讯】, <报名>讯, wire 电)',
    ];
  if (rules.sidebarLabel.test(text)) return ['sidebar', 'label of a box inside a story (温馨提示 …)'];
  if (length <= 16 && rules.deskByline.test(text.replace(rules.ornament, '')))
    return ['byline', 'the paper’s desk signing (本报评论员, 本报调查组): a byline naming no person'];
  if (isAuthorNote(text, rules))
    return ['paragraph', 'the note on the writer (（作者单位：…）, 作者系…): running text that signs the story off'];
  // 简讯 is two characters, as a name is, but heads the briefs under it: never a byline.
  if (rules.briefRubric.test(text)) return ['short', 'the rubric of a column of briefs (简讯, 城事速览 …)'];
  if (rules.photoRubric.test(text)) return ['short', 'the rubric of photo news (图说, 图片新闻 …)'];
  // 公 告 set wide is two characters, as a spaced name (张 伟) is, but titles the notice under it.
  if (text.includes(' ') && length <= titleMax && isNoticeTitle(text, rules))
    return ['short', 'the title of a notice set wide (公 告, 招 聘 启 事)'];
  const signed = rules.affiliation.test(text);
  const byline =
    length <= 40 && (length <= 4 || signed || rules.bylineHint.test(text)) ? parseByline(text, rules) : null;
  if (byline?.hasRole) return ['byline', 'byline: role words and names only'];
  // Three characters at most, or a whole line that is one name: 欧阳明远, 张 伟 set wide by the typesetter.
  if (
    byline?.people.length === 1 &&
    (length <= 3 || (length === 4 && text.replaceAll(' ', '') === byline.people[0]!.name))
  )
    return ['name', 'a lone name (a byline if it sits under a headline)'];
  if (byline && signed) return ['name', 'a name after a school or unit (实验小学 王小明): a writer signing'];
  if (BRACKETED_NAMES.test(text) && length <= 16)
    return ['name', 'names in brackets after a story (（张三 李四）): its writers signing off'];
  if (SERIAL_PART.test(text)) return ['short', 'the part of a series (（上）, （之二）): a title line'];
  if (BRACKETED_NOTE.test(text)) return ['paragraph', 'a note in brackets (（作者单位：…）, （完）): running text'];
  if (INTERVIEW_TURN.test(text) || (inInterview && SPEAKER_TURN.test(text)))
    return ['paragraph', INTERVIEW_TURN_REASON];
  if (BULLET.test(text)) return ['bullet', 'list item left as a bullet by the extractor'];
  if ((ENUMERATOR.test(text) || DASH_LEAD.test(text)) && length <= headingMax && !MID_SENTENCE_STOP.test(text)) {
    return ['heading', 'short numbered or dashed line (（一）…, ——…)'];
  }
  // Headlines carry at most one comma (打造特色街区，点燃古城“夜经济”); a line with two is a sentence cut short.
  // They may end in ！ or ？ (冬奥，我们来了！), never in 。, and are not quotations.
  const titleEnding = !endsSentence || (/[！？!?]$/.test(text) && !QUOTATION_OPEN.test(text));
  if (
    length <= titleMax &&
    !MID_SENTENCE_STOP.test(text.slice(0, -1)) &&
    titleEnding &&
    (text.match(/，/g) ?? []).length < 2
  ) {
    return ['short', 'short line without sentence punctuation'];
  }
  if (length <= titleMax && !MID_SENTENCE_STOP.test(text.slice(0, -1)) && /[。！？!?]$/.test(text)) {
    return ['sentence', 'one short sentence'];
  }
  return ['paragraph', 'running text'];
}

export function classify(lines: readonly Line[], rules: PaperRules): ClassifiedLine[] {
  return withAttributions(withPageFurniture(classifyEach(lines, rules), rules));
}

/** A quoted sentence closing its line: …生意好做了。” (a quoted headline has no full stop inside). */
const QUOTATION_END = /[。！？!?…][”」』"]$/;

/**
 * A dashed line right under a quotation names who said it (“…。” ——老街商户 张小满), as the voices of a
 * 声音 box and the quotations of a report are signed: the text's, never a subtitle or a heading.
 */
function withAttributions(lines: ClassifiedLine[]): ClassifiedLine[] {
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (line.tag === 'heading' && DASH_LEAD.test(line.text) && above && QUOTATION_END.test(above.text))
      lines[i] = { ...line, tag: 'paragraph', reason: 'who said the quotation above (——…): its attribution' };
  });
  return lines;
}

/** Longest page name (版名) printed in a running head: 城事, 社区周刊, 要闻·综合. */
const PAGE_NAME_MAX = 6;
/** A page name is a word or two, with at most the · between a page's two names. */
const PAGE_NAME = /^[^\s，。、：:；;！？!?“”"（()）]+$/;
/** A footer label printed alone on its line (责任编辑, 校对：): no name follows it on the line. */
const FOOTER_LABEL_ALONE = /^[\u4e00-\u9fff]{2,6}[:：∶]?$/;
/** A note for the whole page's photographs (本版图片均为…摄): the page's, not one story's, in its footer. */
const PAGE_PHOTO_NOTE = /^(?:本版|本期|本组)/;

/**
 * What only the lines around it make furniture. The running head (报眉) prints the page's name beside
 * its number and date, on lines of their own at the page's top: a short line there, between the page's
 * number or date and the title under it, names the page, not a story. A note on the page's photographs
 * printed among the editors' lines of the footer is the page's furniture, as they are. A banner the
 * profile knows as a rubric (今日平城, 走近平城) stays the first story's rubric, as a page's theme banner is.
 */
function withPageFurniture(lines: ClassifiedLine[], rules: PaperRules): ClassifiedLine[] {
  const furnitureAround = (i: number) => lines[i - 1]?.tag === 'furniture' || lines[i + 1]?.tag === 'furniture';
  let top = 0;
  while (lines[top]?.tag === 'furniture') top++;
  const name = lines[top];
  const below = lines.slice(top + 1).find((line) => line.tag !== 'furniture');
  if (
    (name?.tag === 'short' || name?.tag === 'name') &&
    name.length <= PAGE_NAME_MAX &&
    PAGE_NAME.test(name.text) &&
    !rules.rubricCues.some((cue) => name.text.includes(cue)) &&
    furnitureAround(top) &&
    (below?.tag === 'short' || below?.tag === 'heading')
  ) {
    lines[top] = {
      ...name,
      tag: 'furniture',
      reason: 'the page’s name in the running head, beside its number or date',
    };
  }
  lines.forEach((line, i) => {
    if (line.tag === 'credit' && PAGE_PHOTO_NOTE.test(line.text) && furnitureAround(i))
      lines[i] = { ...line, tag: 'furniture', reason: 'a note on the page’s photographs, in the editors’ footer' };
    // 责任编辑 on one line, the editor's name on the next: the name is the footer's, not a byline.
    const above = lines[i - 1];
    if (
      (line.tag === 'name' || line.tag === 'byline') &&
      above?.tag === 'furniture' &&
      FOOTER_LABEL_ALONE.test(above.text)
    )
      lines[i] = {
        ...line,
        tag: 'furniture',
        reason: 'the name under an editors’ footer label printed alone on its line',
      };
  });
  return lines;
}

function classifyEach(lines: readonly Line[], rules: PaperRules): ClassifiedLine[] {
  const seen = new Map<string, number>();
  // The previous line was a turn of an interview, so a named speaker's line under it is the next turn.
  let inInterview = false;
  return lines.map((line) => {
    const length = visibleLength(line.text);
    const endsSentence = endsWithStop(line.text);
    const [tag, reason] = tagOf(line, length, endsSentence, rules, inInterview);
    inInterview = reason === INTERVIEW_TURN_REASON;
    const key = line.text.includes(' ') ? line.text.replaceAll(' ', '') : line.text;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line.no);
    // Two notices of a page may sign off on the same day: a date alone is no extractor's repeat.
    const repeatable =
      tag === 'credit' || tag === 'byline' || tag === 'name' || tag === 'furniture' || SIGN_OFF_DATE.test(line.text);
    if (first !== undefined && length >= rules.thresholds.duplicateMin && !repeatable) {
      return {
        ...line,
        tag: 'duplicate',
        reason: `repeats line ${first} word for word (extraction artefact)`,
        length,
        endsSentence,
        duplicateOf: first,
      };
    }
    return { ...line, tag, reason, length, endsSentence };
  });
}
