import { describe, expect, it } from 'vitest';
import { sitemapLastmod } from '../../../src/lib/site/sitemap.ts';

const site = 'https://example.github.io/pingcheng-archive/';

describe('sitemapLastmod', () => {
  it('dates an issue page and its articles by the issue date, under any base path', () => {
    expect(sitemapLastmod(`${site}issues/2021-04-09/`)).toBe('2021-04-09');
    expect(sitemapLastmod(`${site}issues/2021-04-09-p6/`)).toBe('2021-04-09');
    expect(sitemapLastmod(`${site}articles/2021-04-09-03/`)).toBe('2021-04-09');
    expect(sitemapLastmod('https://example.org/articles/2021-04-09-p6-12/')).toBe('2021-04-09');
  });

  it('gives listing pages, other names and impossible dates no lastmod', () => {
    expect(sitemapLastmod(site)).toBeUndefined();
    expect(sitemapLastmod(`${site}archive/2021/04/`)).toBeUndefined();
    expect(sitemapLastmod(`${site}reporters/2021-04-09/`)).toBeUndefined();
    expect(sitemapLastmod(`${site}issues/draft/`)).toBeUndefined();
    expect(sitemapLastmod(`${site}issues/2021-02-30/`)).toBeUndefined();
  });
});
