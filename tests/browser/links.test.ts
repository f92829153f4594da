/**
 * A link check over the whole build: every internal href and src points at a file that exists, and
 * every one carries the base path — a root-relative link works on `npm run dev` and breaks on a
 * GitHub project site, which is exactly the failure this guards against.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from './files.ts';
import { site } from './site.ts';

const ATTRIBUTE = /\s(href|src|data-bundle|data-base|action)="([^"]*)"/g;

function pageUrl(dir: string, file: string, basePath: string): URL {
  const path = relative(dir, file)
    .replace(/index\.html$/, '')
    .split('\\')
    .join('/');
  return new URL(`${basePath}${path}`, 'http://site.test');
}

function targetExists(dir: string, basePath: string, url: URL): boolean {
  if (!url.pathname.startsWith(basePath)) return false;
  const path = join(dir, decodeURIComponent(url.pathname.slice(basePath.length)));
  if (url.pathname.endsWith('/')) return existsSync(join(path, 'index.html'));
  return existsSync(path) && statSync(path).isFile();
}

describe('internal links of the built site', () => {
  const { dir, basePath } = site();
  const files = htmlFiles(dir);

  it('builds the pages a reader needs', () => {
    for (const path of [
      'index.html',
      'search/index.html',
      '404.html',
      'sections/index.html',
      'reporters/index.html',
      'archive/index.html',
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    for (const path of [
      'rss.xml',
      'sitemap-index.xml',
      'data/archive.json',
      'data/articles.csv',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
  });

  it('has zero broken internal links, and none that skip the base path', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = read(file);
      const page = pageUrl(dir, file, basePath);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
      for (const [, attribute, raw] of html.matchAll(ATTRIBUTE)) {
        if (raw === undefined || /^(?:[a-z]+:|\/\/)/i.test(raw)) continue;
        // The search page names Pagefind's folder; the script it loads from there must exist.
        const value = raw.replaceAll('&amp;', '&') + (attribute === 'data-bundle' ? 'pagefind.js' : '');
        if (value.startsWith('#')) {
          if (value.length > 1 && !ids.has(decodeURIComponent(value.slice(1))))
            broken.push(`${relative(dir, file)} → ${value}`);
          continue;
        }
        checked += 1;
        const url = new URL(value, page);
        if (!targetExists(dir, basePath, url)) broken.push(`${relative(dir, file)} → ${value}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(files.length);
  });

  it('builds feeds and the sitemap with absolute links under the base path', () => {
    const feed = read(join(dir, 'rss.xml'));
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(1);
    const feeds = htmlFiles(dir)
      .filter((html) => html.endsWith('index.html'))
      .map((html) => html.replace(/index\.html$/, 'rss.xml'))
      .filter((file) => existsSync(file));
    expect(feeds.length).toBeGreaterThan(1);
    for (const file of feeds) {
      const channel = /<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(read(file))?.[1] ?? '';
      expect(new URL(channel).pathname, relative(dir, file)).toBe(basePath);
    }
    for (const link of links.slice(1)) {
      const url = new URL(link);
      expect(url.pathname.startsWith(basePath), link).toBe(true);
      expect(targetExists(dir, basePath, url), link).toBe(true);
    }
    const sitemap = read(join(dir, 'sitemap-0.xml'));
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? ''));
    expect(locs.length).toBeGreaterThan(files.length / 2);
    for (const loc of locs) expect(targetExists(dir, basePath, loc), loc.href).toBe(true);
    expect(locs.some((loc) => loc.pathname.endsWith('/404/'))).toBe(false);
    // An issue page and its articles carry the date; listing pages, which change, carry none.
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)];
    for (const [, loc, lastmod] of entries) {
      const dated = /\/(?:issues|articles)\/(\d{4}-\d{2}-\d{2})/.exec(loc ?? '')?.[1];
      expect(lastmod?.slice(0, 10), loc).toBe(dated);
    }
  });
});

describe('the search index', () => {
  const { dir } = site();

  it('holds the article pages only, once each, indexed as Chinese', () => {
    const entry = JSON.parse(read(join(dir, 'pagefind', 'pagefind-entry.json'))) as {
      languages: Record<string, { page_count: number }>;
    };
    const articles = htmlFiles(dir).filter((file) => relative(dir, file).startsWith('articles/'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']?.page_count).toBe(articles.length);
  });
});
