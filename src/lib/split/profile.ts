/**
 * Paper profiles (src/config/papers/) turned into what the stages use: the regular expressions and
 * word lists of one paper's conventions, compiled once per profile. The stages receive these rules and
 * never name a paper's words; a new lead or byline form is an entry in a profile, not an edit here.
 */
import { paperProfileSchema, type PaperProfile, type PersonRole } from '../schema.ts';
import { DOTTED_NAME, HAN_CHAR, NAME, SHORT_NAME } from './patterns.ts';

/** Lists a profile that extends another adds to it; thresholds and section cues merge key by key. */
type ListKey = {
  [K in keyof PaperProfile]: PaperProfile[K] extends readonly unknown[] ? K : never;
}[keyof PaperProfile];

export type ProfileExtension = Pick<PaperProfile, 'id' | 'name'> &
  Partial<Pick<PaperProfile, ListKey>> & {
    sectionCues?: PaperProfile['sectionCues'];
    thresholds?: Partial<PaperProfile['thresholds']>;
  };

/** A profile written as data, checked against the schema when the module loads. */
export function defineProfile(profile: PaperProfile): PaperProfile {
  return paperProfileSchema.parse(profile);
}

/** A paper's profile built on another (spaCy's per-language defaults extended by one language). */
export function extendProfile(base: PaperProfile, extension: ProfileExtension): PaperProfile {
  const merged: Record<string, unknown> = { ...base, id: extension.id, name: extension.name };
  for (const [key, value] of Object.entries(extension)) {
    const inherited = base[key as keyof PaperProfile];
    if (Array.isArray(value) && Array.isArray(inherited)) merged[key] = [...new Set([...value, ...inherited])];
  }
  const sectionCues: Record<string, string[]> = {};
  for (const [section, cues] of Object.entries({ ...base.sectionCues, ...extension.sectionCues })) {
    const inherited = base.sectionCues[section as keyof PaperProfile['sectionCues']] ?? [];
    sectionCues[section] = [...new Set([...inherited, ...(cues ?? [])])];
  }
  merged['sectionCues'] = sectionCues;
  merged['thresholds'] = { ...base.thresholds, ...extension.thresholds };
  return paperProfileSchema.parse(merged);
}

export interface RoleWord {
  /** Characters of the text the role word takes up, affiliation and self-name included. */
  length: number;
  role: PersonRole;
}

