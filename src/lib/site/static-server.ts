/**
 * A tiny static file server for the built site, mounted under the base path exactly as GitHub Pages
 * would serve it (`/repo/…`), with dist/404.html for anything missing. Used by `npm start` and by
 * the browser tests; loopback only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { normaliseBase } from './urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  // The printed page an editor put beside an issue (page-image.ts).
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a request path maps to, or null when it lies outside the base path or the root. */
export function resolveRequest(root: string, base: string, urlPath: string): string | null {
  const prefix = normaliseBase(base);
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (!path.startsWith(prefix) && `${path}/` !== prefix) return null;
  const relative = path.slice(prefix.length);
  const absoluteRoot = resolve(root);
  const file = resolve(absoluteRoot, `.${sep}${normalize(relative)}`);
  // `..` segments must not climb out of the site folder.
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + sep)) return null;
  return file;
}

async function findFile(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

export function createStaticServer(root: string, base: string): Server {
  return createServer(async (request, response) => {
    const url = request.url ?? '/';
    const prefix = normaliseBase(base);
    // /repo → /repo/, as GitHub Pages redirects a directory without its slash.
    if (url === prefix.slice(0, -1)) {
      response.writeHead(301, { Location: prefix }).end();
      return;
    }
    const path = url.split('?')[0] ?? '/';
    const candidate = resolveRequest(root, base, url);
    const file = candidate ? await findFile(candidate) : null;
    // A directory asked for without its slash: redirect, so relative URLs resolve as on GitHub Pages.
    if (file && file !== candidate && !path.endsWith('/')) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    if (!file) {
      const notFound = await findFile(join(root, '404.html'));
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('404');
      return;
    }
    response.writeHead(200, { 'Content-Type': contentType(file) });
    createReadStream(file).pipe(response);
  });
}
