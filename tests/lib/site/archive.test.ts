import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/config/sections.ts';
import { loadIssues } from '../../../src/lib/issues/load-issues.ts';
import { articleNeighbours, buildArchive, entriesOf, issueNeighbours } from '../../../src/lib/site/archive.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

const older = makeIssue({
  id: '2021-01-15',
  articles: [
    makeArticle({ id: '2021-01-15-02', order: 2, reporters: ['邱东芳', '孙鑫'], section: '时政' }),
    makeArticle({ id: '2021-01-15-01', order: 1, reporters: ['邱东芳', '孙鑫'], section: '民生' }),
  ],
});
const newer = makeIssue({
  id: '2021-04-09',
  articles: [makeArticle({ id: '2021-04-09-01', order: 1, reporters: ['孙鑫'] })],
});
const sameMonth = makeIssue({ id: '2021-04-02', articles: [] });
const undated = makeIssue({ id: 'draft', date: null, articles: [] });

describe('buildArchive', () => {
  const archive = buildArchive([older, undated, newer, sameMonth]);

  it('lists issues newest first, undated ones last', () => {
    expect(archive.issues.map((issue) => issue.id)).toEqual(['2021-04-09', '2021-04-02', '2021-01-15', 'draft']);
    expect(archive.undated.map((issue) => issue.id)).toEqual(['draft']);
  });

  it('keeps each issue’s articles in page order', () => {
    expect(entriesOf(archive, older).map((entry) => entry.article.id)).toEqual(['2021-01-15-01', '2021-01-15-02']);
  });

  it('groups issues by year and month in calendar order', () => {
    expect(archive.years).toHaveLength(1);
    const [year] = archive.years;
    expect(year?.year).toBe(2021);
    expect(year?.articleCount).toBe(3);
    expect(year?.months.map((month) => [month.month, month.issues.map((issue) => issue.id)])).toEqual([
      [1, ['2021-01-15']],
      [4, ['2021-04-02', '2021-04-09']],
    ]);
  });

  it('indexes every section of the editorial config, and articles by section newest first', () => {
    expect([...archive.bySection.keys()]).toEqual(SECTIONS.map((section) => section.name));
    expect(archive.bySection.get('基层治理')?.map((entry) => entry.article.id)).toEqual(['2021-04-09-01']);
  });

  it('orders reporters by how many articles they signed, then by name', () => {
    expect([...archive.byReporter.keys()]).toEqual(['孙鑫', '邱东芳']);
    expect(archive.byReporter.get('邱东芳')?.map((entry) => entry.article.id)).toEqual([
      '2021-01-15-01',
      '2021-01-15-02',
    ]);
    const tie = buildArchive([makeIssue({ articles: [makeArticle({ reporters: ['孙鑫', '邱东芳'] })] })]);
    expect([...tie.byReporter.keys()]).toEqual(['邱东芳', '孙鑫']);
  });

  it('finds the neighbouring issues and the neighbouring articles on a page', () => {
    expect(issueNeighbours(archive, sameMonth)).toMatchObject({
      older: { id: '2021-01-15' },
      newer: { id: '2021-04-09' },
    });
    expect(issueNeighbours(archive, newer).newer).toBeNull();
  });

  it('goes from article to article across the edge of an issue, in reading order', () => {
    const ids = (id: string) => {
      const entry = archive.entryById.get(id);
      const { previous, next } = entry ? articleNeighbours(archive, entry) : { previous: null, next: null };
      return [previous?.article.id ?? null, next?.article.id ?? null];
    };
    // The undated draft holds no articles; 2021-04-02 none either: the pager skips empty issues.
    expect(ids('2021-01-15-01')).toEqual([null, '2021-01-15-02']);
    expect(ids('2021-01-15-02')).toEqual(['2021-01-15-01', '2021-04-09-01']);
    expect(ids('2021-04-09-01')).toEqual(['2021-01-15-02', null]);
  });

  it('gives a reporter spelled two ways one entry under the name the editors chose', () => {
    const aliases = [{ name: '邱东芳', aliases: ['邸东芳'] }];
    const spelt = makeIssue({
      id: '2021-05-07',
      articles: [makeArticle({ id: '2021-05-07-01', reporters: ['邸东芳'] })],
    });
    const merged = buildArchive([older, spelt], aliases);
    expect(merged.byReporter.get('邱东芳')?.map((entry) => entry.article.id)).toEqual([
      '2021-05-07-01',
      '2021-01-15-01',
      '2021-01-15-02',
    ]);
    expect(merged.byReporter.has('邸东芳')).toBe(false);
    expect(merged.reporterOf('邸东芳')).toBe('邱东芳');
    expect(merged.reporterOf('孙鑫')).toBe('孙鑫');
    expect(merged.spellingsOf('邱东芳')).toEqual(['邸东芳']);
    expect(buildArchive([older, spelt]).byReporter.has('邸东芳')).toBe(true);
  });
});

describe('buildArchive over the seed pages', () => {
  const issues = loadIssues();
  const archive = buildArchive(issues);

  it('holds every article exactly once, and once in its section', () => {
    const ids = issues.flatMap((issue) => issue.articles.map((article) => article.id));
    expect(archive.entries.map((entry) => entry.article.id).sort()).toEqual([...ids].sort());
    const inSections = [...archive.bySection.values()].flat().map((entry) => entry.article.id);
    expect(inSections.sort()).toEqual([...ids].sort());
  });

  it('puts every dated issue under exactly one month', () => {
    const months = archive.years.flatMap((year) => year.months.flatMap((month) => month.issues));
    expect(months).toHaveLength(issues.filter((issue) => issue.date !== null).length);
  });

  it('indexes ten thousand issues (their speed is measured by npm run bench, not here)', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => {
      const day = new Date(Date.UTC(2000, 0, 1 + index * 7)).toISOString().slice(0, 10);
      return {
        ...older,
        id: `${day}`,
        date: day,
        articles: older.articles.map((a) => ({ ...a, id: `${day}-${a.order}` })),
      };
    });
    const big = buildArchive(many);
    expect(big.entries).toHaveLength(20_000);
  });
});
