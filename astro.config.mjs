// @ts-check
import { defineConfig } from 'astro/config';

// Deployment settings come from the environment so one checkout serves
// https://user.github.io/repo/ (BASE_PATH=/repo) and a custom domain alike.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
});