export interface PaperRules {
  profile: PaperProfile;
  /**
   * A story's opening lead: 本报讯（记者 …）, 【本报讯】, 本报3月5日讯, 本报太原5月6日电（…）, <报名>讯（…）,
   * 本报讯 记者X 通讯员Y报道：, a wire lead of any agency. Group `mark` holds 讯/电; `bracketed` or
   * `plain` the people. Use `readLead`, which also refuses a match that is neither.
   */
  lead: RegExp;
  /** A byline run into the end of a story's last paragraph: …。本报记者 孙露, …。（通讯员 李四） */
  trailingByline: RegExp;
  /** A photo credit line: 资料图片, 辛莉莉摄, 本报记者 张鑫 摄, 图片由…提供, 本版图片均为记者X摄. */
  photoCredit: RegExp;
  /** Page furniture: the editors' footer, page numbers, running-head dates, jump lines. */
  furniture: RegExp;
  /** The label of a box printed inside a story. */
  sidebarLabel: RegExp;
  /** The note on a contributed piece's writer: （作者单位：…）, 作者系…. Read by `isAuthorNote`. */
  authorNote: RegExp;
  /** A desk signing for the paper: 本报评论员, 本报联合调查组, 新华社评论员 (ornaments stripped first). */
  deskByline: RegExp;
  /** The label of an editor's note that introduces the story printed under it (编者按：…). */
  introLabel: RegExp;
  /** A notice's title: 遗失声明, 招聘启事, 关于城东片区停水的公告（第2号）. */
  noticeTitle: RegExp;
  /** A photo news rubric on its own line: 图说, 【图片新闻】. */
  photoRubric: RegExp;
  /** A brief column's rubric on its own line: 简讯, 城事速览, ■一句话新闻■. */
  briefRubric: RegExp;
  /** A brief's ornament and its run-in head, if printed (■县城新增公交线路 5月6日起，…): group 1 the head. */
  briefHead: RegExp;
  /** Ornaments and brackets around a byline (global: for replace). */
  ornament: RegExp;
  /** A word without which a line longer than a lone name cannot be a byline (a quick test). */
  bylineHint: RegExp;
  /** The opening of a news report's text: 近日，…, 3月5日上午，…, 为进一步…. */
  newsOpening: RegExp;
  /** A brief's dated opening: 12月3日下午，…, 昨天下午，…, 昨晚，…. */
  briefOpening: RegExp;
  /** A paragraph's opening that refers back to its story: 据介绍，…, 此外，…, 该校…. */
  continuationOpening: RegExp;
  /** A school or unit a writer signs with before the name: 实验小学 王小明. */
  affiliation: RegExp;
  /** Suffixes printed after a name (田雁撰, 辛莉莉摄): group 1 the name, group 2 the suffix. */
  nameSuffix: RegExp;
  suffixRole: ReadonlyMap<string, PersonRole>;
  fillers: readonly string[];
  /**
   * The role word at the start of `text` (本报记者, 晋阳晚报记者, 全媒体首席记者, 通讯员 …), or null;
   * with `employed` false, only one printed without an employer before it (记者, 通讯员).
   */
  roleAt(text: string, employed?: boolean): RoleWord | null;
  rubricCues: readonly string[];
  commentaryCues: readonly string[];
  thresholds: PaperProfile['thresholds'];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const alternation = (words: readonly string[]) => longestFirst(words).map(escape).join('|');
/** The words as a page may set them wide, a space between characters (简 讯, 相 关 链 接). */
const spaced = (words: readonly string[]) =>
  longestFirst(words)
    .map((word) => [...word].map(escape).join('\\s?'))
    .join('|');

/**
 * The paper's own name printed alone at the page's top, or dotted with its page (大同日报, 大同日报·走近平城):
 * the masthead, not a story. Another outlet's name alone may be a story's subject, so only the paper's
 * self-names count; the rest of the strip (date, page number, page name) is the running head.
 */
function ownMasthead(self: string): string {
  return `^(?:${self})(?:\\s*[·•]\\s*[^\\s，。：:]{2,8})?$`;
}

function compile(profile: PaperProfile): PaperRules {
  const self = alternation(profile.selfNames);
  // An outlet's name: a few characters and an ending (晋阳晚报, 平城新闻网, 云冈日报).
  const outlet = `${HAN_CHAR}{1,8}?(?:${alternation(profile.outletEndings)})`;
  // A news agency (新华社, 中新社) or any <name>社: wire copy and its photographers' credits name one.
  const wire = `(?:${alternation(profile.wireAgencies)}|${HAN_CHAR}{2,6}社)`;
  // A name as printed: a two-character one perhaps spaced by the typesetter (记者 张 伟).
  const printedName = `(?:${NAME}|${HAN_CHAR} ${HAN_CHAR}(?!${HAN_CHAR}))`;
  const ranks = alternation(profile.reporterRanks.map((rank) => rank.word));
  const others = alternation(profile.bylineRoles.map((role) => role.word));
  const reporter = `(?:${ranks})*记者`;
  const lead = new RegExp(
    [
      '^\\s*(?:【\\s*)?',
      '(?:',
      // 本报综合消息, 晋阳晚报综合报道, 综合新华社电: a story the desk compiled from several reports.
      `(?:${self}|${outlet})?综合(?:${wire})?(?<digestMark>消息|报道|电)(?=[\\s（(【】：:，]|$)`,
      `|(?:${self})(?:[^（(\\s【】，。：:]{0,12}?(?<!通)(?<mark>讯|电)(?![视话影力子脑网]))?`,
      `|${outlet}[^（(\\s【】，。：:]{0,12}?(?<!通)(?<outletMark>讯|电|消息)(?=[\\s（(【】：:]|$)`,
      // 据新华社电, 据新华社北京3月5日电: wire copy the paper reprints opens with its dateline too.
      `|(?:据)?(?!据)${wire}[^（(\\s【】，。：:]{0,16}?(?<wireMark>电)`,
      ')',
      '(?:\\s*】)?\\s*',
      '(?:[（(【]\\s*(?<bracketed>[^（()）【】]{1,60}?)\\s*[）)】]',
      // 本报讯（记者 王五）（通讯员 赵六）: each desk's people in a bracket of their own.
      `(?:\\s*[（(【]\\s*(?<second>(?:${self})?(?:${reporter}|${others})[^（()）【】]{1,40}?)\\s*[）)】])?`,
      `|(?<plain>(?:[^\\s，。：:（(]{0,8}?(?:${reporter}|${others})\\s*${printedName}(?:[\\s、]+${printedName})*\\s*){1,4})(?:报道)?[：:\\s])?`,
    ].join(''),
  );
  // A name signing a story off: two or three characters, a dotted name, or two set wide (张 伟).
  const signing = `(?:${DOTTED_NAME}|${SHORT_NAME}|${HAN_CHAR} ${HAN_CHAR}(?!${HAN_CHAR}))`;
  const trailingByline = new RegExp(
    `([。！？!?”」』])\\s*[（(]?\\s*((?:${self})?(?:${ranks})*记者|通讯员)\\s*(?!了解|获悉|看到|注意|采访|发现|走访|来到|跟随|从|在|随)(${signing}(?:[\\s、，,]+${signing}){0,3})\\s*[）)]?\\s*$`,
  );
  const credits = alternation(profile.creditWords);
  // Footers space their labels out to the column's width: 责 任 编 辑.
  const spacedLabels = spaced(profile.furnitureLabels);
  const ornaments = profile.bylineOrnaments.map(escape).join('');
  // Up to three names (记者 张三 李四 摄).
  const names = `${printedName}(?:[\\s、]+${printedName}){0,2}`;
  const photoCredit = new RegExp(
    [
      `^(?:${credits}|图片来源[:：].{1,30}|图片(?:均|皆)?由.{1,20}提供)$`,
      // 云湖区文旅局供图, 通讯员 赵六 供图, 视觉中国供图: whoever supplied the picture; 本报资料图片, 新华社资料图片.
      `^[^，。；！？：:]{2,24}?\\s*供图$`,
      `^(?:${self}|${outlet}|${wire})资料(?:图片|照片)$`,
      `^(?:(?:${self}|${outlet}|${wire})?(?:${ranks})*记者\\s*|通讯员\\s*)?${names}\\s*[/／]?\\s*摄影?(?:\\s*[（(](?:${credits})[）)]?)?$`,
      // 新华社发, 新华社发（张三 摄）, 新华社发 张三 摄: a photograph the agency sent, with its photographer
      // when named (the closing bracket is taken off with the ornaments).
      `^${wire}发(?:\\s*[（(]?\\s*${names}\\s*摄\\s*[）)]?|\\s+${names}\\s*摄)?$`,
      // 图/王五, 摄影：王五; not 图片新闻, whose 片新闻 would read as a name.
      `^(?:摄影|图)(?:\\s*[:：/／]\\s*|\\s+)${NAME}(?:\\s+${NAME}){0,2}$`,
      // 本版图片均为记者王五摄, 本版摄影 …: one credit for every photograph of the page.
      `^(?:本版|本组|本文)(?:图片|照片)(?:均为|均由|由)?.{2,20}(?:摄|提供)$`,
    ].join('|'),
  );
  const furniture = new RegExp(
    [
      `^[（(]?(?:下转|上接|转第|接第|转\\s*\\d)[^）)]{0,8}版[）)]?$`,
      // 责任编辑：张三, ■编辑/李四, （责任编辑 王五）, 责 任 编 辑∶张三: a label, then its separator.
      `^[${ornaments}（(【]?\\s*(?:${spacedLabels})\\s*(?:[\\s:：∶/／|｜]|$)`,
      // 邮箱：qsxw@example.com: the page's mailbox alone on its line.
      '^(?:电子)?(?:邮箱|信箱|E-?mail)\\s*[:：∶]?\\s*[\\w.+-]+@[\\w.-]+$',
      // - 3 -, ·3·, —3—: a page number between its ornaments.
      '^[-—·•]\\s*\\d{1,3}\\s*[-—·•]$',
      `^[（(【]?(?:${alternation(profile.pageNotes)})`,
      '^\\d{1,3}$',
      runningHead(self, outlet),
      ownMasthead(self),
    ].join('|'),
  );
  // The desk always names its paper: 本报评论员, not 评论员 alone (a headline may be about one).
  const deskByline = new RegExp(
    `^(?:${self}|${outlet}|${wire})(?:记者|联合|特别|专题|融媒体)?(?:${alternation(profile.deskBylines)})$`,
  );
  // Not 作者系统地梳理了…: 系统 (systematic) is a word of its own.
  const authorNote = new RegExp(`^[（(]?\\s*(?:${alternation(profile.authorNotes)})(?!统)`);
  // 相关链接, 【相关链接】, 〔小贴士〕, ■记者手记■: a box's label, perhaps in brackets or between ornaments.
  const sidebarLabel = new RegExp(
    `^(?:[${ornaments}【〔［\\[]\\s*)?(?:${spaced(profile.sidebarLabels)})(?:\\s*[${ornaments}】〕］\\]])?(?:[:：]|$)`,
  );
  const introLabel = new RegExp(`^[【\\[]?(?:${spaced(profile.introLabels)})[】\\]]?(?:[:：]|$)`);
  // A rubric is a few characters before the word; ornaments or brackets may frame it (【简讯】, ■速览■).
  const briefRubric = new RegExp(
    `^[${ornaments}【\\[]?\\s*${HAN_CHAR}{0,6}?(?:${spaced(profile.briefRubrics)})\\s*[${ornaments}】\\]]?$`,
  );
  const noticeTitle = new RegExp(
    `^[^\\s，。：:；;！？!?]{0,20}?(?:${alternation(profile.noticeEndings)})(?:[（(][^（()）]{1,8}[）)])?$`,
  );
  // 图说, 【图片新闻】, 图说青石: the rubric, perhaps with the place or theme it is given for.
  const photoRubric = new RegExp(
    `^[${ornaments}【\\[]?\\s*${HAN_CHAR}{0,4}?(?:${spaced(profile.photoRubrics)})${HAN_CHAR}{0,4}\\s*[${ornaments}】\\]]?$`,
  );
  const briefHead = new RegExp(`^[${ornaments}]\\s*(?:([^\\s，。：:；;！？!?]{4,24})\\s+(?=\\S))?`);
  const ornament = new RegExp(`^[${ornaments}（(【[\\s]+|[）)】\\]]+$`, 'g');
  // Any role word, name suffix or filler of the profile, or the slash of 张三/文.
  const hints = [
    '记者',
    ...profile.bylineRoles.map((role) => role.word),
    ...profile.nameSuffixes.map((suffix) => suffix.word),
    ...profile.bylineFillers,
  ];
  const bylineHint = new RegExp(`${alternation(hints)}|[/／]`);
  // 实验小学 王小明, 云湖一中 高一（3）班 王小明: a school, then perhaps its class, before the name.
  const unit = `(?:${HAN_CHAR}|[\\d（()）])`;
  const unitName = `${HAN_CHAR}${unit}{1,19}?(?:${alternation(profile.affiliationEndings)})`;
  const affiliation = new RegExp(`^${unitName}(?:\\s${unitName})?(?=\\s)`);
  const suffixes = profile.nameSuffixes.map((suffix) => suffix.word);
  const nameSuffix = new RegExp(`^(${HAN_CHAR}{2,4}?)(${alternation(suffixes)})$`);

  const rankRole = new Map(profile.reporterRanks.map((rank) => [rank.word, rank.role]));
  const otherRole = new Map(profile.bylineRoles.map((role) => [role.word, role.role]));
  // 本报记者, 晋阳晚报记者, 实验小学三年级2班小记者: who employs the person, then the role word.
  const units = alternation(profile.affiliationEndings);
  // 本报驻云湖记者: a paper's correspondent stationed in a place (驻站记者), the place between paper and rank.
  const stationed = `(?:驻${HAN_CHAR}{1,8}?(?=(?:${ranks})*记者))?`;
  const employer = new RegExp(
    `^(?:(?:${self}|${outlet}|${wire})${stationed}|[^\\s，。：:、（()）]{1,14}(?:${units}))?`,
  );
  const rankAt = new RegExp(`^(?:${ranks})`);
  const otherAt = new RegExp(`^(?:${others})`);
  const roleAt = (text: string, employed = true): RoleWord | null => {
    // Without an employer first: 见习记者 is a rank and a role, not 见习 employing a 记者.
    for (const prefix of new Set(['', employed ? (employer.exec(text)?.[0] ?? '') : ''])) {
      let at = prefix.length;
      let role: PersonRole = '记者';
      for (let rank = rankAt.exec(text.slice(at)); rank; rank = rankAt.exec(text.slice(at))) {
        const given = rankRole.get(rank[0])!;
        // The most specific rank names the role: 全媒体首席记者 is a 首席记者, 摄影记者 a photographer.
        if (given !== '记者' && role !== '摄影') role = given;
        at += rank[0].length;
      }
      if (text.startsWith('记者', at)) return { length: at + 2, role };
      const other = otherAt.exec(text.slice(prefix.length));
      if (other) return { length: prefix.length + other[0].length, role: otherRole.get(other[0])! };
    }
    return null;
  };
  return {
    profile,
    lead,
    trailingByline,
    photoCredit,
    furniture,
    sidebarLabel,
    authorNote,
    deskByline,
    introLabel,
    briefRubric,
    briefHead,
    photoRubric,
    noticeTitle,
    ornament,
    bylineHint,
    // 据新华社报道，…, 据《云冈日报》报道，…: a report retold from another outlet opens with its source.
    newsOpening: new RegExp(
      `^(?:${alternation(profile.newsOpenings)}|\\d{1,2}月\\d{1,2}日|据(?:${wire}|《[^》]{1,16}》)[^，。]{0,12}?(?:报道|电|消息))`,
    ),
    continuationOpening: new RegExp(`^(?:${alternation(profile.continuationOpenings)})`),
    briefOpening: new RegExp(
      `^(?:(?:\\d{1,2}月\\d{1,2}日|昨天|今天|昨日|今日)(?:${alternation(profile.timesOfDay)})|昨晚|今晨|昨夜)[，,]?`,
    ),
    affiliation,
    nameSuffix,
    suffixRole: new Map(profile.nameSuffixes.map((suffix) => [suffix.word, suffix.role])),
    fillers: longestFirst(profile.bylineFillers),
    roleAt,
    rubricCues: profile.rubricCues,
    commentaryCues: profile.commentaryCues,
    thresholds: profile.thresholds,
  };
}

/** A page number as papers print it: A03, A03版, 第5版, 第五版, 5版, 版次：05. */
const PAGE_NUMBER =
  '(?:第\\s*[一二三四五六七八九十\\d]{1,3}\\s*版|[A-Z]{1,2}\\s?\\d{1,2}(?:\\s*版)?|\\d{1,2}\\s*版|版次\\s*[:：]?\\s*[A-Z]?\\d{1,2})';
/** A date in a running head: 2023年5月6日, 2023-05-06. */
const HEAD_DATE = '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})';
/** What a running head prints beside its date: the weekday, the lunar date, the issue number (星期六, 农历四月十七, 第8123期). */
const HEAD_MARK =
  '(?:(?:星期|礼拜|周)[一二三四五六日天]|农历(?:\\S{2}年)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅]?[一二三四五六七八九十]?|总?第\\s*\\d{2,6}\\s*期)';

/**
 * A running head (报眉): the page's number, its date and weekday, the paper's name and the page's own
 * name (城事, 社区周刊·民生), in any order and spacing, and nothing else. It carries a page number or a
 * weekday, or the paper's name beside the date, so that a headline naming a date is not one. Words stand
 * apart by a space or a separator, and only numbers and the marks beside them are printed close
 * together, so a line of running text is never cut into words here (nor read past a running head's length).
 */
function runningHead(self: string, outlet: string): string {
  const paper = `(?:${self}|${outlet})`;
  const pageName = `${HAN_CHAR}{2,6}(?:·${HAN_CHAR}{2,6})?`;
  // Some heads print the page number bare after the date or weekday (星期五 5 走近平城).
  const barePageNumber = '(?<=[日一二三四五六天]\\s+)\\d{1,2}(?=\\s)';
  const token = `(?:${PAGE_NUMBER}|${HEAD_DATE}|${HEAD_MARK}|${barePageNumber}|${paper}|${pageName})`;
  // Printed close together: a date and its weekday (2023年5月6日星期六), a name and a page number (城事5版).
  const separator = '(?:\\s*[|｜/／·:：]\\s*|\\s+|(?<=[\\d日期版])(?=[\\d星周礼农总第A-Z])|(?<=\\S)(?=\\d))';
  // The page number or weekday stands as a word of its own, not inside one (第三版块).
  const marked = `(?:^|.*?[\\s|｜/／·:：\\d日期版])(?:${PAGE_NUMBER}|${HEAD_MARK})(?:$|[\\s|｜/／·:：\\d])`;
  const carries = `(?=${marked}|${paper}\\s*${HEAD_DATE}|.*?${HEAD_DATE}\\s*${paper}$)`;
  return `^(?=.{2,60}$)${carries}${token}(?:${separator}${token})*$`;
}

const compiled = new WeakMap<PaperProfile, PaperRules>();

/** The rules of a profile, compiled the first time they are asked for. */
export function rulesOf(profile: PaperProfile): PaperRules {
  let rules = compiled.get(profile);
  if (!rules) {
    rules = compile(profile);
    compiled.set(profile, rules);
  }
  return rules;
}

/** Longest note on a writer: （作者单位：…） names a unit, 作者系… a post, never a paragraph's worth. */
const AUTHOR_NOTE_MAX = 60;

/** A notice's title, set wide as notices often are (公 告, 招 聘 启 事) or not. */
export function isNoticeTitle(text: string, rules: PaperRules): boolean {
  return rules.noticeTitle.test(text.includes(' ') ? text.replaceAll(' ', '') : text);
}

/**
 * Whether a line is the note on a story's writer printed after its text, in brackets or bare:
 * （作者单位：云湖市第三中学）, 作者系市社科院研究员. One sentence at most: a paragraph that goes on is text.
 */
export function isAuthorNote(text: string, rules: PaperRules): boolean {
  return text.length <= AUTHOR_NOTE_MAX && rules.authorNote.test(text) && !/[。！？!?；;][^）)]/.test(text);
}

