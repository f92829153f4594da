/**
 * Bylines: who wrote or photographed a story. Reads a byline line (本报记者 孙鑫 见习记者 王春艳,
 * 田雁撰, 文/图 张三, 晋阳晚报记者 张三 通讯员 李四, 王五文/图), the bracket of a news lead (记者 张鑫)
 * or a byline run into a story's last line, and returns the people with their roles kept apart. The
 * role words, ornaments and suffixes are the paper profile's. Returns null when the text is not a
 * byline, so callers can use it as a test.
 */
import type { Person } from '../schema.ts';
import { BYLINE_AFFILIATION, BYLINE_DATELINE, COMPOUND_SURNAME, DOTTED_NAME, HAN_CHAR, NAME_DOT } from './patterns.ts';
import type { PaperRules } from './profile.ts';

type Role = Person['role'];

/** Characters that separate names: spaces, 、，, and the colon of 记者：张三. */
const SEPARATOR = /^[\s、，,;；:：]+/;
/** A run of Han characters, or of name parts joined by the 间隔号 (阿依古丽·买买提), which is one person. */
const HAN_RUN = new RegExp(`^${HAN_CHAR}+(?:${NAME_DOT}${HAN_CHAR}+)*`);
const DOTTED = new RegExp(`^${DOTTED_NAME}$`);
/** 张三/文 李四/图: the role printed after the name, behind a slash. */
const SLASHED_ROLE = /^[/／]\s*(文|图|摄)/;
/** 王五文/图, 欧阳晓文/摄, 张三图/文: a reporter who also took the photographs, the role glued to the name. */
const GLUED_TEXT_AND_PHOTO = new RegExp(`^(${HAN_CHAR}{2,4}?)\\s*(?:文\\s*[/／]\\s*[图摄]|图\\s*[/／]\\s*文)`);
/** One character, a space, one or two more: a name the extractor split (张 三). */
const SPLIT_NAME = new RegExp(`^(${HAN_CHAR}) (${HAN_CHAR}{1,2})(?=$|[\\s、，,])`);
const LONE_SPACED_NAME = new RegExp(`^${HAN_CHAR} ${HAN_CHAR}$`);
const COMPOUND_FOUR = new RegExp(`^${COMPOUND_SURNAME}${HAN_CHAR}{2}$`);

/**
 * A name that is a byline without a role word: three characters at most (a four-character run is as
 * often a phrase: 铮铮硬汉), or a compound surname's four (欧阳明远).
 */
function isBareName(name: string): boolean {
  return name.length <= 3 || COMPOUND_FOUR.test(name);
}

/** A compound surname spaced from the given name (欧阳 明远): a 复姓 alone is nobody's name, wherever it stands. */
const SPLIT_COMPOUND_NAME = new RegExp(`^(${COMPOUND_SURNAME}) (${HAN_CHAR}{1,2})(?=$|[\\s、，,])`);

export interface Byline {
  people: Person[];
  /** True when a role word or name suffix was printed, not just bare names. */
  hasRole: boolean;
}

/** The Han run at the start of `rest`, cut before a role word run into it (欧阳晓明通讯员李四). */
function nameRun(rest: string, rules: PaperRules): string | undefined {
  const run = HAN_RUN.exec(rest)?.[0];
  if (!run) return undefined;
  for (let cut = 2; cut < run.length - 1; cut++) {
    const rest = run.slice(cut);
    // Only a role word printed without an employer cuts a run (欧阳晓明通讯员李四), and not one that opens
    // with a character a name may hold (王小明, 李文).
    if ((rules.roleAt(rest, false)?.length ?? 0) >= 2 && !/^[小文图]/.test(rest)) return run.slice(0, cut);
  }
  return run;
}

