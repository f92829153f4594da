/**
 * Every internal address of the site, built in one place so that the base path (GitHub Pages serves a
 * project site under /repo/) is applied everywhere and no page hand-writes a root-relative URL — the
 * classic failure where search loads /pagefind/pagefind.js from the domain root.
 *
 * `createLinks(base)` is pure; components call it with `import.meta.env.BASE_URL`.
 */
import { SECTIONS, type SectionName } from '../../config/sections.ts';

/** `/repo` or `/repo/` or `repo` → `/repo/`; `''` and `/` → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins the base and a site-relative path; encodes each segment, so reporter names stay valid URLs. */
export function withBase(base: string, path: string): string {
  const segments = path.split('/').map((segment) => encodeURIComponent(decodeURIComponentSafe(segment)));
  return normaliseBase(base) + segments.join('/').replace(/^\/+/, '');
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function sectionSlug(section: SectionName): string {
  const found = SECTIONS.find((entry) => entry.name === section);
  if (!found) throw new Error(`unknown section ${section}`);
  return found.slug;
}

/** Two-digit month, the form used in archive URLs: 4 → `04`. */
export function monthKey(month: number): string {
  return String(month).padStart(2, '0');
}

/** Site-relative paths (no base), also used as `getStaticPaths` params. */
export const paths = {
  home: () => '',
  issue: (issueId: string) => `issues/${issueId}/`,
  article: (articleId: string) => `articles/${articleId}/`,
  sections: () => 'sections/',
  section: (section: SectionName, page = 1) =>
    page > 1 ? `sections/${sectionSlug(section)}/${page}/` : `sections/${sectionSlug(section)}/`,
  sectionFeed: (section: SectionName) => `sections/${sectionSlug(section)}/rss.xml`,
  reporters: () => 'reporters/',
  reporter: (name: string, page = 1) => (page > 1 ? `reporters/${name}/${page}/` : `reporters/${name}/`),
  archive: () => 'archive/',
  year: (year: number) => `archive/${year}/`,
  month: (year: number, month: number) => `archive/${year}/${monthKey(month)}/`,
  search: () => 'search/',
  feed: () => 'rss.xml',
  datasetJson: () => 'data/archive.json',
  datasetCsv: () => 'data/articles.csv',
} as const;

type Paths = typeof paths;
export type Links = { [Key in keyof Paths]: (...args: Parameters<Paths[Key]>) => string } & {
  /** Any other file under public/ or dist/, e.g. `pagefind/`. */
  asset: (path: string) => string;
  /** An absolute URL for feeds, OpenGraph and JSON-LD. */
  absolute: (siteUrl: string | URL, href: string) => string;
};

export function createLinks(base: string): Links {
  const links = Object.fromEntries(
    Object.entries(paths).map(([name, build]) => [
      name,
      (...args: unknown[]) => withBase(base, (build as (...a: unknown[]) => string)(...args)),
    ]),
  ) as unknown as Links;
  links.asset = (path: string) => withBase(base, path);
  links.absolute = (siteUrl: string | URL, href: string) => new URL(href, siteUrl).href;
  return links;
}
