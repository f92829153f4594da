/**
 * The split inspector for editors (/_inspect/), as an Astro integration that adds its pages to
 * `astro dev` only: `astro build` never sees the routes, so neither they nor their script can reach
 * the published site. The pages render on each request, from the issue file as it is on disk.
 */
import type { AstroIntegration } from 'astro';

const routes = [
  { pattern: '/_inspect', entrypoint: './inspector/index.astro' },
  { pattern: '/_inspect/[id]', entrypoint: './inspector/issue.astro' },
  { pattern: '/_inspect/[id]/version.json', entrypoint: './inspector/version.ts' },
];

export function splitInspector(): AstroIntegration {
  return {
    name: 'pingcheng-split-inspector',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        if (command !== 'dev') return;
        // Pages link to the inspector only where it is served. Not import.meta.env.DEV: a build run
        // with NODE_ENV unset to production (as under vitest) has DEV true, and would publish the link.
        updateConfig({ vite: { define: { 'import.meta.env.SPLIT_INSPECTOR': 'true' } } });
        for (const route of routes)
          injectRoute({
            pattern: route.pattern,
            entrypoint: new URL(route.entrypoint, import.meta.url),
            prerender: false,
          });
      },
    },
  };
}
