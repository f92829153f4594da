import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, resolveRequest } from '../../../src/lib/site/static-server.ts';

describe('resolveRequest', () => {
  it('maps addresses under the base path to files in the site folder', () => {
    expect(resolveRequest('/site', '/repo/', '/repo/articles/a/')).toBe('/site/articles/a');
    expect(resolveRequest('/site', '/repo/', '/repo/%E9%82%B1/?q=1')).toBe('/site/邱');
  });

  it('refuses addresses outside the base path or climbing out of the folder', () => {
    expect(resolveRequest('/site', '/repo/', '/pagefind/pagefind.js')).toBeNull();
    expect(resolveRequest('/site', '/repo/', '/repo/../../etc/passwd')).toBeNull();
    expect(resolveRequest('/site', '/repo/', '/repo/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  });
});

describe('createStaticServer', () => {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(root, 'articles', 'a'), { recursive: true });
  writeFileSync(join(root, 'articles', 'a', 'index.html'), '<p>文章</p>');
  writeFileSync(join(root, '404.html'), '<p>找不到</p>');
  const server = createStaticServer(root, '/repo/');
  let origin = '';

  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves a folder’s index.html as GitHub Pages does', async () => {
    const response = await fetch(`${origin}/repo/articles/a/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('<p>文章</p>');
  });

  it('redirects a folder asked for without its slash', async () => {
    const response = await fetch(`${origin}/repo/articles/a`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/repo/articles/a/');
  });

  it('answers 404 with the site’s 404 page, also for root paths that miss the base', async () => {
    for (const path of ['/repo/nope/', '/articles/a/']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<p>找不到</p>');
    }
  });
});
