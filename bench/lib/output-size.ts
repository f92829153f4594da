/**
 * What a build leaves on disk: bytes of HTML, of the Pagefind bundle and of everything, and the number
 * of HTML pages; and what GitHub Pages' 1 GB limit on a published site means in articles.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputSize {
  htmlFiles: number;
  htmlBytes: number;
  pagefindBytes: number;
  totalBytes: number;
  files: number;
}

/** GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB." */
export const GITHUB_PAGES_LIMIT = 1_000_000_000;

export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { htmlFiles: 0, htmlBytes: 0, pagefindBytes: 0, totalBytes: 0, files: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    size.files += 1;
    size.totalBytes += bytes;
    if (entry.name.endsWith('.html')) {
      size.htmlFiles += 1;
      size.htmlBytes += bytes;
    }
    if (path.slice(dir.length).split(/[\\/]/).includes('pagefind')) size.pagefindBytes += bytes;
  }
  return size;
}

/** How many articles fit in GitHub Pages' limit at this many output bytes per article. */
export function articlesThatFit(bytesPerArticle: number, limit: number = GITHUB_PAGES_LIMIT): number {
  return bytesPerArticle > 0 ? Math.floor(limit / bytesPerArticle) : Infinity;
}
