// @ts-check
import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { splitInspector } from './src/integrations/inspector.ts';
import { sitemapLastmod } from './src/lib/site/sitemap.ts';

// The issue folder, also where editors put each page's PDF or image (src/lib/site/page-image-files.ts).
const issuesDir = resolve(process.env.ARCHIVE_CONTENT_DIR || 'content/issues');

// Deployment settings come from the environment so one checkout serves
// https://user.github.io/repo/ (BASE_PATH=/repo) and a custom domain alike.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // One cached stylesheet rather than ~5 kB of CSS repeated in each of thousands of article pages.
  build: { inlineStylesheets: 'never' },
  // The 404 page is served by the host for any missing address; it does not belong in the sitemap.
  integrations: [
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      serialize: (item) => {
        const lastmod = sitemapLastmod(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // The split inspector (/_inspect/) exists in `astro dev` only; it adds nothing to a build.
    splitInspector(),
  ],
  vite: { resolve: { alias: { '@archive-issues': issuesDir } } },
});
