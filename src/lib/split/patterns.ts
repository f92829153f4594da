/**
 * The splitter's regular expressions, each named after the newspaper convention it recognises. Stages
 * import them by name; tests/lib/split/patterns.test.ts says what each must and must not match.
 *
 * These are the conventions of Chinese print itself (punctuation, numbering, names); a paper's own words
 * (本报, its byline roles, credit and furniture labels) live in its profile (src/config/papers/) and are
 * compiled by profile.ts.
 */

/**
 * One Han character as a regular-expression source: the basic block, Extension A, the compatibility
 * ideographs (﨑, 﨔: the forms some family names are registered in), and the supplementary planes'
 * Extensions B–H (𠮷, written as a surrogate pair), which personal names do use.
 */
export const HAN_CHAR = '(?:[\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff]|[\\ud840-\\ud888][\\udc00-\\udfff])';

/**
 * The dot between the parts of a minority or foreign name (阿依古丽·买买提, 约翰·史密斯): GB/T 15834's
 * 间隔号, and the look-alikes extractors give for it.
 */
export const NAME_DOT = '[·・•‧]';

/** A name in parts joined by the 间隔号: each part one to eight Han characters, up to four parts. */
export const DOTTED_NAME = `${HAN_CHAR}{1,8}(?:${NAME_DOT}${HAN_CHAR}{1,8}){1,3}`;

/**
 * A Chinese personal name as printed in bylines: two to four Han characters (复姓 included), or a minority
 * or foreign name written in parts joined by the 间隔号.
 */
export const NAME = `(?:${DOTTED_NAME}|${HAN_CHAR}{2,4})`;

/**
 * The common compound surnames (复姓): a typesetter who spaces a name apart (欧阳 明远) spaces it after the
 * surname, so the two runs are one person, not two. Those that are also everyday words (东方, 西门, 南宫,
 * 百里) are left out: 东方明珠 is a headline, not a name.
 */
export const COMPOUND_SURNAME =
  '(?:欧阳|司马|上官|诸葛|皇甫|尉迟|公孙|慕容|长孙|夏侯|令狐|司徒|端木|宇文|澹台|呼延|万俟|申屠|钟离|赫连)';

/**
 * A name at the end of running text: two or three characters, so that a verb phrase after 记者
 * (记者调查发现) is not taken for a four-character name.
 */
export const SHORT_NAME = `${HAN_CHAR}{2,3}`;

/** One Han character. */
export const HAN = /[\u4e00-\u9fff]/;

/**
 * An affiliation printed after a name in a byline: 小记者 王小明（大同一中）, 鲁益品（证号1507122）; not a
 * class number (五（2）班), which belongs to the school before the name.
 */
export const BYLINE_AFFILIATION = /(?<=[\u4e00-\u9fff\udc00-\udfff])[（(][^（()）]{1,20}[）)](?![班级])/g;

/** Where a correspondent filed from, after the names: 本报特派记者 张三 发自北京, 记者 李四 发自云湖. */
export const BYLINE_DATELINE = /^发自[\u4e00-\u9fff]{1,12}/;

/** A caption that says so: 图为…, 上图：…, 左上图：…, 图一 …, 图①…, ▲ … */
export const CAPTION_LEAD =
  /^(?:图为|(?:[左右][上下]|上|下|左|右|中)图[:：为]|图[一二三四五六七八九1-9][:：\s]|图[①-⑳]|[▲△▼◀►])/;

/** A caption numbered for its photograph (①乐队在演出。 ②…), as a page with several photographs prints them. */
export const NUMBERED_CAPTION = /^(?:图\s*)?[①-⑳]/;

/** A subtitle (副题) or a dashed sub-heading: ——访平城区…, —— 现代服务集聚区 (extractors also give ―― U+2015). */
export const DASH_LEAD = /^(?:——|—|――|―|－－|--)\s*(?=[^\s—―－-])/;

/**
 * A numbered heading or item: （一）…, (三)…, 一、…, 1. …, 1、…, 第一步 …, 第一，…, 五是…, circled or
 * bracketed figures (①…, ⑴…, ❶…). Whether it is a heading or a numbered paragraph depends on its length
 * (classify.ts).
 */
export const ENUMERATOR =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}\s*[.．、]\s*(?!\d)|第[一二三四五六七八九十\d]{1,3}[步部章节]|第[一二三四五六七八九十]{1,3}[，,、\s]|[\u2460-\u2473\u2474-\u2487\u2776-\u277f])/;

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

/**
 * A turn of a printed interview or Q&A (访谈, 问答): 问：…, 答：…, 记者：…, 主持人：…, Q：…. Running text,
 * never a title or an intertitle, however short (问：明年有什么打算？).
 */
export const INTERVIEW_TURN = /^(?:问|答|记者|主持人|嘉宾|[QA])\s*[:：]\s*\S/;

/** A turn by a named speaker (赵长河：…): one only right after another turn, as headlines also print a colon (平城区：…). */
export const SPEAKER_TURN = new RegExp(`^${SHORT_NAME}\\s*[:：]\\s*\\S`);

/**
 * How a column or series label (栏目) is printed apart from a story's own lines: in lenticular or corner
 * brackets (【民生观察】, 「河畔人家」系列报道之三) or as names joined by a middle dot (文明云溪·身边好人).
 * An overline (引题) is a phrase leading into the headline and is printed without either.
 */
export const RUBRIC_FORM =
  /^(?:【[^【】]{2,12}】|「[^「」]{2,12}」|〖[^〖〗]{2,12}〗)[^，,。：:；;！？!?]{0,10}$|^[^\s，。：:·]{2,8}[·•][^\s，。：:·]{2,8}$/;

/** The part of a series printed alone under its headline: （上）, （下）, （之二）, （续）. Part of the title, not a note. */
export const SERIAL_PART = /^[（(](?:上|中|下|续|之[一二三四五六七八九十\d]{1,3})[）)]$/;

/** A jump line sending the reader to another page: （下转第2版）, 转第3版. The story goes on there, not here. */
export const JUMP_OUT = /^[（(]?(?:下转|转第|转\s*\d)/;

/**
 * A line that is a date and nothing else: how a notice, a letter or an appeal signs off (落款), under
 * the name of who issued it: 2023年5月6日, 二〇二三年五月六日.
 */
export const SIGN_OFF_DATE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
/** A jump line bringing a story in from another page: （上接第1版）, 接第3版. What follows is that story's rest. */
export const JUMP_IN = /^[（(]?(?:上接|接)\s*第?\s*[\d一二三四五六七八九十]{1,3}\s*版/;

/** Editor correction markup: a line `@@ headline`, `@@ section 民生` … (see README). */
export const EDITOR_MARKER = /^@@\s*(\S+)(?:\s+(.*\S))?\s*$/;