export function parseByline(text: string, rules: PaperRules): Byline | null {
  const people: Person[] = [];
  let role: Role = '作者';
  let hasRole = false;
  // 文 / 张三, 文／张三: the slash of a credit however the typesetter spaced or widened it.
  let rest = text
    .trim()
    .replace(BYLINE_AFFILIATION, ' ')
    .replace(rules.ornament, '')
    .replace(/\s*[/／]\s*/g, '/')
    .trim();
  let namedSinceRole = true;
  const bracketed = /^[（(][^（()）]+[）)]$/.test(text.trim());
  // A filler printed with names credits them (图文：张三, 张三 报道, 李四 采写), though it gives no role.
  let credited = false;
  if (rest === '' || rest.length > 60) return null;
  // 实验小学 王小明: the writer's school or unit, printed before the name, names no one.
  const unit = rules.affiliation.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  while (rest !== '') {
    const separator = SEPARATOR.exec(rest);
    if (separator) {
      rest = rest.slice(separator[0].length);
      continue;
    }
    const word = rules.roleAt(rest);
    const filler = rules.fillers.find((candidate) => rest.startsWith(candidate));
    // The longer reading wins: 摄影报道 is a filler, 图文/张三 a role word over the filler 图文.
    if (filler && filler.length >= (word?.length ?? 0)) {
      credited = true;
      rest = rest.slice(filler.length);
      continue;
    }
    // 本报特派记者 张三 发自北京: where the report was filed from names no one.
    const dateline = people.length > 0 ? BYLINE_DATELINE.exec(rest) : null;
    if (dateline) {
      rest = rest.slice(dateline[0].length);
      continue;
    }
    if (word) {
      // A role word names the people after it (记者 张三); one with none after it ends a headline (致敬最美记者),
      // except the credits printed after the names (张三 李四 文/图).
      const after = rest.slice(word.length).trim();
      if (after === '' && !/[/／]|图/.test(rest.slice(0, word.length))) return null;
      // 图/本报记者 李四: a photo credit's 图/ stays the role when a title follows it before any name.
      if (namedSinceRole || role !== '摄影') role = word.role;
      namedSinceRole = false;
      hasRole = true;
      rest = rest.slice(word.length);
      continue;
    }
    const slashed = SLASHED_ROLE.exec(rest);
    if (slashed && people.length > 0) {
      if (slashed[1] !== '文') people[people.length - 1]!.role = '摄影';
      hasRole = true;
      rest = rest.slice(slashed[0].length);
      continue;
    }
    const glued = GLUED_TEXT_AND_PHOTO.exec(rest);
    if (glued?.[1]) {
      people.push({ name: glued[1], role: role === '摄影' ? '作者' : role });
      hasRole = true;
      namedSinceRole = true;
      rest = rest.slice(glued[0].length);
      continue;
    }
    // A single character is no name: one spaced from the next is a two-character name (张 伟) after a role
    // word, among names signing in brackets (（张 伟 李四）), or where it is all the line holds (a
    // commentary's author under its headline).
    const spaced = hasRole || bracketed || (people.length === 0 && LONE_SPACED_NAME.test(rest));
    const single = spaced ? SPLIT_NAME.exec(rest) : null;
    // …but not a suffix or credit printed apart: 记者 王五 摄 李四 is a photographer and a name.
    const split =
      SPLIT_COMPOUND_NAME.exec(rest) ??
      (single && !rules.suffixRole.has(single[1]!) && !/^[文图]$/.test(single[1]!) ? single : null);
    if (split) {
      people.push({ name: `${split[1]}${split[2]}`, role });
      namedSinceRole = true;
      rest = rest.slice(split[0].length);
      continue;
    }
    const run = nameRun(rest, rules);
    if (!run) return null;
    const suffixed = rules.nameSuffix.exec(run);
    if (rules.suffixRole.has(run) || run === '文') {
      // 张鑫 摄, 王小川 整理: the suffix printed apart from the name belongs to the names before it.
      const suffixRole = rules.suffixRole.get(run) ?? '作者';
      for (const person of people) person.role = suffixRole;
      hasRole = true;
    } else if (DOTTED.test(run)) {
      people.push({ name: run, role });
      namedSinceRole = true;
    } else if (suffixed && run.length >= 3) {
      // 报道 says what the people before it did, not who they are: 记者李华 通讯员赵强报道.
      const suffix = suffixed[2] ?? '';
      people.push({
        name: suffixed[1] ?? run,
        role: suffix === '报道' ? role : (rules.suffixRole.get(suffix) ?? '作者'),
      });
      // …and alone it is a series' label as often (两会报道, 深度报道): only 撰, 摄, 整理 make a byline.
      if (suffix !== '报道') hasRole = true;
    } else if (run.length >= 2 && run.length <= 4) {
      people.push({ name: run, role });
      namedSinceRole = true;
    } else {
      return null;
    }
    rest = rest.slice(run.length);
  }
  if (credited && people.length > 0) hasRole = true;
  // Without a role word only a lone author's name (闫昌, 欧阳明远), or names in brackets (（张三 李四）), is a
  // byline; two bare words are a headline.
  if (!hasRole && !bracketed && (people.length !== 1 || !isBareName(people[0]!.name))) return null;
  if (!hasRole && bracketed && people.some((person) => !isBareName(person.name))) return null;
  return people.length > 0 ? { people, hasRole } : null;
}

/**
 * A bracket closing a paragraph after its last sentence: …指导。（通讯员 赵六 记者 张 伟）. Papers sign a
 * brief off this way, with every role of a byline printed under a headline.
 */
const CLOSING_BRACKET = /[。！？!?”」』]\s*[（(]([^（()）]{2,40})[）)]\s*$/;

export interface TrailingByline {
  /** The sign-off as printed, without its brackets: 本报记者 孙露, 通讯员 赵六 记者 张伟. */
  text: string;
  people: Person[];
}

/** The byline run into the end of a paragraph, if any (only the paragraph's end is read). */
export function trailingByline(text: string, rules: PaperRules): TrailingByline | null {
  const run = rules.trailingByline.exec(text.slice(-40));
  if (run) {
    const signed = `${run[2]} ${run[3]}`;
    return { text: signed, people: parseByline(signed, rules)?.people ?? [] };
  }
  // In brackets, any byline with a role word (（通讯员 赵六 记者 张伟）). Bare names in brackets run into the
  // text are as often a note (（待续）, （续完）) or the people the story is about as its writers, and a
  // photographer alone (（张三 摄）) credits the picture the line captions, not the story.
  const inner = CLOSING_BRACKET.exec(text.slice(-48))?.[1];
  const byline = inner === undefined ? null : parseByline(inner, rules);
  if (!byline?.hasRole || byline.people.every((person) => person.role === '摄影')) return null;
  return { text: inner!.trim(), people: byline.people };
}

/**
 * The names of a story's reporters: everyone its byline credits, the photographer of 文/张三 图/李四 or
 * 王五 摄 too (a byline's 图/ credits a reporter of the story, as the labelled pages count them), but the
 * teachers of student reporters, who supervised and did not report.
 */
export function reporterNames(people: readonly Person[]): string[] {
  return [...new Set(people.filter((person) => person.role !== '指导教师').map((person) => person.name))];
}
