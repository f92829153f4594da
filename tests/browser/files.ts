/** The built site's HTML files, for the checks that read files rather than drive a browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).startsWith('pagefind'));
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
