import { describe, expect, it } from 'vitest';
import { createLinks, normaliseBase, withBase } from '../../../src/lib/site/urls.ts';

describe('normaliseBase', () => {
  it('gives every form of a base path one leading and one trailing slash', () => {
    expect(normaliseBase('/pingcheng-archive')).toBe('/pingcheng-archive/');
    expect(normaliseBase('pingcheng-archive/')).toBe('/pingcheng-archive/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });

  it('treats an empty base and "/" as the domain root', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
});

describe('createLinks', () => {
  const root = createLinks('/');
  const project = createLinks('/pingcheng-archive/');

  it('puts the base path in front of every internal link', () => {
    expect(project.home()).toBe('/pingcheng-archive/');
    expect(project.issue('2021-04-09')).toBe('/pingcheng-archive/issues/2021-04-09/');
    expect(project.article('2021-04-09-02')).toBe('/pingcheng-archive/articles/2021-04-09-02/');
    expect(project.search()).toBe('/pingcheng-archive/search/');
    expect(root.article('2021-04-09-02')).toBe('/articles/2021-04-09-02/');
  });

  it('loads the Pagefind bundle from under the base path, not the domain root', () => {
    expect(project.asset('pagefind/')).toBe('/pingcheng-archive/pagefind/');
    expect(project.asset('pagefind/')).not.toBe('/pagefind/');
  });

  it('uses the section slug from the editorial config and pages listings from 2 on', () => {
    expect(project.section('基层治理')).toBe('/pingcheng-archive/sections/grassroots/');
    expect(project.section('基层治理', 1)).toBe('/pingcheng-archive/sections/grassroots/');
    expect(project.section('基层治理', 3)).toBe('/pingcheng-archive/sections/grassroots/3/');
    expect(project.sectionFeed('时政')).toBe('/pingcheng-archive/sections/politics/rss.xml');
  });

  it('percent-encodes reporter names so the link is a valid URL that maps to the built folder', () => {
    const href = project.reporter('邱东芳');
    expect(href).toBe(`/pingcheng-archive/reporters/${encodeURIComponent('邱东芳')}/`);
    expect(decodeURIComponent(href)).toBe('/pingcheng-archive/reporters/邱东芳/');
  });

  it('writes months with two digits, as the archive folders are named', () => {
    expect(project.month(2021, 4)).toBe('/pingcheng-archive/archive/2021/04/');
    expect(project.year(2021)).toBe('/pingcheng-archive/archive/2021/');
  });

  it('does not double-encode a path that is already encoded', () => {
    expect(withBase('/', 'reporters/%E9%82%B1/')).toBe('/reporters/%E9%82%B1/');
  });

  it('makes absolute URLs for feeds and OpenGraph against the site URL', () => {
    expect(project.absolute('https://user.github.io', project.article('x'))).toBe(
      'https://user.github.io/pingcheng-archive/articles/x/',
    );
  });
});
