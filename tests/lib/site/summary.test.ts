import { describe, expect, it } from 'vitest';
import { formatDate, issueDayLabel, publicationDate, weekday } from '../../../src/lib/site/dates.ts';
import { feedItems, feedSite } from '../../../src/lib/site/feed.ts';
import { creditedPeople, firstLines } from '../../../src/lib/site/summary.ts';
import { createLinks } from '../../../src/lib/site/urls.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

describe('firstLines', () => {
  it('joins the opening paragraphs, skipping intertitles', () => {
    expect(firstLines(makeArticle())).toBe('近日，平城区召开基层治理工作推进会。全区划分网格，配齐网格员。');
  });

  it('cuts a long opening at a sentence end, or at the limit with an ellipsis', () => {
    const sentence = `${'甲'.repeat(60)}。${'乙'.repeat(100)}`;
    expect(firstLines(makeArticle({ blocks: [{ type: 'paragraph', text: sentence, lines: [1] }] }), 90)).toBe(
      `${'甲'.repeat(60)}。`,
    );
    const run = '丙'.repeat(200);
    expect(firstLines(makeArticle({ blocks: [{ type: 'paragraph', text: run, lines: [1] }] }), 90)).toBe(
      `${'丙'.repeat(90)}…`,
    );
  });
});

describe('firstLines of a photo story', () => {
  it('gives the captions when there is no text, and nothing for a story with neither', () => {
    const figure = { caption: '科普进校园。', credit: '资料图片', image: null, lines: [61, 63] };
    expect(firstLines(makeArticle({ blocks: [], figures: [figure] }))).toBe('图片报道：科普进校园。');
    expect(firstLines(makeArticle({ blocks: [], figures: [] }))).toBe('');
  });
});

describe('creditedPeople', () => {
  it('lists each person once with their printed role, marking who wrote the story', () => {
    const article = makeArticle({
      reporters: ['孙鑫'],
      people: [
        { name: '孙鑫', role: '记者' },
        { name: '孙鑫', role: '记者' },
        { name: '李明', role: '摄影' },
      ],
    });
    expect(creditedPeople(article)).toEqual([
      { name: '孙鑫', role: '记者', isReporter: true },
      { name: '李明', role: '摄影', isReporter: false },
    ]);
  });
});

describe('dates', () => {
  it('writes dates the Chinese way, with the weekday', () => {
    expect(formatDate('2021-04-09')).toBe('2021年4月9日');
    expect(formatDate(null)).toBe('日期不详');
    expect(weekday('2021-04-09')).toBe('星期五');
  });

  it('dates a feed item at midnight in China', () => {
    expect(publicationDate('2021-04-09').toISOString()).toBe('2021-04-08T16:00:00.000Z');
  });
});

describe('feedItems', () => {
  it('links each item to its article under the base path', () => {
    const issue = makeIssue();
    const [item] = feedItems([{ article: issue.articles[0]!, issue }], createLinks('/r/'));
    expect(item).toMatchObject({
      title: '释放基层治理活力 提升为民服务水平',
      link: '/r/articles/2021-04-09-01/',
      categories: ['基层治理'],
      author: '孙鑫',
    });
  });

  it('says in the description that a headline was made up by the splitter', () => {
    const article = makeArticle({ headlineDerived: true, headline: '为确保春节期间辖区平安稳定' });
    const [item] = feedItems([{ article, issue: makeIssue() }], createLinks('/r/'));
    expect(item?.description).toMatch(/^（标题为编者所拟）近日/);
    const [plain] = feedItems([{ article: makeArticle(), issue: makeIssue() }], createLinks('/r/'));
    expect(plain?.description).not.toContain('编者所拟');
  });
});

describe('feedSite', () => {
  it('is the site’s home under its base path, for the channel link', () => {
    expect(feedSite(new URL('https://example.github.io'), '/pingcheng-archive/')).toBe(
      'https://example.github.io/pingcheng-archive/',
    );
    expect(feedSite(new URL('https://archive.example.org/'), '/')).toBe('https://archive.example.org/');
  });
});

describe('issueDayLabel', () => {
  it('names an issue by its day, adding the page when the day has several', () => {
    const a = { date: '2021-04-09', page: 5 };
    const b = { date: '2021-04-09', page: 6 };
    const c = { date: '2021-04-16', page: 5 };
    expect(issueDayLabel(c, [a, b, c])).toBe('16日');
    expect(issueDayLabel(b, [a, b, c])).toBe('9日6版');
  });
});
