import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/site/archive.ts';
import { articlePager } from '../../../src/lib/site/pager.ts';
import { createLinks } from '../../../src/lib/site/urls.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

describe('articlePager', () => {
  const older = makeIssue({
    id: '2021-04-02',
    articles: [
      makeArticle({ id: '2021-04-02-01', order: 1, headline: '燃气安全进社区', date: '2021-04-02' }),
      makeArticle({ id: '2021-04-02-02', order: 2, headline: '铮铮硬汉 铁骨丹心', date: '2021-04-02' }),
    ],
  });
  const newer = makeIssue({ id: '2021-04-09', articles: [makeArticle({ id: '2021-04-09-01', order: 1 })] });
  const archive = buildArchive([newer, older]);
  const links = createLinks('/r/');
  const pager = (id: string) => articlePager(archive, archive.entryById.get(id)!, links);

  it('captions a neighbour on the same page plainly', () => {
    expect(pager('2021-04-02-01')).toEqual({
      previous: null,
      next: { href: '/r/articles/2021-04-02-02/', label: '铮铮硬汉 铁骨丹心', caption: '下一篇' },
    });
  });

  it('names the date of a neighbour in another issue', () => {
    expect(pager('2021-04-02-02').next).toMatchObject({
      href: '/r/articles/2021-04-09-01/',
      caption: '下一篇 · 2021年4月9日',
    });
    expect(pager('2021-04-09-01')).toMatchObject({ previous: { caption: '上一篇 · 2021年4月2日' }, next: null });
  });
});
