/**
 * The splitter's regular expressions, each named after the newspaper convention it recognises. Stages
 * import them by name; tests/lib/split/patterns.test.ts says what each must and must not match.
 *
 * Everything here is a convention of Chinese newspaper pages (大同日报 and other city papers), never a
 * string from one particular page.
 */

/** A Chinese personal name as printed in bylines: two to four Han characters (复姓 included). */
export const NAME = '[\\u4e00-\\u9fff]{2,4}';

/**
 * A name at the end of running text: two or three characters, so that a verb phrase after 记者
 * (记者调查发现) is not taken for a four-character name.
 */
export const SHORT_NAME = '[\\u4e00-\\u9fff]{2,3}';

/** One Han character. */
export const HAN = /[\u4e00-\u9fff]/;

/**
 * Words that say what a person did. Longest first, so 本报见习记者 wins over 记者. The role recorded for
 * each is in `BYLINE_ROLE_OF` (bylines.ts).
 */
export const BYLINE_ROLE_WORDS = [
  '本报融媒体记者',
  '本报全媒体记者',
  '本报首席记者',
  '本报特约记者',
  '本报见习记者',
  '本报实习记者',
  '本报摄影记者',
  '本报通讯员',
  '本报记者',
  '融媒体记者',
  '全媒体记者',
  '首席记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '摄影记者',
  '学生记者',
  '校园记者',
  '小记者',
  '记者',
  '特约通讯员',
  '通讯员',
  '实习生',
  '特约撰稿',
  '指导教师',
  '指导老师',
  '摄影',
  '文/图',
  '图/文',
  '文图',
  '文/',
  '图/',
] as const;

/** Words in a byline that name no person and change no role: 摄影报道, 联合报道, 供稿. */
export const BYLINE_FILLER_WORDS = ['摄影报道', '联合报道', '报道', '供稿', '采写', '图文'] as const;

/** Ornaments and brackets printed around a byline line: ■本报记者 张三, （记者 李四）. */
export const BYLINE_ORNAMENT = /^[■□●◆◇▲△★☆（(【[]+|[）)】\]]+$/g;

/** Suffixes printed after a name: 田雁撰, 辛莉莉摄, 张三 文. */
export const BYLINE_NAME_SUFFIX = /^([\u4e00-\u9fff]{2,4}?)(撰|摄|整理|报道)$/;

/**
 * The lead of a news brief: 本报讯（记者 张鑫）, 本报(记者 董芳), 本报3月5日讯（记者 …）, and without
 * brackets 本报讯 记者张三 通讯员李四报道：. Group 1 holds the people.
 */
export const BYLINE_LEAD =
  /^\s*本报(?:[^（(\s]{0,10}?讯|讯)?\s*(?:[（(]\s*([^（()）]{1,60}?)\s*[）)]|讯?\s+((?:[^\s，。：:]{0,6}(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*){1,4})(?:报道)?[：:\s])/;

/** A wire or agency lead that also opens a news brief: 新华社北京3月5日电（记者 …）. */
export const WIRE_LEAD = /^\s*(?:新华社|中新社|人民网|山西日报)[^，。]{0,16}?电\s*[（(]\s*([^（()）]{1,60}?)\s*[）)]/;

/** A byline run into the end of a story's last paragraph: …的秘密。本报记者 孙露 · …。（通讯员 李四） */
export const TRAILING_BYLINE = new RegExp(
  `([。！？!?”」』])\\s*[（(]?\\s*((?:本报)?(?:见习|实习|首席|特约)?记者|通讯员)\\s*(?!了解|获悉|看到|注意|采访|发现|走访|来到|跟随|从|在|随)(${SHORT_NAME}(?:[\\s、，,]+${SHORT_NAME}){0,3})\\s*[）)]?\\s*$`,
);

/** An affiliation printed after a name in a byline: 小记者 王小明（大同一中）. */
export const BYLINE_AFFILIATION = /(?<=[\u4e00-\u9fff])[（(][^（()）]{1,20}[）)]/g;

/** A photo credit on its own line: 资料图片, 辛莉莉摄, 本报记者 张鑫 摄, 图片由…提供, 摄影 王五. */
export const PHOTO_CREDIT = new RegExp(
  [
    '^(?:资料图片|资料照片|网络图片|图片来源[:：].{1,30}|图片由.{1,20}提供)$',
    `^(?:(?:本报)?(?:见习|实习|首席|特约|摄影)?记者\\s*|通讯员\\s*)?${NAME}(?:[\\s、]+${NAME}){0,2}\\s*[/／]?\\s*摄影?$`,
    `^(?:摄影|图)\\s*[:：/]?\\s*${NAME}(?:\\s+${NAME}){0,2}$`,
  ].join('|'),
);

/** A caption that says so: 图为…, 上图：…, 图一 …, ▲ … */
export const CAPTION_LEAD = /^(?:图为|(?:上|下|左|右|中)图[:：为]|图[一二三四五六七八九1-9][:：\s]|[▲△▼◀►])/;

/**
 * Page furniture: the footer naming the page's editors, page numbers, the running head's date line
 * (2021年4月9日 星期五) and jump lines of a story continued on another page (下转第2版, 上接第1版).
 */
export const FURNITURE =
  /^[（(]?(?:下转|上接|转第|接第|转\s*\d)[^）)]{0,8}版[）)]?$|^(?:责任编辑|责编|版面设计|美术编辑|本版编辑|本版主编|组版|校对|版式设计|版面编辑|排版)[\s:：]|^第?\s*\d{1,2}\s*版$|^\d{1,3}$|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]$/;

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

/** The label of a box printed inside a story: 温馨提示：, 相关链接, 小贴士, 编者按. */
export const SIDEBAR_LABEL =
  /^(?:温馨提示|相关链接|链接|小贴士|编者按|记者手记|背景链接|延伸阅读|名词解释|知识链接)(?:[:：]|$)/;

/**
 * Punctuation that ends a sentence, possibly inside closing quotes or brackets (。” ！） ……). A paragraph
 * ending otherwise was cut by a column break; a title may end in a bare closing quote (“加速度”).
 */
export const SENTENCE_END = /(?:[。！？!?…；;:：])[”’」』）)】》"']*$/;

/** Whether a line ends a sentence. Only its end is read: a regular expression anchored at `$` would scan a long paragraph from its start. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.slice(-12));
}

/** The byline run into the end of a paragraph, if any (only the paragraph's end is read). */
export function trailingByline(text: string): RegExpExecArray | null {
  return TRAILING_BYLINE.exec(text.slice(-40));
}

/** Punctuation inside running text; titles seldom carry a full stop or semicolon in the middle. */
export const MID_SENTENCE_STOP = /[。；;！？!?](?!$)/;

/** Editor correction markup: a line `@@ headline`, `@@ section 民生` … (see README). */
export const EDITOR_MARKER = /^@@\s*(\S+)(?:\s+(.*\S))?\s*$/;
