/**
 * The reader's view of the archive: every issue and article, indexed once for all the listing pages.
 *
 * `buildArchive` makes a single pass over the issues (plus one sort), so a synthetic archive of
 * thousands of issues costs O(n log n) once per build; pages look things up in the maps instead of
 * filtering the whole archive per page, which would make the build quadratic.
 */
import { SECTIONS, type SectionName } from '../../config/sections.ts';
import type { Article, Issue, ReporterAlias } from '../schema.ts';
import { aliasesOf, reporterResolver, type ReporterResolver } from './reporter-aliases.ts';

/** An article together with the issue it was printed in. */
export interface Entry {
  article: Article;
  issue: Issue;
}

export interface MonthGroup {
  month: number;
  issues: Issue[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
  issues: Issue[];
  articleCount: number;
}

export interface Archive {
  /** Newest first: the order readers browse in. */
  issues: Issue[];
  /** Newest issue first, each issue's articles in page order. */
  entries: Entry[];
  issueById: Map<string, Issue>;
  entryById: Map<string, Entry>;
  /** Sections in the editorial order of src/config/sections.ts, empty ones included. */
  bySection: Map<SectionName, Entry[]>;
  /** Reporters by number of articles, then by name; spellings an editor mapped share one entry. */
  byReporter: Map<string, Entry[]>;
  /** The reporter page of a name as printed (邸东芳 → 邱东芳, from content/reporters.yaml). */
  reporterOf: ReporterResolver;
  /** Other spellings printed for a reporter page's name. */
  spellingsOf: (name: string) => string[];
  /** Newest year first; months and the issues in them in calendar order, as a printed index lists them. */
  years: YearGroup[];
  /** Issues whose date is unknown (no front matter): listed on the home page, not in the calendar. */
  undated: Issue[];
  /** Index of each issue id in `issues`, so the pager is O(1) per page rather than a scan. */
  position: Map<string, number>;
  /** Every article in reading order: oldest issue first, each page top to bottom. */
  readingOrder: Entry[];
  /** Index of each article id in `readingOrder`. */
  readingPosition: Map<string, number>;
}

/** Sort key: dated issues by date then page; undated ones after, by id. */
function compareIssuesNewestFirst(a: Issue, b: Issue): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if ((a.page ?? 0) !== (b.page ?? 0)) return (a.page ?? 0) - (b.page ?? 0);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function articlesInPageOrder(issue: Issue): Article[] {
  return [...issue.articles].sort((a, b) => a.order - b.order);
}

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Expects issues oldest first, so months and issues come out in calendar order without re-sorting. */
function groupByYear(oldestFirst: readonly Issue[]): YearGroup[] {
  const years = new Map<number, YearGroup>();
  for (const issue of oldestFirst) {
    if (issue.date === null) continue;
    const year = Number(issue.date.slice(0, 4));
    const month = Number(issue.date.slice(5, 7));
    let group = years.get(year);
    if (!group) {
      group = { year, months: [], issues: [], articleCount: 0 };
      years.set(year, group);
    }
    group.issues.push(issue);
    group.articleCount += issue.articles.length;
    const last = group.months.at(-1);
    if (last?.month === month) last.issues.push(issue);
    else group.months.push({ month, issues: [issue] });
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

export function buildArchive(input: readonly Issue[], aliases: readonly ReporterAlias[] = []): Archive {
  const reporterOf = reporterResolver(aliases);
  const issues = [...input].sort(compareIssuesNewestFirst);
  const entries: Entry[] = [];
  const issueById = new Map<string, Issue>();
  const entryById = new Map<string, Entry>();
  const bySection = new Map<SectionName, Entry[]>(SECTIONS.map((section) => [section.name, []]));
  const reporters = new Map<string, Entry[]>();
  for (const issue of issues) {
    issueById.set(issue.id, issue);
    for (const article of articlesInPageOrder(issue)) {
      const entry = { article, issue };
      entries.push(entry);
      entryById.set(article.id, entry);
      push(bySection, article.section, entry);
      for (const name of new Set(article.reporters.map(reporterOf))) push(reporters, name, entry);
    }
  }
  const byReporter = new Map(
    [...reporters].sort(([nameA, a], [nameB, b]) => b.length - a.length || nameA.localeCompare(nameB, 'zh-CN')),
  );
  const position = new Map(issues.map((issue, index) => [issue.id, index]));
  const readingOrder = [...issues].reverse().flatMap((issue) => entriesOf({ entryById }, issue));
  return {
    issues,
    entries,
    issueById,
    entryById,
    bySection,
    byReporter,
    reporterOf,
    spellingsOf: (name) => aliasesOf(aliases, name),
    years: groupByYear([...issues].reverse()),
    undated: issues.filter((issue) => issue.date === null),
    position,
    readingOrder,
    readingPosition: new Map(readingOrder.map((entry, index) => [entry.article.id, index])),
  };
}

/** The issues printed before and after this one (older and newer), for the issue page's pager. */
export function issueNeighbours(archive: Archive, issue: Issue): { older: Issue | null; newer: Issue | null } {
  const index = archive.position.get(issue.id);
  if (index === undefined) return { older: null, newer: null };
  return {
    older: archive.issues[index + 1] ?? null,
    newer: index > 0 ? (archive.issues[index - 1] ?? null) : null,
  };
}

/**
 * The articles read before and after this one: on the same page, then across the issue's edge to the
 * last article of the issue before and the first of the issue after, so a reader can go on reading.
 */
export function articleNeighbours(archive: Archive, entry: Entry): { previous: Entry | null; next: Entry | null } {
  const index = archive.readingPosition.get(entry.article.id);
  if (index === undefined) return { previous: null, next: null };
  return { previous: archive.readingOrder[index - 1] ?? null, next: archive.readingOrder[index + 1] ?? null };
}

export function articleCount(archive: Archive): number {
  return archive.entries.length;
}

/** An issue's articles as archive entries, in page order. */
export function entriesOf(archive: Pick<Archive, 'entryById'>, issue: Issue): Entry[] {
  return articlesInPageOrder(issue).flatMap((article) => archive.entryById.get(article.id) ?? []);
}
