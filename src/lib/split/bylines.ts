/**
 * Bylines: who wrote or photographed a story. Reads a byline line (本报记者 孙鑫 见习记者 王春艳,
 * 田雁撰, 文/图 张三), the bracket of a news lead (记者 张鑫) or a byline run into a story's last line,
 * and returns the people with their roles kept apart. Returns null when the text is not a byline, so
 * callers can use it as a test.
 */
import type { Person } from '../schema.ts';
import {
  BYLINE_AFFILIATION,
  BYLINE_FILLER_WORDS,
  BYLINE_NAME_SUFFIX,
  BYLINE_ORNAMENT,
  BYLINE_ROLE_WORDS,
} from './patterns.ts';

type Role = Person['role'];

const BYLINE_ROLE_OF: Readonly<Record<(typeof BYLINE_ROLE_WORDS)[number], Role>> = {
  本报融媒体记者: '记者',
  本报全媒体记者: '记者',
  本报首席记者: '首席记者',
  本报特约记者: '特约记者',
  本报见习记者: '见习记者',
  本报实习记者: '实习记者',
  本报摄影记者: '摄影',
  本报通讯员: '通讯员',
  本报记者: '记者',
  首席记者: '首席记者',
  特约记者: '特约记者',
  见习记者: '见习记者',
  实习记者: '实习记者',
  融媒体记者: '记者',
  全媒体记者: '记者',
  摄影记者: '摄影',
  学生记者: '学生记者',
  校园记者: '学生记者',
  小记者: '学生记者',
  特约通讯员: '通讯员',
  记者: '记者',
  通讯员: '通讯员',
  实习生: '实习生',
  特约撰稿: '作者',
  指导教师: '指导教师',
  指导老师: '指导教师',
  摄影: '摄影',
  '文/图': '作者',
  '图/文': '作者',
  文图: '作者',
  '文/': '作者',
  '图/': '摄影',
};

const SUFFIX_ROLE: Readonly<Record<string, Role>> = { 撰: '作者', 文: '作者', 整理: '作者', 报道: '作者', 摄: '摄影' };

/** Characters that separate names: spaces, 、，, and the colon of 记者：张三. */
const SEPARATOR = /^[\s、，,;；:：]+/;
const HAN_RUN = /^[\u4e00-\u9fff]+/;

export interface Byline {
  people: Person[];
  /** True when a role word or name suffix was printed, not just bare names. */
  hasRole: boolean;
}

export function parseByline(text: string): Byline | null {
  const people: Person[] = [];
  let role: Role = '作者';
  let hasRole = false;
  let rest = text.trim().replace(BYLINE_AFFILIATION, ' ').replace(BYLINE_ORNAMENT, '').trim();
  let namedSinceRole = true;
  if (rest === '' || rest.length > 60) return null;
  while (rest !== '') {
    const separator = SEPARATOR.exec(rest);
    if (separator) {
      rest = rest.slice(separator[0].length);
      continue;
    }
    const filler = BYLINE_FILLER_WORDS.find((candidate) => rest.startsWith(candidate));
    if (filler) {
      rest = rest.slice(filler.length);
      continue;
    }
    const word = BYLINE_ROLE_WORDS.find((candidate) => rest.startsWith(candidate));
    if (word) {
      // 图/本报记者 李四: a photo credit's 图/ stays the role when a title follows it before any name.
      const next = BYLINE_ROLE_OF[word];
      if (namedSinceRole || role !== '摄影') role = next;
      namedSinceRole = false;
      hasRole = true;
      rest = rest.slice(word.length);
      continue;
    }
    // 张三/文 李四/图: the role printed after the name, behind a slash.
    const slashed = /^[/／]\s*(文|图|摄)/.exec(rest);
    if (slashed && people.length > 0) {
      if (slashed[1] !== '文') people[people.length - 1]!.role = '摄影';
      hasRole = true;
      rest = rest.slice(slashed[0].length);
      continue;
    }
    const run = HAN_RUN.exec(rest)?.[0];
    if (!run) return null;
    const suffixed = BYLINE_NAME_SUFFIX.exec(run);
    if (suffixed && run.length >= 3) {
      // 报道 says what the people before it did, not who they are: 记者李华 通讯员赵强报道.
      const suffix = suffixed[2] ?? '';
      people.push({ name: suffixed[1] ?? run, role: suffix === '报道' ? role : (SUFFIX_ROLE[suffix] ?? '作者') });
      hasRole = true;
    } else if (run.length >= 2 && run.length <= 4) {
      people.push({ name: run, role });
      namedSinceRole = true;
    } else if (run === '摄' || run === '文' || run === '撰') {
      // 张鑫 摄: the suffix printed apart from the name belongs to the names before it.
      const suffixRole = SUFFIX_ROLE[run] ?? '作者';
      for (const person of people) person.role = suffixRole;
      hasRole = true;
    } else {
      return null;
    }
    rest = rest.slice(run.length);
  }
  // Without a role word only a lone author's name (闫昌) is a byline; two bare words are a headline.
  if (!hasRole && (people.length !== 1 || people[0]!.name.length > 3)) return null;
  return people.length > 0 ? { people, hasRole } : null;
}

/** The names of a story's writers: everyone but its photographers and the teachers of student reporters. */
export function reporterNames(people: readonly Person[]): string[] {
  return [
    ...new Set(
      people.filter((person) => person.role !== '摄影' && person.role !== '指导教师').map((person) => person.name),
    ),
  ];
}
