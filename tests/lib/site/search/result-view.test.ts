import { describe, expect, it } from 'vitest';
import { highlightUrl, resultView } from '../../../../src/lib/site/search/result-view.ts';
import { indexContent } from '../../../../src/lib/site/search/text.ts';

describe('highlightUrl', () => {
  it('adds one highlight parameter per term, keeping the address’s own query and fragment', () => {
    expect(highlightUrl('/repo/articles/a/', ['平城区', '党建'])).toBe(
      `/repo/articles/a/?highlight=${encodeURIComponent('平城区')}&highlight=${encodeURIComponent('党建')}`,
    );
    expect(highlightUrl('/a/?x=1#top', ['2021'])).toBe('/a/?x=1&highlight=2021#top');
    expect(highlightUrl('/a/', [])).toBe('/a/');
  });
});

describe('resultView', () => {
  it('shows the headline with its terms marked, the date as the site writes it, and the section', () => {
    const view = resultView(
      {
        url: '/repo/articles/2021-01-15-01/',
        content: indexContent(['平城区推进党建', '本报讯 全区以党建为引领。']),
        meta: { title: '平城区推进党建' },
        filters: { date: ['2021-01-15'], section: ['时政'] },
      },
      ['党建'],
    );
    expect(view.meta).toBe('2021年1月15日 · 时政');
    expect(view.title.filter((part) => part.marked).map((part) => part.text)).toEqual(['党建']);
    expect(view.excerpt.map((part) => part.text).join('')).toBe('本报讯 全区以党建为引领。');
    expect(view.href).toContain('?highlight=');
  });

  it('says 日期不详 for an article without a date', () => {
    const view = resultView({ url: '/a/', content: '', meta: {}, filters: { section: ['时政'] } }, []);
    expect(view.meta).toBe('日期不详 · 时政');
    expect(view.title).toEqual([{ text: '/a/', marked: false }]);
  });
});