/** Characters of a paragraph a lead's opening and names can take: 【本报讯】… 本报讯（记者 … 通讯员 …）. */
const LEAD_REACH = 100;
/** Every lead prints one of these: 讯, 电, 消息, 综合 (本报综合报道), or the bracket of 本报（记者 …）. */
const LEAD_SIGN = /[讯电（(]|消息|综合/;

export interface Lead {
  /** The lead's opening as printed (本报讯（记者 张鑫）), kept as the story's byline when it names people. */
  opening: string;
  /** The people it names (记者 张鑫), or null for a lead without names (本报讯 近日，…). */
  people: string | null;
}

/** The news lead a paragraph opens with, or null. */
export function readLead(text: string, rules: PaperRules): Lead | null {
  // A lead's opening and its names fit in its first characters; a long paragraph is not read through.
  const opening = text.slice(0, LEAD_REACH);
  if (!LEAD_SIGN.test(opening)) return null;
  const match = rules.lead.exec(opening);
  if (!match?.groups) return null;
  const { mark, outletMark, wireMark, digestMark, bracketed, second, plain } = match.groups;
  const people = [bracketed ?? plain, second].filter(Boolean).join(' ').trim() || null;
  const marked = Boolean(mark || outletMark || wireMark || digestMark);
  // 本报（记者 董芳） needs no 讯; names without brackets follow one (本报讯 记者X报道：), or the line is a
  // byline (本报记者 张三 见习记者 李四), and a bracket without a role word is no lead's.
  if (!marked && !(bracketed && rules.bylineHint.test(bracketed))) return null;
  return { opening: match[0].trim(), people };
}
