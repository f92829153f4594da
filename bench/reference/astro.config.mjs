// @ts-check
// The benchmark's minimal reference: the same issues, loaded by the same content-layer loader, each
// article on a bare page (no layout, no listings, no integrations). `npm run bench` builds it with
// `astro build --root bench/reference` and prints the archive's build time as a ratio to this one.
import { defineConfig } from 'astro/config';

export default defineConfig({});
