/**
 * The splitter's regular expressions, each named after the newspaper convention it recognises. Stages
 * import them by name; tests/lib/split/patterns.test.ts says what each must and must not match.
 *
 * These are the conventions of Chinese print itself (punctuation, numbering, names); a paper's own words
 * (本报, its byline roles, credit and furniture labels) live in its profile (src/config/papers/) and are
 * compiled by profile.ts.
 */

/**
 * One Han character as a regular-expression source: the basic block, Extension A, and the supplementary
 * planes' Extensions B–F (𠮷, written as a surrogate pair), which personal names do use.
 */
export const HAN_CHAR = '(?:[\\u4e00-\\u9fff\\u3400-\\u4dbf]|[\\ud840-\\ud87f][\\udc00-\\udfff])';

/** A Chinese personal name as printed in bylines: two to four Han characters (复姓 included). */
export const NAME = `${HAN_CHAR}{2,4}`;

/**
 * A name at the end of running text: two or three characters, so that a verb phrase after 记者
 * (记者调查发现) is not taken for a four-character name.
 */
export const SHORT_NAME = `${HAN_CHAR}{2,3}`;

/** One Han character. */
export const HAN = /[\u4e00-\u9fff]/;

/** An affiliation printed after a name in a byline: 小记者 王小明（大同一中）, 鲁益品（证号1507122）. */
export const BYLINE_AFFILIATION = /(?<=[\u4e00-\u9fff\udc00-\udfff])[（(][^（()）]{1,20}[）)]/g;

/** A caption that says so: 图为…, 上图：…, 左上图：…, 图一 …, 图①…, ▲ … */
export const CAPTION_LEAD =
  /^(?:图为|(?:[左右][上下]|上|下|左|右|中)图[:：为]|图[一二三四五六七八九1-9][:：\s]|图[①-⑳]|[▲△▼◀►])/;

/** A caption numbered for its photograph (①乐队在演出。 ②…), as a page with several photographs prints them. */
export const NUMBERED_CAPTION = /^(?:图\s*)?[①-⑳]/;

/** A subtitle (副题) or a dashed sub-heading: ——访平城区…, —— 现代服务集聚区 (extractors also give ―― U+2015). */
export const DASH_LEAD = /^(?:——|—|――|―|－－|--)\s*(?=[^\s—―－-])/;

/**
 * A numbered heading or item: （一）…, (三)…, 一、…, 1. …, 1、…, 第一步 …, 五是…. Whether it is a heading
 * or a numbered paragraph depends on its length (classify.ts).
 */
export const ENUMERATOR =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}\s*[.．、]\s*(?!\d)|第[一二三四五六七八九十\d]{1,3}[步部章节])/;

/** A bullet left by the extractor: "- item", " - sub-item", "• item". */
export const BULLET = /^[-•·●◆■]\s+/;

/**
 * Punctuation that ends a sentence, possibly inside closing quotes or brackets (。” ！） ……). A paragraph
 * ending otherwise was cut by a column break; a title may end in a bare closing quote (“加速度”).
 */
export const SENTENCE_END = /(?:[。！？!?…；;:：])[”’」』）)】》"']*$/;

/** Whether a line ends a sentence. Only its end is read: a regular expression anchored at `$` would scan a long paragraph from its start. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.slice(-12));
}

/** Punctuation inside running text; titles seldom carry a full stop or semicolon in the middle. */
export const MID_SENTENCE_STOP = /[。；;！？!?](?!$)/;

/** A jump line sending the reader to another page: （下转第2版）, 转第3版. The story goes on there, not here. */
export const JUMP_OUT = /^[（(]?(?:下转|转第|转\s*\d)/;

/**
 * A line that is a date and nothing else: how a notice, a letter or an appeal signs off (落款), under
 * the name of who issued it: 2023年5月6日, 二〇二三年五月六日.
 */
export const SIGN_OFF_DATE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

/** Editor correction markup: a line `@@ headline`, `@@ section 民生` … (see README). */
export const EDITOR_MARKER = /^@@\s*(\S+)(?:\s+(.*\S))?\s*$/;
