// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { splitInspector } from './src/integrations/inspector.ts';

// Deployment settings come from the environment so one checkout serves
// https://user.github.io/repo/ (BASE_PATH=/repo) and a custom domain alike.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // One cached stylesheet rather than ~5 kB of CSS repeated in each of thousands of article pages.
  build: { inlineStylesheets: 'never' },
  // The 404 page is served by the host for any missing address; it does not belong in the sitemap.
  // The split inspector (/_inspect/) exists in `astro dev` only; it adds nothing to a build.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), splitInspector()],
});
